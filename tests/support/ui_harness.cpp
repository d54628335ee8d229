#include "tests/support/ui_harness.h"

#include <gtest/gtest.h>
#include <imgui.h>

#include <algorithm>
#include <utility>

#include "app/core/i18n/current_strings.h"
#include "app/core/ui_scale.h"
#include "app/ui/theme.h"
#include "platform/language_files.h"

namespace kitbag::test {
namespace {

// As the app starts: --lang's language, else the one saved in Settings, else English. The
// preferences are read again (quietly) by the harness's own service after the cards.
bool load_starting_words(const AssetLocator& assets, const HarnessOptions& options, Notices& notices) {
  Notices quiet;
  const std::string language =
      options.language.value_or(PreferencesService(options.data_dir, quiet).current().language);
  use_strings(load_strings(assets, language, notices));
  return true;
}

}  // namespace

UiHarness::UiHarness(HarnessOptions options)
    : options_(std::move(options)),
      assets_(options_.asset_roots),
      font_library_(assets_),
      words_loaded_(load_starting_words(assets_, options_, notices_)),
      cards_(assets_, options_.data_dir, notices_),
      usage_(assets_, notices_, {options_.data_dir, options_.sync_url, {}, {}, {}}),
      preferences_(options_.data_dir, notices_),
      shell_(options_.start, {"9.9.9-test", "/tmp/kitbag-harness-data"}, notices_, cards_, textures_, sounds_,
             usage_, preferences_) {
  if (options_.language) preferences_.use_language_for_this_run(*options_.language);
  if (!options_.first_run && !preferences_.current().welcome_seen) {
    Preferences seen = preferences_.current();
    seen.welcome_seen = true;
    preferences_.change_for_this_run(seen);
  }
  if (!options_.scale) options_.scale = ui_scale(1.0f, options_.size);
  // The look is a process-wide choice: a harness starts from its own preferences, not the last
  // harness's.
  ui::use_look(ui::look_for(preferences_.current()));
  rebuild_fonts_if_needed();
  resize(options_.size);
}

void UiHarness::rebuild_fonts_if_needed() {
  // As the app does between frames when another text size is chosen.
  // As the app does, its floor the smallest window's scale (or the test's own, if smaller).
  const float wanted =
      scale_for_look(*options_.scale, std::min(*options_.scale, kMinSizeFactor), preferences_.current());
  const ui::Typeface typeface = ui::typeface_for(preferences_.current());
  if (std::abs(wanted - drawn_scale_) < 0.01f && typeface == drawn_typeface_) return;
  drawn_scale_ = wanted;
  drawn_typeface_ = typeface;
  ImGuiIO& io = ImGui::GetIO();
  fonts_ = font_library_.build(*io.Fonts, drawn_scale_, notices_, typeface);
  io.FontDefault = fonts_.body;
  ui::apply_theme(ImGui::GetStyle(), drawn_scale_);
}

void UiHarness::resize(WindowSize size) {
  options_.size = size;
  ImGui::GetIO().DisplaySize = ImVec2(static_cast<float>(size.width), static_cast<float>(size.height));
}

void UiHarness::add_missing_font_notices() {
  for (const char* file : {"fonts/Andika-Regular.ttf", "fonts/Andika-Bold.ttf"})
    notices_.add({"A font file is missing", std::string(file) +
                                                " was not found. Looked in:\n  /a/long/path/to/assets/" +
                                                file + "\nKitbag Desk is using a plain font instead."});
}

void UiHarness::frame(const ScriptInput& input) {
  ImGuiIO& io = ImGui::GetIO();
  io.DeltaTime = 1.0f / 60;
  clock_.advance(std::chrono::milliseconds(16));
  const auto now = clock_.now();
  rebuild_fonts_if_needed();
  scheduler_.begin_frame(now);
  injector_.apply(io, input);
  ImGui::NewFrame();
  shell_.draw(fonts_, drawn_scale_, scheduler_, now, std::exchange(dropped_, {}));
  if (shell_.presenter_open())
    shell_.draw_presenter(fonts_, drawn_scale_, options_.presenter_size, options_.presenter_size, scheduler_, now);
  ImGui::Render();
  scheduler_.end_frame(now);
}

void UiHarness::settle() {
  for (int i = 0; i < 120 && !scheduler_.settled(); ++i) frame();
}

const UiTarget& UiHarness::target(std::string_view id) const {
  const UiTarget* found = shown().find_by_id(id);
  if (found == nullptr) {
    ADD_FAILURE() << "no target '" << id << "' on screen; visible: " << shown().describe_targets();
    static const UiTarget missing;
    return missing;
  }
  return *found;
}

ScriptInput UiHarness::pointer_over(std::string_view id) const {
  const UiTarget& found = target(id);
  ScriptInput over;
  over.pointer = ScriptInput::Point{found.rect.center_x(), found.rect.center_y()};
  return over;
}

void UiHarness::click(std::string_view target_id_or_label) {
  const UiTarget* target = shown().find_target(target_id_or_label);
  ASSERT_NE(target, nullptr) << "no target '" << target_id_or_label
                             << "'; visible: " << shown().describe_targets();
  const ScriptInput::Point centre{target->rect.center_x(), target->rect.center_y()};
  ScriptInput hover;
  hover.pointer = centre;
  ScriptInput press = hover;
  press.button_down = true;
  frame(hover);
  frame(press);
  frame(hover);
  frame({});
  scheduler_.note_input();
  settle();
}

void UiHarness::drop(std::vector<std::filesystem::path> files) {
  dropped_ = std::move(files);
  frame();
  scheduler_.note_input();
  settle();
}

void UiHarness::type(std::string text) {
  ScriptInput typing;
  typing.typed = std::move(text);
  frame(typing);
  frame({});
  scheduler_.note_input();
  settle();
}

void UiHarness::press(KeyChord chord) {
  ScriptInput down;
  down.key_down = chord;
  frame(down);
  frame({});
  scheduler_.note_input();
  settle();
}

}  // namespace kitbag::test
