#include "platform/asset_locator.h"

#include <system_error>

namespace kitbag {

std::filesystem::path executable_directory() {
  std::error_code error;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error) return {};
  return exe.parent_path();
}

AssetLocator AssetLocator::standard(const Environment& env) {
  if (auto override_dir = env("KITBAG_ASSETS_DIR"))
    return AssetLocator({std::filesystem::path(*override_dir)});
  std::vector<std::filesystem::path> roots;
  if (auto exe_dir = executable_directory(); !exe_dir.empty()) roots.push_back(exe_dir / "assets");
  roots.emplace_back(KITBAG_SOURCE_ASSETS_DIR);
  roots.emplace_back(KITBAG_INSTALLED_ASSETS_DIR);
  return AssetLocator(std::move(roots));
}

Result<std::filesystem::path> AssetLocator::find(const std::string& relative) const {
  std::string tried;
  for (const auto& root : roots_) {
    auto candidate = root / relative;
    std::error_code error;
    if (std::filesystem::is_regular_file(candidate, error)) return candidate;
    tried += "\n  " + candidate.string();
  }
  return Error{relative + " was not found. Looked in:" + tried};
}

}  // namespace kitbag
