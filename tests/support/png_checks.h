// Checks on screenshots: the size asked for, and a real picture rather than one flat colour.
#pragma once

#include <cstdint>

#include "platform/image.h"

namespace kitbag::test {

// How many distinct colours the picture uses (sampled), a cheap sign it shows something.
int distinct_colours(const Image& image);
// The colour at (x, y), as 0xRRGGBB.
std::uint32_t pixel(const Image& image, int x, int y);

}  // namespace kitbag::test
