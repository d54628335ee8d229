#include "app/ui/input_injector.h"

#include <cfloat>

namespace kitbag::ui {
namespace {

ImGuiKey imgui_key(Key key) {
  switch (key) {
    case Key::Enter:
      return ImGuiKey_Enter;
    case Key::Escape:
      return ImGuiKey_Escape;
    case Key::Tab:
      return ImGuiKey_Tab;
    case Key::Space:
      return ImGuiKey_Space;
    case Key::Backspace:
      return ImGuiKey_Backspace;
    case Key::Delete:
      return ImGuiKey_Delete;
    case Key::Left:
      return ImGuiKey_LeftArrow;
    case Key::Right:
      return ImGuiKey_RightArrow;
    case Key::Up:
      return ImGuiKey_UpArrow;
    case Key::Down:
      return ImGuiKey_DownArrow;
    case Key::Home:
      return ImGuiKey_Home;
    case Key::End:
      return ImGuiKey_End;
    case Key::PageUp:
      return ImGuiKey_PageUp;
    case Key::PageDown:
      return ImGuiKey_PageDown;
  }
  return ImGuiKey_Enter;
}

}  // namespace

void ensure_key_map(ImGuiIO& io) {
  if (io.KeyMap[ImGuiKey_Tab] >= 0) return;
  for (int key = 0; key < ImGuiKey_COUNT; ++key) io.KeyMap[key] = key;
}

int key_index(const ImGuiIO& io, Key key) {
  return io.KeyMap[imgui_key(key)];
}

void InputInjector::apply(ImGuiIO& io, const ScriptInput& input) {
  io.MousePos = input.pointer ? ImVec2(input.pointer->x, input.pointer->y) : ImVec2(-FLT_MAX, -FLT_MAX);
  io.MouseDown[0] = input.button_down;

  if (held_key_ >= 0) io.KeysDown[held_key_] = false;
  held_key_ = -1;
  io.KeyShift = io.KeyCtrl = io.KeyAlt = false;
  if (input.key_down) {
    const int index = key_index(io, input.key_down->key);
    if (index >= 0 && index < static_cast<int>(IM_ARRAYSIZE(io.KeysDown))) {
      io.KeysDown[index] = true;
      held_key_ = index;
    }
    io.KeyShift = input.key_down->shift;
    io.KeyCtrl = input.key_down->ctrl;
    io.KeyAlt = input.key_down->alt;
  }
  if (!input.typed.empty()) io.AddInputCharactersUTF8(input.typed.c_str());
}

}  // namespace kitbag::ui
