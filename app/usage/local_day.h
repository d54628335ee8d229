// Today's date where the device is, "2026-12-02": the only time a count carries.
#pragma once

#include <chrono>
#include <string>

namespace kitbag {

std::string local_day(std::chrono::system_clock::time_point when = std::chrono::system_clock::now());

}  // namespace kitbag
