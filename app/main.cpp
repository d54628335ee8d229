// kitbag: parses the command line, wires the real platform into the app, and runs it.
#include <algorithm>
#include <iostream>
#include <mutex>
#include <optional>

#include "app/card_library.h"
#include "app/core/i18n/current_strings.h"
#include "app/core/i18n/languages.h"
#include "app/core/ui_scale.h"
#include "app/core/version.h"
#include "app/kitbag_app.h"
#include "app/preferences_service.h"
#include "app/sound_cues.h"
#include "app/ui/imgui_session.h"
#include "app/ui/theme.h"
#include "app/usage_report.h"
#include "app/usage_service.h"
#include "platform/audio.h"
#include "platform/data_dir.h"
#include "platform/file_contents.h"
#include "platform/gl_texture_store.h"
#include "platform/glfw_window.h"
#include "platform/language_files.h"
#include "platform/termination_signals.h"

namespace kitbag {
namespace {

// A script longer than this is not one a person wrote.
constexpr std::uintmax_t kMaxScriptBytes = 16u * 1024 * 1024;

// --script and --screenshot become one script: the capture is taken where the script ends,
// which is before its first quit if it has one. A screenshot alone is "capture, then quit".
Result<std::optional<Script>> load_script(const Options& options) {
  std::optional<Script> script;
  if (options.script_path) {
    auto text = read_text_file(*options.script_path, kMaxScriptBytes);
    if (!text) return Error{"cannot read the script " + text.error()};
    auto parsed = parse_script(text.value(), *options.script_path);
    if (!parsed) return Error{parsed.error()};
    script = std::move(parsed).value();
  }
  if (options.screenshot_path) {
    if (!script) script = Script{"--screenshot", {}};
    auto& steps = script->steps;
    auto quit = std::find_if(steps.begin(), steps.end(),
                             [](const ScriptStep& s) { return s.verb == ScriptVerb::Quit; });
    if (quit == steps.end())
      quit = steps.insert(steps.end(), ScriptStep{ScriptVerb::Quit, "", {}, 0, 0, "quit"});
    steps.insert(quit, ScriptStep{ScriptVerb::Screenshot,
                                  *options.screenshot_path,
                                  {},
                                  0,
                                  0,
                                  "--screenshot " + *options.screenshot_path});
  }
  return script;
}

struct PreparedDataDir {
  std::optional<std::filesystem::path> root;
  std::string described;  // the folder, or why there is none, for the About screen
};

PreparedDataDir prepare_data_dir(const Options& options, const Environment& env, Notices& notices) {
  auto nowhere = [&](const std::string& why) {
    notices.add({"Local data cannot be kept on this computer", why});
    return PreparedDataDir{std::nullopt, "(nowhere: " + why + ")"};
  };
  auto chosen = choose_data_dir(options.data_dir, env);
  if (!chosen) return nowhere(chosen.error());
  auto dir =
      DataDir::open(chosen.value().path,
                    chosen.value().chosen_by_user ? DataDir::Existing::Keep : DataDir::Existing::MakePrivate);
  if (!dir) return nowhere(dir.error());
  return {dir.value().root(), dir.value().root().string()};
}

// `kitbag cards DECK`: the deck as the app would show it, one card a line, for people and scripts.
// Exits 1 when that deck (or the user's own cards) had problems; other decks' problems are theirs.
int list_cards(const Options& options) {
  const Environment env = process_environment();
  const AssetLocator assets = AssetLocator::standard(env);
  Notices notices;  // the problems that matter here are printed below, each on its own line
  // Only reads: listing never creates or changes anything in the data directory.
  std::optional<std::filesystem::path> data_root;
  if (auto chosen = choose_data_dir(options.data_dir, env)) data_root = chosen.value().path;
  // In the language the app would show: --lang's, else the one chosen in Settings.
  Notices quiet;  // a damaged preferences file is the app's to report, not the listing's
  const std::string language =
      options.language.value_or(PreferencesService(data_root, quiet).current().language);
  use_strings(load_strings(assets, language, notices));
  const CardLibrary library(assets, data_root, notices);
  const DeckId deck = *options.list_deck;
  std::vector<std::string> problems = library.deck_problems(deck);
  for (const std::string& problem : library.own_card_problems()) problems.push_back(problem);
  for (const std::string& problem : problems) std::cerr << "kitbag: " << problem << "\n";
  for (const Card& card : library.deck(deck).cards) std::cout << card.id << '\t' << card.title << '\n';
  return problems.empty() ? 0 : 1;
}

// `kitbag usage`: the counts kept on this device, for people or (--json) machines.
int report_usage(const Options& options) {
  const Environment env = process_environment();
  const AssetLocator assets = AssetLocator::standard(env);
  std::vector<std::string> problems;  // an unreadable organisations list only costs names
  const OrganisationList organisations = load_organisations(assets, problems);
  std::optional<std::filesystem::path> data_root;
  if (auto chosen = choose_data_dir(options.data_dir, env)) data_root = chosen.value().path;
  return print_usage_report(data_root, organisations, options.json, std::cout, std::cerr);
}

int run(int argc, char** argv) {
  // Signals become a clean close, set up before anything (the GL driver) starts threads.
  std::mutex window_mutex;
  Window* live_window = nullptr;
  std::atomic<bool> stop{false};
  TerminationSignals signals([&] {
    stop.store(true);
    std::lock_guard lock(window_mutex);
    if (live_window != nullptr) live_window->wake();
  });

  // Everything that can be wrong with the command line is found before anything else happens.
  const std::vector<std::string> args(argv + 1, argv + argc);
  const CommandLine command_line = parse_command_line(args);
  if (command_line.action == CommandLine::Action::Exit) {
    (command_line.exit_code == 0 ? std::cout : std::cerr) << command_line.message;
    return command_line.exit_code;
  }
  const Options& options = command_line.options;
  if (command_line.action == CommandLine::Action::ListCards) return list_cards(options);
  if (command_line.action == CommandLine::Action::ReportUsage) return report_usage(options);
  auto script = load_script(options);
  if (!script) {
    std::cerr << "kitbag: " << script.error() << "\n";
    return kExitUsage;
  }

  // Then the display: without one there is nothing to do, so nothing is created or printed.
  auto display = GlfwDisplay::connect();
  if (!display) {
    std::cerr << "kitbag: " << display.error() << "\n";
    return 1;
  }

  // Declared before the ImGui context and the window, which refer to them, so they outlive both.
  const Environment env = process_environment();
  const AssetLocator assets = AssetLocator::standard(env);
  ImFontAtlas atlas;
  ui::FontLibrary font_library(assets);
  std::optional<ui::ImGuiSession> imgui;

  // The fonts build on a worker while the window and the graphics driver start up.
  WindowConfig config;
  config.size = options.size;
  config.background_rgb = ui::kPageRgb;
  const WindowPlan plan = display.value()->plan(config);
  Notices notices(
      [](const Notice& notice) { std::cerr << "kitbag: " << notice.title << ": " << notice.detail << "\n"; });
  const PreparedDataDir data_dir = prepare_data_dir(options, env, notices);
  // Read before the fonts are built, which are built for the text size chosen.
  PreferencesService preferences(data_dir.root, notices);
  if (options.language) preferences.use_language_for_this_run(*options.language);
  ui::BackgroundFontBuild font_build(font_library, atlas,
                                     ui_scale(plan.content_scale, plan.framebuffer, preferences.current()),
                                     ui::typeface_for(preferences.current()));

  AppSetup setup{options, std::move(script).value(), {kVersion, data_dir.described}, {}, &preferences};

  auto window = display.value()->open_window(config);
  setup.fonts = font_build.finish();
  if (!window) {
    std::cerr << "kitbag: " << window.error() << "\n";
    return 1;
  }
  for (const Notice& notice : setup.fonts->notices) notices.add(notice);
  // After the fonts, so that with a whole assets folder missing the first notice is the font's;
  // the words before the cards, whose shipped words are in the language files.
  use_strings(load_strings(assets, preferences.current().language, notices));
  CardLibrary cards(assets, data_dir.root, notices);
  // Opens (and checks) the usage store and starts sending in the background; a first look at
  // the network waits until the app is up.
  UsageService usage(assets, notices, {data_dir.root, env("KITBAG_SYNC_URL"), {}, {}, {}});
  imgui.emplace(&atlas);
  if (auto attached = window.value()->attach_imgui(); !attached) {
    std::cerr << "kitbag: " << attached.error() << "\n";
    return 1;
  }
  {
    std::lock_guard lock(window_mutex);
    live_window = window.value().get();
  }

  // Sound loads lazily: SDL starts the first time a tool needs a cue, not at start-up.
  const std::unique_ptr<Audio> audio = load_audio_module_lazily(standard_audio_module_paths());
  SoundCues sounds(*audio, assets, notices);
  SteadyClock clock;
  // Declared after the window, so the app releases its textures while the GL context still exists.
  GlTextureStore textures;
  KitbagApp app(std::move(setup), font_library, notices, cards, textures, sounds, usage);
  const int exit_code = app.run(*window.value(), clock, &stop);

  std::lock_guard lock(window_mutex);
  live_window = nullptr;
  return exit_code;
}

}  // namespace
}  // namespace kitbag

int main(int argc, char** argv) {
  return kitbag::run(argc, argv);
}
