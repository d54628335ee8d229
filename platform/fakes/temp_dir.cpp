#include "platform/fakes/temp_dir.h"

#include <stdlib.h>

#include <fstream>
#include <stdexcept>

namespace kitbag {

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "kitbag-test-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed for " + pattern);
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

std::filesystem::path TempDir::write(const std::string& relative, const std::string& contents) const {
  auto file = path_ / relative;
  std::filesystem::create_directories(file.parent_path());
  std::ofstream out(file, std::ios::binary);
  out << contents;
  return file;
}

}  // namespace kitbag
