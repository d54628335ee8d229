// Runs the real app on a real window with a timer of N seconds, and reports how late its end
// chime came (by the monotonic clock) and what the run cost: frames drawn and CPU time.
// Usage: kitbag_timer_run [SECONDS]   (600 by default; needs a display, e.g. Xvfb)
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <thread>

#include "app/card_library.h"
#include "app/core/i18n/current_strings.h"
#include "app/kitbag_app.h"
#include "app/sound_cues.h"
#include "app/ui/imgui_session.h"
#include "app/usage_service.h"
#include "platform/gl_texture_store.h"
#include "platform/glfw_window.h"
#include "platform/language_files.h"

namespace kitbag {
namespace {

// Sound that is not played but timed: when was each cue asked for.
class StopwatchAudio final : public Audio {
 public:
  bool available() override { return true; }
  std::string status() const override { return ""; }
  Result<SoundId> load_sound(const std::filesystem::path&) override { return SoundId{0}; }
  Status play(SoundId) override {
    if (!first_play) first_play = std::chrono::steady_clock::now();
    return ok_status();
  }
  void stop_all() override {}
  // The timer has no music; the journey's is measured by bench/journey_run.
  Result<double> open_music(const std::filesystem::path&) override { return Error{"no music in this bench"}; }
  Status play_music(double, int) override { return Error{"no music in this bench"}; }
  Status seek_music(double) override { return Error{"no music in this bench"}; }
  void fade_out_music(int) override {}
  std::optional<double> music_position() override { return std::nullopt; }
  void set_music_volume(double) override {}
  std::optional<std::chrono::steady_clock::time_point> first_play;
};

double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

int run(int seconds) {
  auto display = GlfwDisplay::connect();
  if (!display) {
    std::fprintf(stderr, "%s\n", display.error().c_str());
    return 1;
  }
  const Environment env = process_environment();
  const AssetLocator assets = AssetLocator::standard(env);
  ImFontAtlas atlas;
  ui::FontLibrary fonts(assets);
  Notices notices;
  std::optional<ui::ImGuiSession> imgui;  // before the window, so it outlives it (as in main.cpp)
  WindowConfig config;
  config.size = WindowSize{std::getenv("W") ? std::atoi(std::getenv("W")) : 1280,
                           std::getenv("H") ? std::atoi(std::getenv("H")) : 800};
  auto window = display.value()->open_window(config);
  if (!window) {
    std::fprintf(stderr, "%s\n", window.error().c_str());
    return 1;
  }
  imgui.emplace(&atlas);
  if (auto attached = window.value()->attach_imgui(); !attached) return 1;
  use_strings(load_strings(assets, "en", notices));  // before the cards, whose words are in its files
  CardLibrary cards(assets, std::nullopt, notices);
  StopwatchAudio audio;
  SoundCues sounds(audio, assets, notices);
  GlTextureStore textures;

  AppSetup setup;
  setup.options.screen = ScreenId::Timer;
  setup.options.timer_seconds = seconds;
  const std::string text = "click timer:start\nwait " + std::to_string(seconds + 2) + "\n";
  setup.script = parse_script(text, "timer_run").value();
  setup.about = {"bench", "(none)"};
  UsageService usage(assets, notices, {});  // nothing counted in a bench
  KitbagApp app(std::move(setup), fonts, notices, cards, textures, sounds, usage);
  SteadyClock clock;
  const double cpu_before = cpu_seconds();
  const auto wall_before = std::chrono::steady_clock::now();
  // The steady cost, away from start-up and the end cue: from 10 s in to 5 s before the end.
  double steady_cpu = 0;
  const double steady_seconds = seconds - 15.0;
  std::thread sampler([&] {
    if (steady_seconds <= 0) return;
    std::this_thread::sleep_until(wall_before + std::chrono::seconds(10));
    const double from = cpu_seconds();
    std::this_thread::sleep_for(std::chrono::duration<double>(steady_seconds));
    steady_cpu = cpu_seconds() - from;
  });
  const int code = app.run(*window.value(), clock);
  sampler.join();
  const double cpu = cpu_seconds() - cpu_before;
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_before).count();
  const auto ends = app.shell().tools().timer.ends_at();
  if (code != 0 || !ends || !audio.first_play) {
    std::fprintf(stderr, "the timer did not run to its end (exit %d)\n", code);
    return 1;
  }
  const double late_ms = std::chrono::duration<double, std::milli>(*audio.first_play - *ends).count();
  std::printf("timer %d s: chime %.1f ms after the end; %d frames in %.1f s; CPU %.2f s in all", seconds,
              late_ms, app.frames_drawn(), wall, cpu);
  if (steady_seconds > 0)
    std::printf("; while running, %.2f%% of a core (%.1f s measured)", 100 * steady_cpu / steady_seconds,
                steady_seconds);
  std::printf("\n");
  return 0;
}

}  // namespace
}  // namespace kitbag

int main(int argc, char** argv) {
  return kitbag::run(argc > 1 ? std::atoi(argv[1]) : 600);
}
