// Where this device keeps its local data, and making sure only its owner can read it.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "app/core/result.h"
#include "platform/environment.h"

namespace kitbag {

struct DataDirChoice {
  std::filesystem::path path;
  bool chosen_by_user = false;  // from --data-dir or KITBAG_DATA_DIR, rather than the default
};

// --data-dir, then KITBAG_DATA_DIR, then $XDG_DATA_HOME/kitbag, then ~/.local/share/kitbag.
Result<DataDirChoice> choose_data_dir(const std::optional<std::string>& from_command_line,
                                      const Environment& env);

// The data directory, existing and owner-only (0700) once opened.
class DataDir {
 public:
  // What to do with the permissions of a directory that already exists.
  enum class Existing {
    Keep,         // a folder the user chose keeps what they gave it
    MakePrivate,  // the app's own default folder is made owner-only, as if just created
  };

  // Creates the directory and any missing parents, each owner-only (0700) whatever the umask.
  static Result<DataDir> open(const std::filesystem::path& root, Existing existing = Existing::Keep);

  const std::filesystem::path& root() const { return root_; }
  std::filesystem::path file(const std::string& name) const { return root_ / name; }

 private:
  explicit DataDir(std::filesystem::path root) : root_(std::move(root)) {}
  std::filesystem::path root_;
};

}  // namespace kitbag
