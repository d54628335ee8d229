// A decoded picture in memory: 8-bit RGBA rows, top row first.
#pragma once

#include <cstdint>
#include <vector>

namespace kitbag {

struct Image {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> rgba;

  bool empty() const { return width <= 0 || height <= 0; }
};

}  // namespace kitbag
