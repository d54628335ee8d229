// Finds the app's files (fonts, pictures, sounds) in an ordered list of assets folders, and when
// one is missing says every path it tried.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "app/core/result.h"
#include "platform/environment.h"

namespace kitbag {

class AssetLocator {
 public:
  // KITBAG_ASSETS_DIR alone when set; otherwise assets/ next to the binary, the source tree's
  // assets/ (for a build that has not been installed), then the install prefix's share/kitbag/assets.
  static AssetLocator standard(const Environment& env);

  explicit AssetLocator(std::vector<std::filesystem::path> roots) : roots_(std::move(roots)) {}

  const std::vector<std::filesystem::path>& roots() const { return roots_; }
  // `relative` is like "fonts/Andika-Regular.ttf".
  Result<std::filesystem::path> find(const std::string& relative) const;
  // The first folder called `relative` ("lang/cy"), searched in the same order.
  Result<std::filesystem::path> find_folder(const std::string& relative) const;

 private:
  std::vector<std::filesystem::path> roots_;
};

std::filesystem::path executable_directory();

}  // namespace kitbag
