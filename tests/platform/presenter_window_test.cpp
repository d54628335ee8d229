// The presenter view's window under a private Xvfb: it opens beside the main window, shows a
// picture drawn in the main window's ImGui frame (so the font atlas, which every filled shape
// samples, is shared), reads it back, is closed by the desktop without the main window
// noticing, and leaves the main window drawing as before.
#include "platform/presenter_window.h"

#include <gtest/gtest.h>
#include <imgui.h>

#include <chrono>
#include <thread>

#include "tests/support/png_checks.h"
#include "tests/support/real_window_test.h"
#include "tests/support/x11_window_close.h"

namespace kitbag {
namespace {

using namespace std::chrono_literals;

class PresenterWindowTest : public test::RealWindowTest {
 protected:
  // A picture of its own, made as ui::PresenterView makes one: a draw list outside ImGui's
  // windows, on the shared atlas.
  ImDrawData& picture_of(ImU32 left, ImU32 right, ImVec2 size) {
    list_ = std::make_unique<ImDrawList>(ImGui::GetDrawListSharedData());
    list_->_ResetForNewFrame();
    list_->PushTextureID(ImGui::GetIO().Fonts->TexID);
    list_->PushClipRect(ImVec2(0, 0), size);
    list_->AddRectFilled(ImVec2(0, 0), ImVec2(size.x / 2, size.y), left);
    list_->AddRectFilled(ImVec2(size.x / 2, 0), size, right);
    list_->PopClipRect();
    list_->PopTextureID();
    lists_[0] = list_.get();
    data_ = ImDrawData();
    data_.Valid = true;
    data_.CmdLists = lists_;
    data_.CmdListsCount = 1;
    data_.TotalVtxCount = list_->VtxBuffer.Size;
    data_.TotalIdxCount = list_->IdxBuffer.Size;
    data_.DisplaySize = size;
    data_.FramebufferScale = ImVec2(1, 1);
    return data_;
  }

  // One frame of the main window, a rectangle on its left half, read back.
  Image main_frame(Window& window) {
    window.begin_frame();
    ImGui::NewFrame();
    ImGui::GetBackgroundDrawList()->AddRectFilled(ImVec2(0, 0), ImVec2(320, 480), IM_COL32(200, 40, 20, 255));
    ImGui::Render();
    window.render_frame();
    Image frame = window.read_frame();
    window.present();
    return frame;
  }

  std::unique_ptr<ImDrawList> list_;
  ImDrawList* lists_[1] = {nullptr};
  ImDrawData data_;
};

PresenterConfig config(WindowSize size) {
  PresenterConfig config;
  config.title = "Presenter under test";
  config.size = size;
  config.background_rgb = 0x102030;
  return config;
}

TEST_F(PresenterWindowTest, ShowsAPictureDrawnInTheMainFrameWithTheSharedAtlas) {
  auto window = open_window(WindowSize{640, 480});
  ASSERT_NE(window, nullptr);
  main_frame(*window);  // the backend's shader, buffers and font texture exist from here
  auto opened = window->open_presenter(config({400, 300}));
  ASSERT_TRUE(opened.ok()) << opened.error();
  auto presenter = std::move(opened).value();
  EXPECT_EQ(presenter->size(), (WindowSize{400, 300}));
  EXPECT_FALSE(presenter->close_requested());

  Image shown;
  presenter->show(picture_of(IM_COL32(20, 160, 60, 255), IM_COL32(240, 200, 40, 255), ImVec2(400, 300)), &shown);
  ASSERT_EQ(shown.width, 400);
  ASSERT_EQ(shown.height, 300);
  EXPECT_EQ(test::pixel(shown, 50, 150), 0x14A03Cu) << "a filled shape samples the atlas: it is shared";
  EXPECT_EQ(test::pixel(shown, 350, 150), 0xF0C828u);

  const Image main = main_frame(*window);
  EXPECT_EQ(test::pixel(main, 40, 200), 0xC82814u) << "the main window draws on as before";
  EXPECT_EQ(test::pixel(main, 600, 200), 0x336699u);
}

TEST_F(PresenterWindowTest, TheDesktopsCloseButtonAsksOnlyThePresenterToClose) {
  auto window = open_window(WindowSize{640, 480});
  ASSERT_NE(window, nullptr);
  main_frame(*window);
  auto presenter = std::move(window->open_presenter(config({400, 300}))).value();
  presenter->show(picture_of(IM_COL32_WHITE, IM_COL32_BLACK, ImVec2(400, 300)));

  ASSERT_TRUE(test::close_window_titled(test::shared_display().display(), "Presenter under test"));
  bool seen = false;
  for (int i = 0; i < 100 && !presenter->close_requested(); ++i) seen |= window->wait_events(50ms);
  EXPECT_TRUE(presenter->close_requested());
  EXPECT_TRUE(seen) << "the main loop hears of it, to close it";
  EXPECT_FALSE(window->should_close()) << "the session goes on";

  presenter.reset();
  const Image main = main_frame(*window);
  EXPECT_EQ(test::pixel(main, 40, 200), 0xC82814u) << "closing it leaves the main window drawing";
}

TEST_F(PresenterWindowTest, OpensAgainAfterClosing) {
  auto window = open_window(WindowSize{640, 480});
  ASSERT_NE(window, nullptr);
  main_frame(*window);
  for (int round = 0; round < 3; ++round) {
    auto opened = window->open_presenter(config({320, 240}));
    ASSERT_TRUE(opened.ok()) << opened.error();
    Image shown;
    opened.value()->show(picture_of(IM_COL32(0, 0, 255, 255), IM_COL32(0, 0, 255, 255), ImVec2(320, 240)),
                         &shown);
    EXPECT_EQ(test::pixel(shown, 160, 120), 0x0000FFu) << "round " << round;
  }
  EXPECT_EQ(test::pixel(main_frame(*window), 40, 200), 0xC82814u);
}

}  // namespace
}  // namespace kitbag
