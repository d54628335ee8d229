// The bundled typeface, and what happens when its files are missing or broken.
#include "app/ui/fonts.h"

#include <gtest/gtest.h>

#include "app/ui/imgui_session.h"
#include "platform/fakes/temp_dir.h"

namespace kitbag {
namespace {

class FontsTest : public ::testing::Test {
 protected:
  ui::Fonts build(const std::vector<std::filesystem::path>& roots, float scale = 1.0f,
                  ui::Typeface typeface = ui::Typeface::Usual) {
    locator_ = std::make_unique<AssetLocator>(roots);
    library_ = std::make_unique<ui::FontLibrary>(*locator_);
    return library_->build(*ImGui::GetIO().Fonts, scale, notices_, typeface);
  }
  std::filesystem::path source_assets() const { return std::filesystem::path(KITBAG_SOURCE_DIR) / "assets"; }
  // Where the build copies OpenDyslexic from Debian's package.
  std::filesystem::path build_assets() const { return KITBAG_BUILD_ASSETS_DIR; }

  ui::ImGuiSession imgui_;
  Notices notices_;
  std::unique_ptr<AssetLocator> locator_;
  std::unique_ptr<ui::FontLibrary> library_;
};

TEST_F(FontsTest, TheBundledTypefaceLoadsAtEverySize) {
  const ui::Fonts fonts = build({source_assets()});
  EXPECT_TRUE(notices_.empty()) << notices_.all().front().detail;
  EXPECT_EQ(fonts.typeface, "Andika");
  EXPECT_TRUE(ImGui::GetIO().Fonts->IsBuilt());
  EXPECT_FLOAT_EQ(fonts.small->FontSize, ui::kSmallSize);
  EXPECT_FLOAT_EQ(fonts.body->FontSize, ui::kBodySize);
  EXPECT_FLOAT_EQ(fonts.label->FontSize, ui::kLabelSize);
  EXPECT_FLOAT_EQ(fonts.title->FontSize, ui::kTitleSize);
}

TEST_F(FontsTest, WelshAndPolishLettersAreThere) {
  const ui::Fonts fonts = build({source_assets()});
  for (ImWchar letter : {0x0175 /*ŵ*/, 0x0177 /*ŷ*/, 0x1E81 /*ẁ*/, 0x0142 /*ł*/, 0x017C /*ż*/, 0x2019 /*’*/})
    EXPECT_NE(fonts.body->FindGlyphNoFallback(letter), nullptr) << std::hex << letter;
}

TEST_F(FontsTest, EasyReadLettersAreOpenDyslexicWithWelshAndPolishToo) {
  const ui::Fonts usual = build({source_assets(), build_assets()});
  const float usual_width = usual.body->CalcTextSizeA(usual.body->FontSize, 1e9f, 0, "Tell me about it").x;
  const ui::Fonts fonts = build({source_assets(), build_assets()}, 1.0f, ui::Typeface::EasyRead);
  EXPECT_TRUE(notices_.empty()) << notices_.all().front().detail;
  EXPECT_EQ(fonts.typeface, "OpenDyslexic");
  EXPECT_FLOAT_EQ(fonts.body->FontSize, ui::kBodySize);
  for (ImWchar letter : {0x0175 /*ŵ*/, 0x0177 /*ŷ*/, 0x1E81 /*ẁ*/, 0x0142 /*ł*/, 0x017C /*ż*/, 0x2019 /*’*/})
    EXPECT_NE(fonts.body->FindGlyphNoFallback(letter), nullptr) << std::hex << letter;
  const float width = fonts.body->CalcTextSizeA(fonts.body->FontSize, 1e9f, 0, "Tell me about it").x;
  EXPECT_NE(width, usual_width) << "really another typeface";
}

TEST_F(FontsTest, EasyReadLettersMissingAreNamedAndAndikaStandsIn) {
  TempDir assets;
  std::filesystem::create_directories(assets.path() / "fonts");
  for (const char* file : {"fonts/Andika-Regular.ttf", "fonts/Andika-Bold.ttf"})
    std::filesystem::copy_file(source_assets() / file, assets.path() / file);
  const ui::Fonts fonts = build({assets.path()}, 1.0f, ui::Typeface::EasyRead);
  ASSERT_EQ(notices_.all().size(), 2u) << "one for regular, one for bold";
  EXPECT_NE(notices_.all()[0].detail.find("OpenDyslexic-Regular.otf"), std::string::npos);
  EXPECT_NE(notices_.all()[0].detail.find("using Andika instead"), std::string::npos) << notices_.all()[0].detail;
  EXPECT_EQ(fonts.typeface, "Andika");
}

TEST_F(FontsTest, SizesFollowTheScale) {
  const ui::Fonts fonts = build({source_assets()}, 2.0f);
  EXPECT_FLOAT_EQ(fonts.body->FontSize, 2 * ui::kBodySize);
}

TEST_F(FontsTest, MissingFilesGiveANoticeWithEveryPathAndAPlainFallback) {
  TempDir empty_a;
  TempDir empty_b;
  const ui::Fonts fonts = build({empty_a.path(), empty_b.path()});
  ASSERT_EQ(notices_.all().size(), 2u) << "one for regular, one for bold";
  const std::string& detail = notices_.all().front().detail;
  EXPECT_NE(detail.find((empty_a.path() / "fonts/Andika-Regular.ttf").string()), std::string::npos) << detail;
  EXPECT_NE(detail.find((empty_b.path() / "fonts/Andika-Regular.ttf").string()), std::string::npos) << detail;
  EXPECT_EQ(fonts.typeface, "ProggyClean");
  ASSERT_NE(fonts.body, nullptr);
  EXPECT_TRUE(ImGui::GetIO().Fonts->IsBuilt());
}

TEST_F(FontsTest, ABrokenFileIsNamedAndTheRestStillLoads) {
  TempDir assets;
  assets.write("fonts/Andika-Regular.ttf", "this is not a font at all, just words");
  std::filesystem::copy_file(source_assets() / "fonts/Andika-Bold.ttf",
                             assets.path() / "fonts/Andika-Bold.ttf");
  const ui::Fonts fonts = build({assets.path()});
  ASSERT_EQ(notices_.all().size(), 1u);
  const std::string& detail = notices_.all().front().detail;
  EXPECT_NE(detail.find((assets.path() / "fonts/Andika-Regular.ttf").string()), std::string::npos) << detail;
  EXPECT_NE(detail.find("not a font file"), std::string::npos) << detail;
  EXPECT_TRUE(ImGui::GetIO().Fonts->IsBuilt());
  EXPECT_NE(fonts.title, nullptr);
}

TEST_F(FontsTest, AnEmptyFileIsNamed) {
  TempDir assets;
  assets.write("fonts/Andika-Regular.ttf", "");
  assets.write("fonts/Andika-Bold.ttf", "");
  build({assets.path()});
  ASSERT_EQ(notices_.all().size(), 2u);
  EXPECT_NE(notices_.all().front().detail.find("empty"), std::string::npos) << notices_.all().front().detail;
}

}  // namespace
}  // namespace kitbag

