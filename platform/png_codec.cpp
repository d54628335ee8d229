#include "platform/png_codec.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <utility>

#include "platform/file_contents.h"

// Debian's libstb is built with every decoder; this private copy of the implementation (static
// functions only, so no symbol clashes with libstb) is cut down to PNG with a size cap.
#define STB_IMAGE_STATIC
#define STB_IMAGE_IMPLEMENTATION
#define STBI_ONLY_PNG
#define STBI_NO_STDIO
#define STBI_MAX_DIMENSIONS 4096
#define STB_IMAGE_WRITE_STATIC
#define STB_IMAGE_WRITE_IMPLEMENTATION
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wmissing-declarations"
#pragma GCC diagnostic ignored "-Wcast-qual"
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#include <stb_image.h>
#include <stb_image_write.h>
#pragma GCC diagnostic pop

static_assert(STBI_MAX_DIMENSIONS == kitbag::kMaxImageSide);

namespace kitbag {
namespace {

// The size a PNG header declares, read before stb (which refuses oversized pictures without
// saying why), so the message can say what the limit is.
std::optional<std::pair<std::uint32_t, std::uint32_t>> declared_size(std::span<const std::uint8_t> bytes) {
  static constexpr std::uint8_t kSignature[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  if (bytes.size() < 24 || !std::equal(std::begin(kSignature), std::end(kSignature), bytes.begin()))
    return std::nullopt;
  if (!std::equal(bytes.begin() + 12, bytes.begin() + 16, "IHDR")) return std::nullopt;
  auto big_endian = [&](std::size_t at) {
    return (std::uint32_t{bytes[at]} << 24) | (std::uint32_t{bytes[at + 1]} << 16) |
           (std::uint32_t{bytes[at + 2]} << 8) | std::uint32_t{bytes[at + 3]};
  };
  return std::pair{big_endian(16), big_endian(20)};
}

}  // namespace

Result<Image> decode_png(std::span<const std::uint8_t> bytes, std::string_view name) {
  const std::string where(name);
  if (bytes.empty()) return Error{where + ": the file is empty"};
  if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
    return Error{where + ": the file is too large"};

  if (auto size = declared_size(bytes); size && (size->first > static_cast<std::uint32_t>(kMaxImageSide) ||
                                                 size->second > static_cast<std::uint32_t>(kMaxImageSide)))
    return Error{where + ": the picture is " + std::to_string(size->first) + "x" +
                 std::to_string(size->second) + " pixels; the largest allowed is " +
                 std::to_string(kMaxImageSide) + " on each side"};

  const auto length = static_cast<int>(bytes.size());
  int width = 0;
  int height = 0;
  int channels = 0;
  if (!stbi_info_from_memory(bytes.data(), length, &width, &height, &channels))
    return Error{where + ": not a readable PNG image (" + stbi_failure_reason() + ")"};

  stbi_uc* pixels = stbi_load_from_memory(bytes.data(), length, &width, &height, &channels, 4);
  if (pixels == nullptr) {
    const std::string reason = stbi_failure_reason() ? stbi_failure_reason() : "";
    return Error{where + ": the PNG image is damaged" + (reason.empty() ? "" : " (" + reason + ")")};
  }

  Image image;
  image.width = width;
  image.height = height;
  image.rgba.assign(pixels, pixels + static_cast<std::size_t>(width) * height * 4);
  stbi_image_free(pixels);
  return image;
}

Result<Image> read_png_file(const std::filesystem::path& file) {
  // The largest honest PNG of the largest allowed picture stays well below this.
  auto bytes = read_file(file, 256u * 1024 * 1024);
  if (!bytes) return Error{bytes.error()};
  return decode_png(bytes.value(), file.string());
}

Result<std::vector<std::uint8_t>> encode_png(const Image& image) {
  if (image.empty() || image.rgba.size() != static_cast<std::size_t>(image.width) * image.height * 4)
    return Error{"there is no picture to save"};
  std::vector<std::uint8_t> bytes;
  auto append = [](void* context, void* data, int size) {
    auto* out = static_cast<std::vector<std::uint8_t>*>(context);
    const auto* from = static_cast<const std::uint8_t*>(data);
    out->insert(out->end(), from, from + size);
  };
  if (!stbi_write_png_to_func(append, &bytes, image.width, image.height, 4, image.rgba.data(),
                              image.width * 4))
    return Error{"the picture could not be encoded"};
  return bytes;
}

Status write_png_file(const std::filesystem::path& file, const Image& image) {
  auto bytes = encode_png(image);
  if (!bytes) return Error{file.string() + ": " + bytes.error()};
  const auto& data = bytes.value();
  return write_file_atomically(file,
                               std::string_view(reinterpret_cast<const char*>(data.data()), data.size()));
}

}  // namespace kitbag
