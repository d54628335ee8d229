// The real window under a private Xvfb: size, pixels read back, and waking from other threads.
#include <gtest/gtest.h>
#include <imgui.h>

#include <chrono>
#include <cstdlib>
#include <thread>

#include "app/ui/imgui_session.h"
#include "platform/glfw_window.h"
#include "tests/support/png_checks.h"
#include "tests/support/xvfb_server.h"

namespace kitbag {
namespace {

class GlfwWindowTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(test::shared_display().ok()) << test::shared_display().problem(); }

  std::unique_ptr<Window> open(WindowSize size, std::uint32_t background = 0x336699) {
    WindowConfig config;
    config.size = size;
    config.background_rgb = background;
    auto window = open_glfw_window(config);
    EXPECT_TRUE(window.ok()) << (window.ok() ? "" : window.error());
    if (!window.ok()) return nullptr;
    EXPECT_TRUE(window.value()->attach_imgui().ok());
    return std::move(window).value();
  }

  ui::ImGuiSession imgui_;
};

TEST_F(GlfwWindowTest, OpensAtTheRequestedSize) {
  auto window = open({640, 480});
  ASSERT_NE(window, nullptr);
  EXPECT_EQ(window->framebuffer_size(), (WindowSize{640, 480}));
  EXPECT_FLOAT_EQ(window->content_scale(), 1.0f);
  EXPECT_FALSE(window->should_close());
  EXPECT_FALSE(window->minimised());
}

TEST_F(GlfwWindowTest, ReadsBackWhatWasDrawn) {
  auto window = open({320, 240});
  ASSERT_NE(window, nullptr);
  ImGui::GetIO().Fonts->Build();
  window->begin_frame();
  ImGui::NewFrame();
  ImGui::GetBackgroundDrawList()->AddRectFilled(ImVec2(0, 0), ImVec2(160, 240), IM_COL32(200, 40, 20, 255));
  ImGui::Render();
  window->render_frame();
  const Image frame = window->read_frame();
  window->present();

  ASSERT_EQ(frame.width, 320);
  ASSERT_EQ(frame.height, 240);
  EXPECT_EQ(test::pixel(frame, 40, 200), 0xC82814u) << "left half is the rectangle";
  EXPECT_EQ(test::pixel(frame, 280, 200), 0x336699u) << "right half is the background it was given";
  EXPECT_EQ(frame.rgba[3], 255) << "screenshots are opaque";
}

TEST_F(GlfwWindowTest, AnotherThreadWakesAWaitingLoop) {
  auto window = open({320, 240});
  ASSERT_NE(window, nullptr);
  std::thread waker([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    window->wake();
  });
  const auto start = std::chrono::steady_clock::now();
  window->wait_events(std::chrono::seconds(20));  // without the wake this sleeps 20 s
  const auto waited = std::chrono::steady_clock::now() - start;
  waker.join();
  EXPECT_LT(waited, std::chrono::seconds(10));
}

TEST_F(GlfwWindowTest, CloseCanBeRequestedFromAnotherThread) {
  auto window = open({320, 240});
  ASSERT_NE(window, nullptr);
  std::thread closer([&] {
    window->request_close();
    window->wake();
  });
  closer.join();
  EXPECT_TRUE(window->should_close());
}

TEST_F(GlfwWindowTest, NoDisplayIsAClearError) {
  const std::string display = std::getenv("DISPLAY");
  unsetenv("DISPLAY");
  auto window = open_glfw_window(WindowConfig{});
  setenv("DISPLAY", display.c_str(), 1);
  ASSERT_FALSE(window.ok());
  EXPECT_NE(window.error().find("DISPLAY"), std::string::npos) << window.error();
  EXPECT_NE(window.error().find("graphical desktop"), std::string::npos) << window.error();
}

}  // namespace
}  // namespace kitbag
