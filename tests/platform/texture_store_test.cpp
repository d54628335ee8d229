// Pictures uploaded to a real OpenGL context (under a private Xvfb) and drawn back.
#include <gtest/gtest.h>
#include <imgui.h>

#include "platform/fakes/fake_texture_store.h"
#include "platform/fakes/temp_dir.h"
#include "platform/gl_texture_store.h"
#include "platform/png_codec.h"
#include "tests/support/png_checks.h"
#include "tests/support/real_window_test.h"

namespace kitbag {
namespace {

Image solid(int width, int height, std::uint8_t r, std::uint8_t g, std::uint8_t b) {
  Image image{width, height, {}};
  for (int i = 0; i < width * height; ++i) image.rgba.insert(image.rgba.end(), {r, g, b, 255});
  return image;
}

class TextureStoreTest : public test::RealWindowTest {
 protected:
  void SetUp() override {
    RealWindowTest::SetUp();
    window_ = open_window(WindowSize{640, 480});
    ASSERT_NE(window_, nullptr);
  }
  void TearDown() override { window_.reset(); }

  std::unique_ptr<Window> window_;
  GlTextureStore store_;
};

TEST_F(TextureStoreTest, AnUploadedPictureIsWhatGetsDrawn) {
  TempDir dir;
  const auto file = dir.path() / "green.png";
  ASSERT_TRUE(write_png_file(file, solid(8, 8, 30, 160, 60)).ok());
  auto texture = store_.load_png(file);
  ASSERT_TRUE(texture.ok()) << texture.error();
  EXPECT_NE(texture.value().id, 0u);
  EXPECT_EQ(texture.value().width, 8);
  EXPECT_EQ(texture.value().height, 8);

  window_->begin_frame();
  ImGui::NewFrame();
  ImGui::GetBackgroundDrawList()->AddImage(reinterpret_cast<ImTextureID>(texture.value().id), ImVec2(0, 0),
                                           ImVec2(640, 480));
  ImGui::Render();
  window_->render_frame();
  const Image frame = window_->read_frame();
  EXPECT_EQ(test::pixel(frame, 320, 240), 0x1EA03Cu);
  store_.release(texture.value());
}

TEST_F(TextureStoreTest, ABrokenFileIsRefusedWithItsName) {
  TempDir dir;
  const auto file = dir.write("broken.png", "\x89PNG\r\n\x1a\n this is not really a picture");
  auto texture = store_.load_png(file);
  ASSERT_FALSE(texture.ok());
  EXPECT_NE(texture.error().find("broken.png"), std::string::npos) << texture.error();
}

TEST(FakeTextureStoreTest, CountsLiveTexturesAndRefusesEmptyPictures) {
  FakeTextureStore store;
  auto a = store.upload(solid(2, 2, 1, 2, 3));
  auto b = store.upload(solid(4, 1, 1, 2, 3));
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_NE(a.value().id, b.value().id);
  EXPECT_EQ(store.live_count(), 2u);
  store.release(a.value());
  EXPECT_EQ(store.live_count(), 1u);
  EXPECT_FALSE(store.upload(Image{}).ok());
}

}  // namespace
}  // namespace kitbag
