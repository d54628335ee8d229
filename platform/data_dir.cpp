#include "platform/data_dir.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>

namespace kitbag {

Result<DataDirChoice> choose_data_dir(const std::optional<std::string>& from_command_line,
                                      const Environment& env) {
  if (from_command_line && !from_command_line->empty()) return DataDirChoice{*from_command_line, true};
  if (auto dir = env("KITBAG_DATA_DIR")) return DataDirChoice{*dir, true};
  // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
  if (auto xdg = env("XDG_DATA_HOME"); xdg && xdg->starts_with('/'))
    return DataDirChoice{std::filesystem::path(*xdg) / "kitbag", false};
  if (auto home = env("HOME"))
    return DataDirChoice{std::filesystem::path(*home) / ".local" / "share" / "kitbag", false};
  return Error{
      "cannot tell where to keep local data: none of --data-dir, KITBAG_DATA_DIR, XDG_DATA_HOME or HOME is "
      "set"};
}

Result<DataDir> DataDir::open(const std::filesystem::path& requested, Existing existing) {
  // "/x/kitbag/" names the same folder as "/x/kitbag".
  std::filesystem::path root = requested.lexically_normal();
  if (!root.has_filename() && root.has_parent_path() && root != root.root_path()) root = root.parent_path();

  // Every folder this call creates, parents included, is owner-only: XDG asks for 0700 on a
  // missing data folder, and a parent others can write would let them swap ours out.
  bool created = false;
  std::filesystem::path prefix;
  for (const auto& part : root) {
    prefix /= part;
    created = ::mkdir(prefix.c_str(), 0700) == 0;
    if (!created && errno != EEXIST)
      return Error{"cannot create the data directory " + root.string() + ": " + prefix.string() + ": " +
                   std::strerror(errno)};
    // mkdir's mode passes through the umask; set it outright.
    if (created && ::chmod(prefix.c_str(), 0700) != 0)
      return Error{"cannot make " + prefix.string() + " private: " + std::strerror(errno)};
  }

  struct stat info {};
  if (::stat(root.c_str(), &info) != 0)
    return Error{"cannot read the data directory " + root.string() + ": " + std::strerror(errno)};
  if (!S_ISDIR(info.st_mode))
    return Error{"the data directory " + root.string() + " exists but is not a directory"};
  if (existing == Existing::MakePrivate && (info.st_mode & 0077) != 0 && ::chmod(root.c_str(), 0700) != 0)
    return Error{"cannot make the data directory " + root.string() + " private: " + std::strerror(errno)};
  return DataDir(root);
}

}  // namespace kitbag
