// A fixture for platform tests that need a real window: GLFW connected to the shared private
// Xvfb, an ImGui context, and windows opened with ImGui attached.
#pragma once

#include <gtest/gtest.h>
#include <imgui.h>

#include <memory>

#include "app/ui/imgui_session.h"
#include "platform/glfw_window.h"
#include "tests/support/xvfb_server.h"

namespace kitbag::test {

class RealWindowTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(shared_display().ok()) << shared_display().problem();
    auto connected = GlfwDisplay::connect();
    ASSERT_TRUE(connected.ok()) << connected.error();
    display_ = std::move(connected).value();
    ImGui::GetIO().Fonts->Build();
  }

  // Null (and a test failure) if it cannot be opened.
  std::unique_ptr<Window> open_window(std::optional<WindowSize> size, std::uint32_t background = 0x336699) {
    WindowConfig config;
    config.size = size;
    config.background_rgb = background;
    auto window = display_->open_window(config);
    EXPECT_TRUE(window.ok()) << (window.ok() ? "" : window.error());
    if (!window.ok()) return nullptr;
    EXPECT_TRUE(window.value()->attach_imgui().ok());
    return std::move(window).value();
  }

  ui::ImGuiSession imgui_;
  std::unique_ptr<GlfwDisplay> display_;  // windows must be gone before this is
};

}  // namespace kitbag::test
