#include "platform/preferences_file.h"

#include <system_error>

#include "platform/file_contents.h"

namespace kitbag {
namespace {

constexpr std::uintmax_t kMaxPreferencesBytes = 64 * 1024;

}  // namespace

ReadPreferences PreferencesFile::load() {
  keep_damaged_file_ = false;
  std::error_code error;
  if (!std::filesystem::exists(file_, error)) return {};
  auto text = read_text_file(file_, kMaxPreferencesBytes);
  ReadPreferences read;
  if (text)
    read = preferences_from_json(text.value(), file_.string());
  else
    read.problems.push_back(text.error());
  if (!read.problems.empty()) {
    keep_damaged_file_ = true;
    read.problems.push_back("the file is left as it is; before a setting is next saved it is kept as " +
                            (file_.parent_path() / "preferences.damaged-<time>.json").string());
  }
  return read;
}

Status PreferencesFile::save(const Preferences& preferences) {
  if (keep_damaged_file_) {
    if (auto kept = keep_damaged_file_aside(file_); !kept) return kept;
    keep_damaged_file_ = false;
  }
  return write_file_atomically(file_, preferences_to_json(preferences));
}

}  // namespace kitbag
