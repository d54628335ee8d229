// kitbag: parses the command line, wires the real platform into the app, and runs it.
#include <fstream>
#include <iostream>
#include <mutex>
#include <optional>
#include <sstream>

#include "app/core/ui_scale.h"
#include "app/core/version.h"
#include "app/kitbag_app.h"
#include "app/ui/imgui_session.h"
#include "app/ui/theme.h"
#include "platform/data_dir.h"
#include "platform/glfw_window.h"
#include "platform/termination_signals.h"

namespace kitbag {
namespace {

// --script and --screenshot become one script; a screenshot alone is "capture, then quit".
Result<std::optional<Script>> load_script(const Options& options) {
  std::optional<Script> script;
  if (options.script_path) {
    std::ifstream in(*options.script_path, std::ios::binary);
    if (!in) return Error{"cannot read the script " + *options.script_path};
    std::stringstream text;
    text << in.rdbuf();
    auto parsed = parse_script(text.str(), *options.script_path);
    if (!parsed) return Error{parsed.error()};
    script = std::move(parsed).value();
  }
  if (options.screenshot_path) {
    if (!script) script = Script{"--screenshot", {}};
    ScriptStep capture;
    capture.verb = ScriptVerb::Screenshot;
    capture.argument = *options.screenshot_path;
    capture.source = "screenshot " + *options.screenshot_path;
    script->steps.push_back(capture);
    script->steps.push_back(ScriptStep{ScriptVerb::Quit, "", {}, 0, 0, "quit"});
  }
  return script;
}

std::string prepare_data_dir(const Options& options, const Environment& env, Notices& notices) {
  auto chosen = choose_data_dir(options.data_dir, env);
  if (!chosen) {
    notices.add({"Local data cannot be kept on this computer", chosen.error()});
    return "(nowhere: " + chosen.error() + ")";
  }
  auto dir = DataDir::open(chosen.value());
  if (!dir) {
    notices.add({"Local data cannot be kept on this computer", dir.error()});
    return "(nowhere: " + dir.error() + ")";
  }
  return dir.value().root().string();
}

int run(int argc, char** argv) {
  // Signals are turned into a clean close before anything (the GL driver) starts threads.
  std::mutex window_mutex;
  Window* live_window = nullptr;
  std::atomic<bool> stop{false};
  TerminationSignals signals([&] {
    stop.store(true);
    std::lock_guard lock(window_mutex);
    if (live_window != nullptr) live_window->wake();
  });

  const std::vector<std::string> args(argv + 1, argv + argc);
  const CommandLine command_line = parse_command_line(args);
  if (command_line.action == CommandLine::Action::Exit) {
    (command_line.exit_code == 0 ? std::cout : std::cerr) << command_line.message;
    return command_line.exit_code;
  }
  const Options& options = command_line.options;

  auto script = load_script(options);
  if (!script) {
    std::cerr << "kitbag: " << script.error() << "\n";
    return kExitUsage;
  }

  Notices notices([](const Notice& notice) { std::cerr << "kitbag: " << notice.title << ": " << notice.detail << "\n"; });
  const Environment env = process_environment();
  AppSetup setup{options, std::move(script).value(), {kVersion, prepare_data_dir(options, env, notices)}, {}};
  const AssetLocator assets = AssetLocator::standard(env);

  // Declared first so they outlive the ImGui context and the window, which refer to them.
  ImFontAtlas atlas;
  ui::FontLibrary font_library(assets);
  std::optional<ui::ImGuiSession> imgui;

  // The fonts build on a worker while the window and the graphics driver start up, for the
  // scale the window is expected to have; KitbagApp rebuilds them if that guess was wrong.
  ui::BackgroundFontBuild font_build(font_library, atlas, ui_scale(1.0f, options.size.value_or(kDesignSize)));
  WindowConfig config;
  config.size = options.size;
  config.background_rgb = ui::kPageRgb;
  auto window = open_glfw_window(config);
  setup.fonts = font_build.finish();
  for (const Notice& notice : setup.fonts->notices) notices.add(notice);
  if (!window) {
    std::cerr << "kitbag: " << window.error() << "\n";
    return 1;
  }
  imgui.emplace(&atlas);
  if (auto attached = window.value()->attach_imgui(); !attached) {
    std::cerr << "kitbag: " << attached.error() << "\n";
    return 1;
  }
  {
    std::lock_guard lock(window_mutex);
    live_window = window.value().get();
  }

  SteadyClock clock;
  KitbagApp app(std::move(setup), font_library, notices);
  const int exit_code = app.run(*window.value(), clock, &stop);

  std::lock_guard lock(window_mutex);
  live_window = nullptr;
  return exit_code;
}

}  // namespace
}  // namespace kitbag

int main(int argc, char** argv) { return kitbag::run(argc, argv); }
