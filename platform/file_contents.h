// Reading a whole file into memory, with a ceiling so a wrong or hostile file cannot exhaust
// memory, and errors that name the file.
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

#include "app/core/result.h"

namespace kitbag {

Result<std::vector<std::uint8_t>> read_file(const std::filesystem::path& file, std::uintmax_t max_bytes);

}  // namespace kitbag
