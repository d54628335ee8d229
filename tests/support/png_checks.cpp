#include "tests/support/png_checks.h"

#include <set>

namespace kitbag::test {

int distinct_colours(const Image& image) {
  std::set<std::uint32_t> colours;
  for (int y = 0; y < image.height; y += 3)
    for (int x = 0; x < image.width; x += 3) colours.insert(pixel(image, x, y));
  return static_cast<int>(colours.size());
}

std::uint32_t pixel(const Image& image, int x, int y) {
  const std::size_t at = (static_cast<std::size_t>(y) * image.width + x) * 4;
  return (std::uint32_t{image.rgba[at]} << 16) | (std::uint32_t{image.rgba[at + 1]} << 8) |
         image.rgba[at + 2];
}

}  // namespace kitbag::test
