// The real window under a private Xvfb: size, pixels read back, and waking from other threads.
#include <gtest/gtest.h>
#include <imgui.h>

#include <chrono>
#include <cstdlib>
#include <thread>

#include "tests/support/png_checks.h"
#include "tests/support/real_window_test.h"
#include "tests/support/xvfb_server.h"

namespace kitbag {
namespace {

class GlfwWindowTest : public test::RealWindowTest {
 protected:
  std::unique_ptr<Window> open(std::optional<WindowSize> size) { return open_window(size); }
};

TEST_F(GlfwWindowTest, OpensAtTheRequestedSize) {
  auto window = open(WindowSize{640, 480});
  ASSERT_NE(window, nullptr);
  EXPECT_EQ(window->framebuffer_size(), (WindowSize{640, 480}));
  EXPECT_FLOAT_EQ(window->content_scale(), 1.0f);
  EXPECT_FALSE(window->should_close());
  EXPECT_FALSE(window->minimised());
}

TEST_F(GlfwWindowTest, ReadsBackWhatWasDrawn) {
  auto window = open(WindowSize{640, 480});
  ASSERT_NE(window, nullptr);
  window->begin_frame();
  ImGui::NewFrame();
  ImGui::GetBackgroundDrawList()->AddRectFilled(ImVec2(0, 0), ImVec2(320, 480), IM_COL32(200, 40, 20, 255));
  ImGui::Render();
  window->render_frame();
  const Image frame = window->read_frame();
  window->present();

  ASSERT_EQ(frame.width, 640);
  ASSERT_EQ(frame.height, 480);
  EXPECT_EQ(test::pixel(frame, 40, 200), 0xC82814u) << "left half is the rectangle";
  EXPECT_EQ(test::pixel(frame, 600, 200), 0x336699u) << "right half is the background it was given";
  EXPECT_EQ(frame.rgba[3], 255) << "screenshots are opaque";
}

TEST_F(GlfwWindowTest, AnotherThreadWakesAWaitingLoop) {
  auto window = open(WindowSize{640, 480});
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

TEST_F(GlfwWindowTest, ThePlanMatchesTheWindowThatOpens) {
  // Without --size the window fits the monitor (Xvfb's 1280x800 here), and the fonts are built
  // ahead for the plan: it must be what the window really is.
  const WindowPlan plan = display_->plan(WindowConfig{});
  EXPECT_FLOAT_EQ(plan.content_scale, 1.0f);
  EXPECT_LE(plan.framebuffer.width, 1280);
  EXPECT_LE(plan.framebuffer.height, 800);
  auto window = open(std::nullopt);
  ASSERT_NE(window, nullptr);
  EXPECT_EQ(window->framebuffer_size(), plan.framebuffer);
  EXPECT_EQ(display_->plan(WindowConfig{.size = WindowSize{700, 500}}).framebuffer, (WindowSize{700, 500}));
}

// No fixture: GLFW must not already be connected, or it would not try again.
TEST(GlfwDisplayTest, NoDisplayIsAClearError) {
  ASSERT_TRUE(test::shared_display().ok());
  const std::string display = std::getenv("DISPLAY");
  unsetenv("DISPLAY");
  auto connected = GlfwDisplay::connect();
  setenv("DISPLAY", display.c_str(), 1);
  ASSERT_FALSE(connected.ok());
  EXPECT_NE(connected.error().find("DISPLAY"), std::string::npos) << connected.error();
  EXPECT_NE(connected.error().find("graphical desktop"), std::string::npos) << connected.error();
}

}  // namespace
}  // namespace kitbag
