// What the sign-in, settings and child-mode tests share: made-up access codes that pass (or just
// fail) their check, the counts the usage store holds, signing in as a person does, and pressing
// and holding a control on the fake clock.
#pragma once

#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>  // the text box state ImGui keeps of its own

#include <chrono>
#include <filesystem>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "app/core/ui_ids.h"
#include "app/core/usage/access_code.h"
#include "app/core/usage/usage_line.h"
#include "app/usage/usage_store.h"
#include "app/usage/usage_store_opener.h"
#include "tests/support/ui_harness.h"

namespace kitbag::test {

inline constexpr std::string_view kLeeds = "leeds-city-council";
inline constexpr std::string_view kLeedsName = "Leeds City Council";

// A valid code from nine characters: the check character is added. The letters are chosen
// outside a-f so the code cannot turn up by chance in the hex of a pseudonym.
inline std::string valid_code(std::string_view payload = "7KQ2M9XTP") {
  return std::string(payload) + code_check_character(payload);
}

// The same code with one character changed: the check catches it.
inline std::string with_typo(std::string code, std::size_t at = 3) {
  code[at] = code[at] == 'R' ? 'S' : 'R';
  return code;
}

// Every count the store in `data_dir` holds, read through a connection of our own (the store
// takes turns with the app's, as two copies of the app do).
inline std::vector<UsageLine> stored_counts(const std::filesystem::path& data_dir) {
  auto store = UsageStore::open(data_dir / kUsageStoreFile);
  if (!store) {
    ADD_FAILURE() << "the usage store could not be opened: " << store.error();
    return {};
  }
  auto counts = store.value().all_counts();
  if (!counts) {
    ADD_FAILURE() << "the counts could not be read: " << counts.error();
    return {};
  }
  return counts.value();
}

// Sessions, or opens of one tool (`what`), counted for this user at this organisation, any day.
inline long long counted(const std::vector<UsageLine>& lines, std::string_view user, std::string_view org,
                         std::string_view what = kSessionsMeasure) {
  long long total = 0;
  for (const UsageLine& line : lines) {
    if (line.user != user || line.org != org) continue;
    if (what == kSessionsMeasure) {
      total += line.sessions;
    } else if (auto it = line.tools.find(std::string(what)); it != line.tools.end()) {
      total += it->second;
    }
  }
  return total;
}

// Any count at all under someone other than a guest.
inline long long counted_for_people(const std::vector<UsageLine>& lines) {
  long long total = 0;
  for (const UsageLine& line : lines) {
    if (line.guest()) continue;
    total += line.sessions;
    for (const auto& [tool, n] : line.tools) total += n;
  }
  return total;
}

// From the sign-in screen: find the organisation, choose it, type the code and press Sign in.
inline void sign_in_on_screen(UiHarness& ui, const std::string& search, std::string_view org_id,
                              const std::string& typed_code) {
  ui.click(ui_id::kSignInOrg);
  ui.type(search);
  ui.click(ui_id::sign_in_org(org_id));
  ui.click(ui_id::kSignInCode);
  ui.type(typed_code);
  ui.click(ui_id::kSignInSubmit);
}

// Presses the pointer on `id` and keeps it down until `held` has passed on the fake clock (each
// frame moves it on 16 ms too), without letting go.
inline void press_and_hold(UiHarness& ui, std::string_view id, std::chrono::milliseconds held) {
  const ScriptInput over = ui.pointer_over(id);
  ScriptInput down = over;
  down.button_down = true;
  ui.frame(over);
  ui.frame(down);  // pressed at this frame's time
  constexpr std::chrono::milliseconds kFrame{16};
  constexpr std::chrono::milliseconds kStep{250};
  for (auto left = held; left > std::chrono::milliseconds(0);) {
    const auto step = std::min(left, kStep);
    if (step > kFrame) ui.clock().advance(step - kFrame);
    ui.frame(down);
    left -= std::max(step, kFrame);
  }
}

// Lets go, the pointer still over the control, and moves away.
inline void let_go(UiHarness& ui, std::string_view id) {
  const UiTarget* target = ui.shown().find_by_id(id);
  ScriptInput over;
  if (target != nullptr) over.pointer = ScriptInput::Point{target->rect.center_x(), target->rect.center_y()};
  ui.frame(over);
  ui.frame({});
  ui.settle();
}

// Everything ImGui holds of the last text box typed in: its edit buffer, its copy of the text
// from when typing began, and its undo record, as narrow characters.
inline std::string imgui_text_box_memory() {
  const ImGuiInputTextState& state = ImGui::GetCurrentContext()->InputTextState;
  std::string held;
  for (ImWchar c : state.TextW) held += static_cast<char>(c);
  held += '|';
  for (char c : state.TextA) held += c;
  held += '|';
  for (char c : state.InitialTextA) held += c;
  held += '|';
  for (ImWchar c : state.Stb.undostate.undo_char) held += static_cast<char>(c);
  return held;
}

// The sender says what it found from its own thread as soon as it starts: waits (on the real
// clock, briefly) for that first word, so a sentence that depends on it is not a race.
inline void wait_for_first_status(UiHarness& ui) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (ui.usage().sync_status().state == SyncStatus::State::Starting &&
         std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  ASSERT_NE(ui.usage().sync_status().state, SyncStatus::State::Starting);
}

}  // namespace kitbag::test
