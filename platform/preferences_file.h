// Where this device's Preferences live: <data>/preferences.json, owner-only, replaced whole on
// every change. Loading only reads: a damaged file is left as it is (what could be read is used)
// and moved aside by the first save, as the own-cards file is.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "app/core/preferences.h"
#include "app/core/result.h"

namespace kitbag {

class PreferencesFile {
 public:
  explicit PreferencesFile(const std::filesystem::path& data_root) : file_(data_root / "preferences.json") {}

  // A missing file is the standard settings, with no problem.
  ReadPreferences load();
  Status save(const Preferences& preferences);
  const std::filesystem::path& file() const { return file_; }

 private:
  std::filesystem::path file_;
  bool keep_damaged_file_ = false;
};

}  // namespace kitbag
