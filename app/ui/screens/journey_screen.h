// The Wonder Journey: choose the full story, the short one or the music alone; then read a
// story aloud page by page over its music, or just listen. The pages can turn with the music.
#pragma once

#include <optional>

#include "app/core/journey/page_turner.h"
#include "app/journey_player.h"
#include "app/story_library.h"
#include "app/ui/card_pictures.h"
#include "app/ui/colour_wash.h"
#include "app/ui/player_bar.h"
#include "app/ui/screens/screen.h"

namespace kitbag::ui {

class JourneyScreen final : public Screen {
 public:
  JourneyScreen(StoryLibrary& stories, JourneyPlayer& player, CardPictures& pictures)
      : stories_(stories), player_(player), pictures_(pictures) {}

  std::string title() const override;
  void draw(FrameContext& frame, const Rect& area) override;
  bool takes_space_bar() const override { return stage_ != Stage::Choosing; }
  // Leaving pauses the music (gently), so coming back carries on where it was.
  void left() override;
  void present(FrameContext& frame, const Rect& area) override;
  float top_bar_action_width(const FrameContext& frame) const override;

  // --journey and --play: what to open when the screen first draws.
  void open_on_first_draw(JourneyChoice choice, bool play) { pending_ = Pending{choice, play}; }

  // For tests: what is showing.
  std::optional<JourneyChoice> choice() const { return choice_; }
  std::size_t page() const { return turner_ ? turner_->page() : 0; }
  const JourneyPlayer& player() const { return player_; }

 private:
  enum class Stage { Choosing, Reading, Listening };
  struct Pending {
    JourneyChoice choice;
    bool play;
  };

  void begin(JourneyChoice choice, bool play, FrameContext& frame);
  void draw_choices(FrameContext& frame, const Rect& area);
  void draw_story(FrameContext& frame, const Rect& area);
  void draw_music(FrameContext& frame, const Rect& area);
  void draw_page(FrameContext& frame, const Rect& panel, const StoryPage& page);
  void draw_page_card(FrameContext& frame, const Rect& space, const StoryPage& page, float widest);
  void turn_to(std::optional<double> jump, FrameContext& frame);
  void toggle_follow(FrameContext& frame);
  Wash eased_wash(FrameContext& frame, const Wash& target);
  Wash eased_wash_at(std::chrono::steady_clock::time_point now) const;
  void keep_in_time(FrameContext& frame);

  StoryLibrary& stories_;
  JourneyPlayer& player_;
  CardPictures& pictures_;
  std::optional<Pending> pending_;
  Stage stage_ = Stage::Choosing;
  std::optional<JourneyChoice> choice_;
  const Story* story_ = nullptr;
  std::optional<PageTurner> turner_;
  PlayerBar bar_;
  // The page's colours ease from the last page's over a moment, rather than jump.
  Wash wash_from_{};
  std::optional<Wash> wash_to_;
  std::chrono::steady_clock::time_point wash_since_{};
  // The last frame's time: leaving has no frame of its own, and time comes from the app's clock.
  std::chrono::steady_clock::time_point last_frame_{};
};

}  // namespace kitbag::ui
