// Keeps every key press visible to ImGui for at least one frame.
//
// Debian's ImGui 1.86 GLFW backend sets io.KeysDown[] from its key callback. When a press and
// its release are handled in the same glfwWaitEvents() call (a quick tap, an on-screen
// keyboard, a switch-access device, a busy old laptop) the next frame never sees the key. The
// backend latches mouse buttons this way; keys it does not.
#pragma once

#include <imgui.h>

#include <array>
#include <vector>

namespace kitbag {

class KeyLatch {
 public:
  // From the GLFW key callback: key is a GLFW key code, action GLFW_PRESS/RELEASE/REPEAT, mods GLFW_MOD_*.
  void on_key(int key, int action, int mods);
  // After the backend's new frame, before ImGui::NewFrame(): keys pressed since the last frame
  // are down for this one, with the modifiers they were pressed with.
  void apply(ImGuiIO& io);

 private:
  struct Press {
    int key;
    int mods;
  };
  static constexpr int kKeys = IM_ARRAYSIZE(ImGuiIO{}.KeysDown);

  std::array<bool, kKeys> down_{};  // the keys as they really are
  std::vector<Press> pressed_;      // since the last frame
  std::vector<int> forced_;         // held down by us last frame, to put back
  bool forced_modifiers_ = false;
};

}  // namespace kitbag
