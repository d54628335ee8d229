// PNG decoding and encoding through real files: round trips, refusals, and messages that name the file.
#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "platform/fakes/temp_dir.h"
#include "platform/png_codec.h"
#include "tests/support/contains.h"

namespace kitbag {
namespace {

using test::Contains;

// Every pixel different, with partial alpha, so a swapped channel or row shows up.
Image gradient(int width, int height) {
  Image image{width, height, {}};
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      image.rgba.push_back(static_cast<std::uint8_t>(x * 20));
      image.rgba.push_back(static_cast<std::uint8_t>(y * 30));
      image.rgba.push_back(static_cast<std::uint8_t>(255 - x * 10 - y * 5));
      image.rgba.push_back(static_cast<std::uint8_t>(128 + x + y));
    }
  }
  return image;
}

std::vector<std::uint8_t> read_bytes(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::uint32_t crc32(const std::vector<std::uint8_t>& bytes) {
  std::uint32_t crc = 0xFFFFFFFFu;
  for (std::uint8_t byte : bytes) {
    crc ^= byte;
    for (int bit = 0; bit < 8; ++bit) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

void put_be32(std::vector<std::uint8_t>& out, std::uint32_t value) {
  for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<std::uint8_t>(value >> shift));
}

// The PNG signature and an IHDR chunk: enough for the header check, no pixel data.
std::vector<std::uint8_t> png_header(std::uint32_t width, std::uint32_t height) {
  std::vector<std::uint8_t> png = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  std::vector<std::uint8_t> chunk = {'I', 'H', 'D', 'R'};
  put_be32(chunk, width);
  put_be32(chunk, height);
  chunk.insert(chunk.end(), {8, 6, 0, 0, 0});  // 8-bit RGBA, deflate, no filter, no interlace
  put_be32(png, 13);
  png.insert(png.end(), chunk.begin(), chunk.end());
  put_be32(png, crc32(chunk));  // the CRC covers the type and the data, not the length
  return png;
}

TEST(PngCodecTest, Crc32MatchesTheKnownCheckValue) {
  // The standard CRC-32 check value, so the crafted header below really carries a correct CRC.
  EXPECT_EQ(crc32({'1', '2', '3', '4', '5', '6', '7', '8', '9'}), 0xCBF43926u);
}

TEST(PngCodecTest, WrittenFileReadsBackWithTheSameSizeAndPixels) {
  TempDir dir;
  const auto file = dir.path() / "picture.png";
  const Image original = gradient(7, 5);

  const auto written = write_png_file(file, original);
  ASSERT_TRUE(written.ok()) << written.error();
  auto read = read_png_file(file);
  ASSERT_TRUE(read.ok()) << read.error();

  EXPECT_EQ(read.value().width, 7);
  EXPECT_EQ(read.value().height, 5);
  EXPECT_EQ(read.value().rgba, original.rgba);
}

TEST(PngCodecTest, EmptyBytesFailNamingTheSource) {
  auto decoded = decode_png({}, "empty-thing.png");
  ASSERT_FALSE(decoded.ok());
  EXPECT_TRUE(Contains(decoded.error(), "empty-thing.png"));
}

TEST(PngCodecTest, NonPngBytesFailNamingTheSource) {
  std::vector<std::uint8_t> noise(256);
  std::uint32_t state = 12345;
  for (auto& byte : noise) {
    state = state * 1664525u + 1013904223u;
    byte = static_cast<std::uint8_t>(state >> 24);
  }
  auto decoded = decode_png(noise, "noise.png");
  ASSERT_FALSE(decoded.ok());
  EXPECT_TRUE(Contains(decoded.error(), "noise.png"));
}

TEST(PngCodecTest, TruncatedPngFailsNamingTheSource) {
  TempDir dir;
  const auto file = dir.path() / "whole.png";
  ASSERT_TRUE(write_png_file(file, gradient(16, 16)).ok());
  auto bytes = read_bytes(file);
  ASSERT_GT(bytes.size(), 40u);
  bytes.resize(40);

  auto decoded = decode_png(bytes, "cut-short.png");
  ASSERT_FALSE(decoded.ok());
  EXPECT_TRUE(Contains(decoded.error(), "cut-short.png"));
}

TEST(PngCodecTest, MissingFileFailsNamingThePath) {
  TempDir dir;
  const auto file = dir.path() / "not-here.png";
  auto read = read_png_file(file);
  ASSERT_FALSE(read.ok());
  EXPECT_TRUE(Contains(read.error(), file.string()));
}

TEST(PngCodecTest, PictureLargerThanTheLimitIsRefusedMentioningTheLimit) {
  auto decoded = decode_png(png_header(5000, 5000), "huge.png");
  ASSERT_FALSE(decoded.ok());
  EXPECT_TRUE(Contains(decoded.error(), "huge.png"));
  EXPECT_TRUE(Contains(decoded.error(), std::to_string(kMaxImageSide)));
}

TEST(PngCodecTest, PictureAtTheLimitPassesTheSizeCheck) {
  // Same crafted header at exactly 4096: it must get past the size check and fail only for the
  // missing pixel data, which shows the refusal above is about size and not about the crafting.
  auto decoded = decode_png(png_header(4096, 4096), "edge.png");
  ASSERT_FALSE(decoded.ok());
  EXPECT_TRUE(Contains(decoded.error(), "edge.png"));
  EXPECT_FALSE(Contains(decoded.error(), "largest allowed"));
}

TEST(PngCodecTest, WritingIntoAMissingFolderFailsNamingTheFile) {
  TempDir dir;
  const auto file = dir.path() / "no-such-folder" / "out.png";
  const auto written = write_png_file(file, gradient(4, 4));
  ASSERT_FALSE(written.ok());
  EXPECT_TRUE(Contains(written.error(), file.string()));
  EXPECT_FALSE(std::filesystem::exists(file));
}

}  // namespace
}  // namespace kitbag
