#include "platform/file_contents.h"

#include <chrono>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
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

Result<std::string> read_text_file(const std::filesystem::path& file, std::uintmax_t max_bytes) {
  auto bytes = read_file(file, max_bytes);
  if (!bytes) return Error{bytes.error()};
  return std::string(bytes.value().begin(), bytes.value().end());
}

Status write_file_atomically(const std::filesystem::path& file, std::string_view contents) {
  auto failed = [&](const char* what) {
    return Error{file.string() + ": " + what + " (" + std::strerror(errno) + ")"};
  };
  const std::filesystem::path temporary = file.string() + ".saving-" + std::to_string(::getpid());
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return failed("cannot be written");
  std::size_t written = 0;
  while (written < contents.size()) {
    const ssize_t n = ::write(fd, contents.data() + written, contents.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      auto error = failed("could not be saved, is the disk full?");
      ::close(fd);
      ::unlink(temporary.c_str());
      return error;
    }
    written += static_cast<std::size_t>(n);
  }
  // The data reaches the disk before the rename makes it the file, or a power cut could leave it empty.
  const bool synced = ::fsync(fd) == 0;
  const bool closed = ::close(fd) == 0;
  if (!synced || !closed) {
    auto error = failed("could not be saved");
    ::unlink(temporary.c_str());
    return error;
  }
  if (::rename(temporary.c_str(), file.c_str()) != 0) {
    auto error = failed("could not be replaced");
    ::unlink(temporary.c_str());
    return error;
  }
  return ok_status();
}

std::string unused_file_name(const std::filesystem::path& folder, const std::string& stem,
                             const std::string& extension) {
  std::error_code error;
  std::string name = stem + extension;
  for (int n = 2; std::filesystem::exists(folder / name, error); ++n)
    name = stem + "-" + std::to_string(n) + extension;
  return name;
}

std::string file_timestamp() {
  const auto seconds =
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch());
  return std::to_string(seconds.count());
}

Status keep_damaged_file_aside(const std::filesystem::path& file) {
  const std::filesystem::path folder = file.parent_path();
  const std::filesystem::path kept =
      folder / unused_file_name(folder, file.stem().string() + ".damaged-" + file_timestamp(),
                                file.extension().string());
  std::error_code error;
  std::filesystem::rename(file, kept, error);
  if (error && std::filesystem::exists(file))
    return Error{file.string() + ": the damaged file could not be kept aside (" + error.message() +
                 "), so nothing was saved over it"};
  return ok_status();
}

}  // namespace kitbag