namespace kitbag {
namespace {

// No ImGui context exists in these tests, as in main() while the window opens.
TEST(BackgroundFontBuild, BuildsTheAtlasAndItsPixelsOffTheMainThread) {
  AssetLocator assets({std::filesystem::path(KITBAG_SOURCE_DIR) / "assets"});
  ui::FontLibrary library(assets);
  ImFontAtlas atlas;
  ui::BackgroundFontBuild build(library, atlas, 1.5f, ui::Typeface::Usual);
  const ui::PreparedFonts prepared = build.finish();
  EXPECT_TRUE(atlas.IsBuilt());
  EXPECT_NE(atlas.TexPixelsRGBA32, nullptr) << "ready for upload, so the first frame need not convert it";
  EXPECT_FLOAT_EQ(prepared.scale, 1.5f);
  EXPECT_FLOAT_EQ(prepared.fonts.body->FontSize, 1.5f * ui::kBodySize);
  EXPECT_TRUE(prepared.notices.empty());
}

TEST(BackgroundFontBuild, KeepsItsNoticesForTheMainThread) {
  TempDir empty;
  AssetLocator assets({empty.path()});
  ui::FontLibrary library(assets);
  ImFontAtlas atlas;
  const ui::PreparedFonts prepared = ui::BackgroundFontBuild(library, atlas, 1.0f, ui::Typeface::Usual).finish();
  ASSERT_EQ(prepared.notices.size(), 2u);
  EXPECT_NE(prepared.notices[0].detail.find("Andika-Regular.ttf"), std::string::npos);
  EXPECT_TRUE(atlas.IsBuilt()) << "the plain fallback";
}

}  // namespace
}  // namespace kitbag
