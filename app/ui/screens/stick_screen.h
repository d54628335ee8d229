// The talking stick: set up who is in the circle (a colour and an animal each, a first name if
// wanted), pass the stick round, see who has spoken how much, end with a closing round, and
// see a short summary that is forgotten, names and all, when it closes.
#pragma once

#include <array>
#include <optional>
#include <string>

#include "app/ui/card_pictures.h"
#include "app/ui/running_tools.h"
#include "app/ui/screens/screen.h"

namespace kitbag::ui {

class StickScreen final : public Screen {
 public:
  enum class Stage { SettingUp, Circle, ChoosingCloser, Summary };

  StickScreen(RunningTools& tools, SoundCues& sounds, CardPictures& pictures)
      : tools_(tools), sounds_(sounds), pictures_(pictures) {}
  std::string title() const override;
  void draw(FrameContext& frame, const Rect& area) override;
  void present(FrameContext& frame, const Rect& area) override;
  bool takes_space_bar() const override { return stage_ == Stage::Circle && !tools_.circle.closing(); }
  // Leaving the summary by any way, not only Close, forgets the circle and its names.
  void left() override;

  Stage stage() const { return stage_; }
  // The names as typed, seat by seat (for tests that check they are forgotten).
  const std::array<std::string, TalkingCircle::kMost>& names() const { return names_; }

 private:
  void draw_setting_up(FrameContext& frame, const Rect& area);
  void draw_circle(FrameContext& frame, const Rect& area);
  void draw_panel(FrameContext& frame, const Rect& panel);
  void draw_summary(FrameContext& frame, const Rect& area);
  void pass(FrameContext& frame);
  void give_to_seat(FrameContext& frame, std::size_t seat);
  void forget_everything();
  std::optional<std::size_t> holder_seat() const;

  RunningTools& tools_;
  SoundCues& sounds_;
  CardPictures& pictures_;
  Stage stage_ = Stage::SettingUp;
  std::array<std::string, TalkingCircle::kMost> names_;
  // The stick's flight from one seat to the next.
  std::optional<int> drawn_holder_;
  ImVec2 stick_from_{0, 0};
  ImVec2 stick_at_{0, 0};
  std::chrono::steady_clock::time_point moved_at_{};
};

}  // namespace kitbag::ui
