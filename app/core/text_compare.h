// Comparing names the way people type them: ASCII letters without regard to case.
#pragma once

#include <string_view>

namespace kitbag {

bool equal_ignoring_case(std::string_view a, std::string_view b);

}  // namespace kitbag
