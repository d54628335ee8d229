// The card-art tool on real manifests and the real emoji font: what the PNGs hold, and loud refusals.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <string>

#include "platform/fakes/temp_dir.h"
#include "platform/png_codec.h"
#include "tests/support/contains.h"
#include "tests/support/process.h"

namespace kitbag::test {
namespace {

struct Rgba {
  int r, g, b, a;
};

Rgba at(const Image& image, int x, int y) {
  const auto* p = &image.rgba[(static_cast<std::size_t>(y) * image.width + x) * 4];
  return {p[0], p[1], p[2], p[3]};
}

class RenderEmojiArt : public ::testing::Test {
 protected:
  ProcessResult run(const std::string& pictures_json) {
    const auto manifest = scratch_.write(
        "emoji-art.json", R"({"schema": 1, "source": "test", "pictures": )" + pictures_json + "}");
    return run_manifest(manifest);
  }
  ProcessResult run_manifest(const std::filesystem::path& manifest) {
    manifest_ = manifest.string();
    return run_process({KITBAG_RENDER_EMOJI_ART, "--manifest", manifest_, "--font", KITBAG_EMOJI_FONT,
                        "--out", out_dir().string()});
  }
  std::filesystem::path out_dir() const { return scratch_.path() / "art"; }
  Image picture(const std::string& name) {
    auto image = read_png_file(out_dir() / (name + ".png"));
    EXPECT_TRUE(image.ok()) << image.error();
    return image.ok() ? image.value() : Image{};
  }

