// Real ImGui frames with no window: the bundled fonts are built, input is fed through ImGuiIO
// exactly as scripts feed it, and tests assert on what the frame showed and on core state.
#pragma once

#include <string_view>

#include "app/core/command_line.h"
#include "app/core/frame_scheduler.h"
#include "app/core/notices.h"
#include "app/ui/app_shell.h"
#include "app/ui/fonts.h"
#include "app/ui/imgui_session.h"
#include "app/ui/input_injector.h"
#include "platform/asset_locator.h"
#include "platform/fakes/fake_clock.h"

namespace kitbag::test {

struct HarnessOptions {
  WindowSize size{1280, 800};
  ScreenId start = ScreenId::Home;
  std::optional<float> scale =
      std::nullopt;  // default: what the app would choose for `size` on a standard monitor
  std::vector<std::filesystem::path> asset_roots = {std::filesystem::path(KITBAG_SOURCE_DIR) / "assets"};
};

class UiHarness {
 public:
  explicit UiHarness(HarnessOptions options = {});

  // One frame with the given input, at the fake clock's time.
  void frame(const ScriptInput& input = {});
  // Frames until the scheduler has nothing left to settle (at most 20).
  void settle();
  // Hover, press, release and move away, then settle: a click as a person makes it.
  void click(std::string_view target);
  void press(KeyChord chord);
  void resize(WindowSize size);
  // The notices a machine with no fonts installed would show: two long ones.
  void add_missing_font_notices();

  const ScreenInventory& shown() const { return shell_.shown(); }
  const UiTarget& target(std::string_view id) const;  // fails the test when missing
  Navigator& navigator() { return shell_.navigator(); }
  const ui::AppShell& shell() const { return shell_; }
  const ui::Fonts& fonts() const { return fonts_; }
  Notices& notices() { return notices_; }
  FakeClock& clock() { return clock_; }
  FrameScheduler& scheduler() { return scheduler_; }

 private:
  HarnessOptions options_;
  ui::ImGuiSession imgui_;
  FakeClock clock_;
  Notices notices_;
  AssetLocator assets_;
  ui::FontLibrary font_library_;
  ui::Fonts fonts_;
  FrameScheduler scheduler_;
  ui::AppShell shell_;
  ui::InputInjector injector_;
};

}  // namespace kitbag::test
