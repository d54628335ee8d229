#include "platform/file_contents.h"

#include <fstream>
#include <iterator>
#include <system_error>

namespace kitbag {

Result<std::vector<std::uint8_t>> read_file(const std::filesystem::path& file, std::uintmax_t max_bytes) {
  std::error_code error;
  const auto status = std::filesystem::status(file, error);
  if (!std::filesystem::exists(status)) return Error{file.string() + ": no such file"};
  if (!std::filesystem::is_regular_file(status)) return Error{file.string() + ": not a file"};
  const auto size = std::filesystem::file_size(file, error);
  if (error) return Error{file.string() + ": " + error.message()};
  if (size > max_bytes)
    return Error{file.string() + ": the file is too large (" + std::to_string(size) + " bytes; at most " +
                 std::to_string(max_bytes) + ")"};
  std::ifstream in(file, std::ios::binary);
  if (!in) return Error{file.string() + ": cannot be opened for reading"};
  std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Error{file.string() + ": cannot be read"};
  return bytes;
}

}  // namespace kitbag
