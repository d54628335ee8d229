// A fresh directory for one test, removed afterwards: the stand-in for the data directory and
// for asset folders with broken files in them.
#pragma once

#include <filesystem>
#include <string>

namespace kitbag {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  // Writes `contents` to `relative` (creating folders) and returns its full path.
  std::filesystem::path write(const std::string& relative, const std::string& contents) const;

 private:
  std::filesystem::path path_;
};

}  // namespace kitbag
