// Reading a whole file into memory, with a ceiling so a wrong or hostile file cannot exhaust
// memory, and errors that name the file.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "app/core/result.h"

namespace kitbag {

Result<std::vector<std::uint8_t>> read_file(const std::filesystem::path& file, std::uintmax_t max_bytes);
Result<std::string> read_text_file(const std::filesystem::path& file, std::uintmax_t max_bytes);

// Replaces `file` with `contents` so that a crash or a full disk leaves either the old file or
// the new one, never half of each. The file is owner-only (0600).
Status write_file_atomically(const std::filesystem::path& file, std::string_view contents);

// "stem.ext" in `folder`, or "stem-2.ext", "stem-3.ext"... whichever no file has yet, so
// nothing already there is ever overwritten (a damaged file kept aside, an imported picture).
std::string unused_file_name(const std::filesystem::path& folder, const std::string& stem,
                             const std::string& extension);
// Seconds since 1970, for the names of files kept aside: sorts in time order, says nothing else.
std::string file_timestamp();

// Moves a damaged `file` aside, next to it, as "<stem>.damaged-<time><extension>" (never over
// another file), so a save can never lose what it held. A file already gone is no problem.
Status keep_damaged_file_aside(const std::filesystem::path& file);

}  // namespace kitbag
