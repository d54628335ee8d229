// Feeds a script's (or a test's) input to ImGui for one frame, in place of the real mouse and
// keyboard. Call after the platform's new frame and before ImGui::NewFrame().
#pragma once

#include <imgui.h>

#include "app/core/script_runner.h"

namespace kitbag::ui {

// Without a platform backend (tests) ImGui has no key map; give every named key its own slot.
void ensure_key_map(ImGuiIO& io);
int key_index(const ImGuiIO& io, Key key);

class InputInjector {
 public:
  void apply(ImGuiIO& io, const ScriptInput& input);

 private:
  int held_key_ = -1;
};

}  // namespace kitbag::ui
