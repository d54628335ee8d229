// The frame around every screen: one full-window surface (no ImGui windows, title bars or
// debug look), the current screen, keyboard focus, Escape for back, notices and the toast.
#pragma once

#include <map>
#include <memory>
#include <set>

#include "app/card_library.h"
#include "app/core/child_lock.h"
#include "app/core/keyboard_focus.h"
#include "app/core/navigator.h"
#include "app/core/notices.h"
#include "app/core/screen_inventory.h"
#include "app/core/toast.h"
#include "app/journey_player.h"
#include "app/preferences_service.h"
#include "app/story_library.h"
#include "app/ui/card_pictures.h"
#include "app/ui/fonts.h"
#include "app/ui/presenter_view.h"
#include "app/ui/running_tools.h"
#include "app/ui/screens/about_screen.h"
#include "app/ui/screens/screen.h"
#include "app/usage_service.h"

namespace kitbag::ui {

class AppShell {
 public:
  AppShell(ScreenId start, AboutFacts about, Notices& notices, CardLibrary& cards, TextureStore& textures,
           SoundCues& sounds, UsageService& usage, PreferencesService& preferences);

  // Draws one frame inside ImGui::NewFrame() ... ImGui::Render().
  void draw(const Fonts& fonts, float scale, FrameScheduler& scheduler,
            std::chrono::steady_clock::time_point now, std::vector<std::filesystem::path> dropped_files = {});

  // The presenter view's picture of the screen open now, for a window of `size` (`pixels` in
  // its framebuffer); call after draw(), in the same ImGui frame.
  void draw_presenter(const Fonts& fonts, float scale, WindowSize size, WindowSize pixels,
                      FrameScheduler& scheduler, std::chrono::steady_clock::time_point now);
  ImDrawData& presenter_picture() { return presenter_.picture(); }
  // What the presenter view showed in the frame just drawn.
  const ScreenInventory& presented() const { return presenter_.shown(); }
  // Whether the grown-up wants the presenter window open; the loop opens and closes it.
  bool presenter_open() const { return presenter_switch_.open; }
  void set_presenter_open(bool open) { presenter_switch_.open = open; }

  // What the frame just drawn showed.
  const ScreenInventory& shown() const { return current_; }
  Navigator& navigator() { return navigator_; }
  const Navigator& navigator() const { return navigator_; }
  const KeyboardFocus& focus() const { return focus_; }
  // The timer and the talking stick, which run whichever screen is shown.
  RunningTools& tools() { return tools_; }
  const RunningTools& tools() const { return tools_; }
  ChildLock& child_lock() { return child_lock_; }
  const PreferencesService& preferences() const { return preferences_; }
  // A screen, for tests that check what it holds: screen<FeelingsScreen>(ScreenId::Feelings).
  template <class S>
  S& screen(ScreenId id) {
    return dynamic_cast<S&>(screen_for(id));
  }

 private:
  Screen& screen_for(ScreenId id);
  // Counts a tool's screen the first time it is shown since home was last shown, so going into
  // "Your cards" and back, or Back from the timer to a presence card, is not a second open.
  void count_tool_open();
  // The language chosen in Settings (or by --lang) takes over from the next frame: the screens'
  // words, and the shipped cards' and stories'.
  void follow_language();

  Navigator navigator_;
  Notices& notices_;
  CardLibrary& cards_;
  SoundCues& sounds_;
  UsageService& usage_;
  PreferencesService& preferences_;
  ChildLock child_lock_;
  std::set<ScreenId> tools_counted_;
  std::optional<std::uint64_t> counted_generation_;
  RunningTools tools_;
  CardPictures pictures_;
  StoryLibrary stories_;
  JourneyPlayer journey_player_;
  KeyboardFocus focus_;
  Toast toast_;
  ScreenInventory previous_;
  ScreenInventory current_;
  PresenterView presenter_;
  PresenterSwitch presenter_switch_;
  ScreenId drawn_ = ScreenId::Home;  // the screen the last frame drew, which the presenter shows
  std::map<ScreenId, std::unique_ptr<Screen>> screens_;
};

}  // namespace kitbag::ui
