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

namespace {

template <class Matches>
Result<std::filesystem::path> search(const std::vector<std::filesystem::path>& roots, const std::string& relative,
                                     Matches matches) {
  std::string tried;
  for (const auto& root : roots) {
    auto candidate = root / relative;
    std::error_code error;
    if (matches(candidate, error)) return candidate;
    tried += "\n  " + candidate.string();
  }
  return Error{relative + " was not found. Looked in:" + tried};
}

}  // namespace

Result<std::filesystem::path> AssetLocator::find(const std::string& relative) const {
  return search(roots_, relative, [](const auto& path, auto& error) { return std::filesystem::is_regular_file(path, error); });
}

Result<std::filesystem::path> AssetLocator::find_folder(const std::string& relative) const {
  return search(roots_, relative, [](const auto& path, auto& error) { return std::filesystem::is_directory(path, error); });
}

}  // namespace kitbag
