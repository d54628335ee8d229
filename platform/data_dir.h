// Where this device keeps its local data, and making sure only its owner can read it.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "app/core/result.h"
#include "platform/environment.h"

namespace kitbag {

// --data-dir, then KITBAG_DATA_DIR, then $XDG_DATA_HOME/kitbag, then ~/.local/share/kitbag.
Result<std::filesystem::path> choose_data_dir(const std::optional<std::string>& from_command_line,
                                              const Environment& env);

// The data directory, existing and owner-only (0700) once opened.
class DataDir {
 public:
  // Creates the directory and any missing parents, each owner-only (0700) whatever the umask;
  // an existing directory keeps its permissions.
  static Result<DataDir> open(const std::filesystem::path& root);

  const std::filesystem::path& root() const { return root_; }
  std::filesystem::path file(const std::string& name) const { return root_ / name; }

 private:
  explicit DataDir(std::filesystem::path root) : root_(std::move(root)) {}
  std::filesystem::path root_;
};

}  // namespace kitbag
