// The event-driven loop: waits for input or a planned frame, draws a frame when one is due,
// plays a script, writes screenshots, and exits when it is time.
#pragma once

#include <atomic>
#include <optional>

#include "app/core/command_line.h"
#include "app/core/frame_scheduler.h"
#include "app/core/notices.h"
#include "app/core/script.h"
#include "app/core/script_runner.h"
#include "app/ui/app_shell.h"
#include "app/ui/fonts.h"
#include "app/ui/input_injector.h"
#include "platform/clock.h"
#include "platform/window.h"

namespace kitbag {

struct AppSetup {
  Options options;
  std::optional<Script> script;  // from --script, with --screenshot's capture appended
  ui::AboutFacts about;
  std::optional<ui::PreparedFonts> fonts;  // built ahead in ImGui's current atlas; else built at start
  PreferencesService* preferences = nullptr;  // the device's; else the standard ones, for this run only
};

inline constexpr int kExitScriptFailed = 1;

class KitbagApp {
 public:
  KitbagApp(AppSetup setup, ui::FontLibrary& fonts, Notices& notices, CardLibrary& cards,
            TextureStore& textures, SoundCues& sounds, UsageService& usage);

  // Runs until the window closes, `stop` is set, the script ends or --quit-after passes.
  // Returns the process exit code. Needs a current ImGui context bound to `window`.
  int run(Window& window, const Clock& clock, const std::atomic<bool>* stop = nullptr);

  const ui::AppShell& shell() const { return shell_; }
  int frames_drawn() const { return frames_drawn_; }

 private:
  int loop(Window& window, const Clock& clock, const std::atomic<bool>* stop);
  void draw_frame(Window& window, Clock::TimePoint now);
  // Opens or closes the presenter window as the shell wants, and notices its own close button.
  void follow_presenter(Window& window);
  void capture(const std::string& path, const Image& picture, bool visible);
  void use_fonts(const ui::Fonts& fonts, float scale, ui::Typeface typeface);
  void build_fonts(float scale, ui::Typeface typeface);
  // The window's scale times the text size chosen in Settings.
  float wanted_scale(const Window& window) const;

  Options options_;
  Notices& notices_;
  UsageService& usage_;
  ui::FontLibrary& font_library_;
  std::optional<ui::PreparedFonts> prepared_fonts_;
  ui::Fonts fonts_;
  float font_scale_ = 0;
  ui::Typeface font_typeface_ = ui::Typeface::Usual;
  bool release_font_pixels_ = false;
  std::optional<PreferencesService> own_preferences_;  // when the setup brought none
  PreferencesService& preferences_;
  ui::AppShell shell_;
  FrameScheduler scheduler_;
  std::optional<ScriptRunner> runner_;
  ui::InputInjector injector_;
  int frames_drawn_ = 0;
  std::unique_ptr<PresenterWindow> presenter_;
  std::string presenter_language_;  // of its title
};

}  // namespace kitbag
