// Quick key taps reach ImGui: a press and release delivered together still make one key press.
#include "platform/key_latch.h"

#include <gtest/gtest.h>

#include <algorithm>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include "app/ui/imgui_session.h"

namespace kitbag {
namespace {

// What Debian's ImGui 1.86 GLFW backend does with a key event, and our latch beside it.
class KeyLatchTest : public ::testing::Test {
 protected:
  void SetUp() override { ImGui::GetIO().Fonts->Build(); }

  void key_event(int key, int action, int mods = 0) {
    latch_.on_key(key, action, mods);
    ImGuiIO& io = ImGui::GetIO();
    if (action == GLFW_PRESS) io.KeysDown[key] = true;
    if (action == GLFW_RELEASE) io.KeysDown[key] = false;
    io.KeyShift = io.KeysDown[GLFW_KEY_LEFT_SHIFT] || io.KeysDown[GLFW_KEY_RIGHT_SHIFT];
  }

  // One frame; returns whether ImGui saw `key` pressed, and shift with it.
  std::pair<bool, bool> frame(int key) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(640, 480);
    io.DeltaTime = 1.0f / 60;
    latch_.apply(io);
    ImGui::NewFrame();
    const std::pair seen{ImGui::IsKeyPressed(key, false), io.KeyShift};
    ImGui::Render();
    return seen;
  }

  ui::ImGuiSession imgui_;
  KeyLatch latch_;
};

TEST_F(KeyLatchTest, ATapWithinOneWaitIsStillAPress) {
  frame(GLFW_KEY_TAB);
  key_event(GLFW_KEY_TAB, GLFW_PRESS);
  key_event(GLFW_KEY_TAB, GLFW_RELEASE);
  EXPECT_TRUE(frame(GLFW_KEY_TAB).first);
  EXPECT_FALSE(frame(GLFW_KEY_TAB).first) << "once only";
  EXPECT_FALSE(ImGui::GetIO().KeysDown[GLFW_KEY_TAB]) << "and then released again";
}

TEST_F(KeyLatchTest, WithoutTheLatchTheTapIsLost) {
  // The reason the latch exists: the backend alone leaves nothing for the frame.
  frame(GLFW_KEY_ENTER);
  ImGuiIO& io = ImGui::GetIO();
  io.KeysDown[GLFW_KEY_ENTER] = true;
  io.KeysDown[GLFW_KEY_ENTER] = false;
  ImGui::NewFrame();
  EXPECT_FALSE(ImGui::IsKeyPressed(GLFW_KEY_ENTER, false));
  ImGui::Render();
}

TEST_F(KeyLatchTest, AQuickShiftTabKeepsItsShift) {
  frame(GLFW_KEY_TAB);
  key_event(GLFW_KEY_LEFT_SHIFT, GLFW_PRESS, GLFW_MOD_SHIFT);
  key_event(GLFW_KEY_TAB, GLFW_PRESS, GLFW_MOD_SHIFT);
  key_event(GLFW_KEY_TAB, GLFW_RELEASE, GLFW_MOD_SHIFT);
  key_event(GLFW_KEY_LEFT_SHIFT, GLFW_RELEASE);
  const auto [pressed, shift] = frame(GLFW_KEY_TAB);
  EXPECT_TRUE(pressed);
  EXPECT_TRUE(shift);
  EXPECT_FALSE(frame(GLFW_KEY_TAB).second) << "shift is let go afterwards";
}

TEST_F(KeyLatchTest, AHeldKeyIsLeftAlone) {
  frame(GLFW_KEY_DOWN);
  key_event(GLFW_KEY_DOWN, GLFW_PRESS);
  EXPECT_TRUE(frame(GLFW_KEY_DOWN).first);
  frame(GLFW_KEY_DOWN);
  EXPECT_TRUE(ImGui::GetIO().KeysDown[GLFW_KEY_DOWN]) << "still held";
  key_event(GLFW_KEY_DOWN, GLFW_RELEASE);
  frame(GLFW_KEY_DOWN);
  EXPECT_FALSE(ImGui::GetIO().KeysDown[GLFW_KEY_DOWN]);
}

TEST_F(KeyLatchTest, OutOfRangeKeysAreIgnored) {
  latch_.on_key(-1, GLFW_PRESS, 0);  // GLFW_KEY_UNKNOWN
  latch_.on_key(100000, GLFW_PRESS, 0);
  frame(GLFW_KEY_TAB);
  const ImGuiIO& io = ImGui::GetIO();
  EXPECT_EQ(std::count(std::begin(io.KeysDown), std::end(io.KeysDown), true), 0);
}

}  // namespace
}  // namespace kitbag
