// Real ImGui frames with no window: the bundled fonts are built, input is fed through ImGuiIO
// exactly as scripts feed it, and tests assert on what the frame showed and on core state.
#pragma once

#include <string_view>

#include "app/card_library.h"
#include "app/core/command_line.h"
#include "app/core/frame_scheduler.h"
#include "app/core/notices.h"
#include "app/preferences_service.h"
#include "app/sound_cues.h"
#include "app/ui/app_shell.h"
#include "app/ui/fonts.h"
#include "app/ui/imgui_session.h"
#include "app/ui/input_injector.h"
#include "app/usage_service.h"
#include "platform/asset_locator.h"
#include "platform/fakes/fake_audio.h"
#include "platform/fakes/fake_clock.h"
#include "platform/fakes/fake_texture_store.h"

namespace kitbag::test {

struct HarnessOptions {
  WindowSize size{1280, 800};
  ScreenId start = ScreenId::Home;
  std::optional<float> scale =
      std::nullopt;  // default: what the app would choose for `size` on a standard monitor
  // The source tree's assets, then the build's (where the card art is made).
  std::vector<std::filesystem::path> asset_roots = {std::filesystem::path(KITBAG_SOURCE_DIR) / "assets",
                                                    std::filesystem::path(KITBAG_BUILD_ASSETS_DIR)};
  // Own cards are kept here when set; with none, they cannot be saved (as on a machine with no data folder).
  std::optional<std::filesystem::path> data_dir = std::nullopt;
  // Usage counts are kept in data_dir too, and sent here when set.
  std::optional<std::string> sync_url = std::nullopt;
  // The language to start in, as --lang gives it; by default the one saved in data_dir, else English.
  std::optional<std::string> language = std::nullopt;
  // A device's first run, when home offers the welcome's tour; by default the welcome has been
  // seen, as on a laptop already in use.
  bool first_run = false;
  // The presenter view's window, drawn each frame while the shell wants it open.
  WindowSize presenter_size{960, 640};
};

class UiHarness {
 public:
  explicit UiHarness(HarnessOptions options = {});

  // One frame with the given input, at the fake clock's time.
  void frame(const ScriptInput& input = {});
  // Frames until the scheduler has nothing left to settle or animate (at most 120: two seconds).
  void settle();
  // Hover, press, release and move away, then settle: a click as a person makes it.
  void click(std::string_view target);
  void press(KeyChord chord);
  // Text typed into whatever has keyboard focus, as the script's "type" does.
  void type(std::string text);
  // Files dragged onto the window, delivered with the next frame.
  void drop(std::vector<std::filesystem::path> files);
  void resize(WindowSize size);
  // The notices a machine with no fonts installed would show: two long ones.
  void add_missing_font_notices();

  const ScreenInventory& shown() const { return shell_.shown(); }
  // What the presenter view showed the last time it was drawn.
  const ScreenInventory& presented() const { return shell_.presented(); }
  const ImDrawData& presenter_picture() { return shell_.presenter_picture(); }
  void set_presenter_open(bool open) { shell_.set_presenter_open(open); }
  const UiTarget& target(std::string_view id) const;  // fails the test when missing
  // The pointer over the centre of a target, button up: to build presses and holds from.
  ScriptInput pointer_over(std::string_view id) const;
  Navigator& navigator() { return shell_.navigator(); }
  const ui::AppShell& shell() const { return shell_; }
  const ui::Fonts& fonts() const { return fonts_; }
  Notices& notices() { return notices_; }
  FakeClock& clock() { return clock_; }
  CardLibrary& cards() { return cards_; }
  FakeTextureStore& textures() { return textures_; }
  FakeAudio& audio() { return audio_; }
  SoundCues& sounds() { return sounds_; }
  ui::RunningTools& tools() { return shell_.tools(); }
  UsageService& usage() { return usage_; }
  PreferencesService& preferences() { return preferences_; }
  // The scale frames are drawn at now: the window's, times the text size chosen.
  float scale() const { return drawn_scale_; }
  ChildLock& child_lock() { return shell_.child_lock(); }
  template <class S>
  S& screen(ScreenId id) {
    return shell_.screen<S>(id);
  }
  FrameScheduler& scheduler() { return scheduler_; }

 private:
  void rebuild_fonts_if_needed();

  HarnessOptions options_;
  ui::ImGuiSession imgui_;
  FakeClock clock_;
  Notices notices_;
  AssetLocator assets_;
  ui::FontLibrary font_library_;
  ui::Fonts fonts_;
  bool words_loaded_;  // before the cards, whose shipped words are in the language files
  CardLibrary cards_;
  FakeTextureStore textures_;
  FakeAudio audio_;
  SoundCues sounds_{audio_, assets_, notices_};
  UsageService usage_;
  PreferencesService preferences_;
  float drawn_scale_ = 0;
  ui::Typeface drawn_typeface_ = ui::Typeface::Usual;
  FrameScheduler scheduler_;
  ui::AppShell shell_;
  ui::InputInjector injector_;
  std::vector<std::filesystem::path> dropped_;
};

}  // namespace kitbag::test