  TempDir scratch_;
  std::string manifest_;
};

TEST_F(RenderEmojiArt, WritesSquareColourPicturesOnATransparentCanvas) {
  const auto result = run(R"({"owl": "1F989", "face-happy": "1F600", "heart-red": "2764"})");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  for (const std::string name : {"owl", "face-happy", "heart-red"}) {
    SCOPED_TRACE(name);
    const Image image = picture(name);
    ASSERT_FALSE(image.empty());
    EXPECT_EQ(image.width, image.height);
    EXPECT_GE(image.width, 128) << "the font's own strike, not a shrunken copy";
    const int last = image.width - 1;
    for (auto [x, y] : {std::pair{0, 0}, {last, 0}, {0, last}, {last, last}}) EXPECT_EQ(at(image, x, y).a, 0);
    // The middle half of each side: the body of the picture, not a single pixel that may be an eye.
    int opaque = 0;
    int coloured = 0;
    const int from = image.width / 4;
    const int to = image.width - from;
    for (int y = from; y < to; ++y) {
      for (int x = from; x < to; ++x) {
        const Rgba p = at(image, x, y);
        if (p.a != 255) continue;
        ++opaque;
        if (std::max({p.r, p.g, p.b}) - std::min({p.r, p.g, p.b}) > 60) ++coloured;  // not grey, not black
      }
    }
    const int middle = (to - from) * (to - from);
    EXPECT_GT(opaque, middle * 9 / 10);
    EXPECT_GT(coloured, middle / 2);
  }
}

// A red heart turned blue or a yellow face turned cyan would mean BGRA was taken for RGBA.
TEST_F(RenderEmojiArt, ColoursKeepTheirChannelOrder) {
  ASSERT_EQ(run(R"({"heart-red": "2764", "face-happy": "1F600"})").exit_code, 0);
  const Image heart = picture("heart-red");
  const Rgba red = at(heart, heart.width / 2, heart.height / 2);
  EXPECT_GT(red.r, 180);
  EXPECT_LT(red.g, 100);
  EXPECT_LT(red.b, 100);
  const Image face = picture("face-happy");
  const Rgba yellow = at(face, face.width / 4, face.height / 2);
  EXPECT_GT(yellow.r, 180);
  EXPECT_GT(yellow.g, 150);
  EXPECT_LT(yellow.b, 100);
}

// Premultiplied colour can never exceed its alpha; straight colour at a soft edge does.
TEST_F(RenderEmojiArt, SoftEdgesAreStraightAlphaNotPremultiplied) {
  ASSERT_EQ(run(R"({"heart-red": "2764"})").exit_code, 0);
  const Image heart = picture("heart-red");
  int soft = 0;
  int brighter_than_alpha = 0;
  for (int y = 0; y < heart.height; ++y) {
    for (int x = 0; x < heart.width; ++x) {
      const Rgba p = at(heart, x, y);
      if (p.a == 0 || p.a == 255) continue;
      ++soft;
      if (std::max({p.r, p.g, p.b}) > p.a) ++brighter_than_alpha;
    }
  }
  EXPECT_GT(soft, 20) << "the edges are anti-aliased";
  EXPECT_GT(brighter_than_alpha, soft / 2);
}

TEST_F(RenderEmojiArt, DifferentEmojiGiveDifferentPictures) {
  ASSERT_EQ(run(R"({"owl": "1F989", "face-happy": "1F600"})").exit_code, 0);
  const Image owl = picture("owl");
  const Image face = picture("face-happy");
  ASSERT_EQ(owl.rgba.size(), face.rgba.size());
  int differing = 0;
  for (std::size_t i = 0; i < owl.rgba.size(); i += 4)
    if (!std::equal(&owl.rgba[i], &owl.rgba[i] + 4, &face.rgba[i])) ++differing;
  EXPECT_GT(differing, static_cast<int>(owl.rgba.size() / 4 / 4));
}

TEST_F(RenderEmojiArt, ACodePointMissingFromTheFontIsNamed) {
  const auto result = run(R"({"owl": "1F989", "private-use": "E000", "beyond": "10FFFD", "space": "20"})");
  EXPECT_NE(result.exit_code, 0);
  EXPECT_TRUE(Contains(result.err, manifest_ + ": picture 'private-use' (\"E000\"): not in the font"));
  EXPECT_TRUE(Contains(result.err, "picture 'beyond'"));
  EXPECT_TRUE(Contains(result.err, "picture 'space' (\"20\"): the font"));  // a glyph with no picture
  EXPECT_FALSE(Contains(result.err, "'owl'"));
}

TEST_F(RenderEmojiArt, ANameThatCannotBeAFileNameIsRefused) {
  const auto result = run(R"({"Owl Big": "1F989"})");
  EXPECT_NE(result.exit_code, 0);
  EXPECT_TRUE(Contains(result.err, manifest_ + ": picture 'Owl Big'"));
  EXPECT_FALSE(std::filesystem::exists(out_dir() / "Owl Big.png"));
}

TEST_F(RenderEmojiArt, ACodePointThatIsNotHexIsRefused) {
  for (const std::string bad : {R"("owl")", R"("U+1F989")", R"("")", R"("110000")", "129417"}) {
    const auto result = run(R"({"owl": )" + bad + "}");
    EXPECT_NE(result.exit_code, 0) << bad;
    EXPECT_TRUE(Contains(result.err, manifest_ + ": picture 'owl'"));
  }
}

TEST_F(RenderEmojiArt, ANameListedTwiceIsRefused) {
  const auto result = run(R"({"owl": "1F989", "owl": "1F600"})");
  EXPECT_NE(result.exit_code, 0);
  EXPECT_TRUE(Contains(result.err, "'owl' is listed more than once"));
}

TEST_F(RenderEmojiArt, BadJsonNamesTheManifest) {
  const auto result =
      run_manifest(scratch_.write("broken.json", R"({"schema": 1, "pictures": {"owl": "1F989",}})"));
  EXPECT_NE(result.exit_code, 0);
  EXPECT_TRUE(Contains(result.err, manifest_ + ": not valid JSON"));
}

TEST_F(RenderEmojiArt, AnotherSchemaIsRefused) {
  const auto result = run_manifest(scratch_.write("v2.json", R"({"schema": 2, "pictures": {}})"));
  EXPECT_NE(result.exit_code, 0);
  EXPECT_TRUE(Contains(result.err, manifest_ + ": expected an object with \"schema\": 1"));
}

TEST_F(RenderEmojiArt, AMissingFontIsNamed) {
  const auto manifest = scratch_.write("m.json", R"({"schema": 1, "pictures": {"owl": "1F989"}})");
  const auto result = run_process({KITBAG_RENDER_EMOJI_ART, "--manifest", manifest.string(), "--font",
                                   "/no/such/font.ttf", "--out", out_dir().string()});
  EXPECT_NE(result.exit_code, 0);
  EXPECT_TRUE(Contains(result.err, "/no/such/font.ttf"));
}

TEST_F(RenderEmojiArt, AnUnknownOptionPrintsUsage) {
  const auto result = run_process({KITBAG_RENDER_EMOJI_ART, "--manifets", "x"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_TRUE(Contains(result.err, "Usage: render_emoji_art"));
}

}  // namespace
}  // namespace kitbag::test
