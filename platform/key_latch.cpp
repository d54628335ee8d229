#include "platform/key_latch.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

namespace kitbag {

void KeyLatch::on_key(int key, int action, int mods) {
  if (key < 0 || key >= kKeys) return;
  if (action == GLFW_PRESS) {
    down_[static_cast<std::size_t>(key)] = true;
    pressed_.push_back({key, mods});
  } else if (action == GLFW_RELEASE) {
    down_[static_cast<std::size_t>(key)] = false;
  }
}

void KeyLatch::apply(ImGuiIO& io) {
  for (int key : forced_) io.KeysDown[key] = down_[static_cast<std::size_t>(key)];
  forced_.clear();
  if (forced_modifiers_) {
    auto down = [this](int key) { return down_[static_cast<std::size_t>(key)]; };
    io.KeyShift = down(GLFW_KEY_LEFT_SHIFT) || down(GLFW_KEY_RIGHT_SHIFT);
    io.KeyCtrl = down(GLFW_KEY_LEFT_CONTROL) || down(GLFW_KEY_RIGHT_CONTROL);
    io.KeyAlt = down(GLFW_KEY_LEFT_ALT) || down(GLFW_KEY_RIGHT_ALT);
    forced_modifiers_ = false;
  }
  for (const Press& press : pressed_) {
    if (io.KeysDown[press.key]) continue;  // still held: ImGui sees it anyway
    io.KeysDown[press.key] = true;
    forced_.push_back(press.key);
    io.KeyShift = io.KeyShift || (press.mods & GLFW_MOD_SHIFT) != 0;
    io.KeyCtrl = io.KeyCtrl || (press.mods & GLFW_MOD_CONTROL) != 0;
    io.KeyAlt = io.KeyAlt || (press.mods & GLFW_MOD_ALT) != 0;
    forced_modifiers_ = true;
  }
  pressed_.clear();
}

}  // namespace kitbag
