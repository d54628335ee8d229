// Reading and writing PNG files. Decoding accepts PNG only and refuses pictures larger than
// kMaxImageSide, so a hostile or broken file cannot make the app allocate gigabytes.
#pragma once

#include <cstdint>
#include <filesystem>
#include <span>
#include <string_view>
#include <vector>

#include "app/core/result.h"
#include "platform/image.h"

namespace kitbag {

inline constexpr int kMaxImageSide = 4096;

Result<Image> decode_png(std::span<const std::uint8_t> bytes, std::string_view name_for_messages);
Result<Image> read_png_file(const std::filesystem::path& file);
Result<std::vector<std::uint8_t>> encode_png(const Image& image);
// Written atomically and owner-only (see write_file_atomically).
Status write_png_file(const std::filesystem::path& file, const Image& image);

}  // namespace kitbag
