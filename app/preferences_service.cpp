#include "app/preferences_service.h"

namespace kitbag {

PreferencesService::PreferencesService(const std::optional<std::filesystem::path>& data_dir, Notices& notices)
    : notices_(notices) {
  if (!data_dir) return;
  file_.emplace(*data_dir);
  ReadPreferences read = file_->load();
  current_ = read.preferences;
  std::string detail;
  for (const auto* lines : {&read.problems, &read.notes})
    for (const std::string& line : *lines) detail += (detail.empty() ? "" : "\n") + line;
  if (!detail.empty())
    notices_.add(
        {read.problems.empty() ? "Some settings are from a newer version" : "Some settings could not be read",
         detail});
}

void PreferencesService::change(const Preferences& next) {
  if (next == current_) return;
  current_ = next;
  if (!file_) return;
  if (auto saved = file_->save(current_); !saved)
    notices_.add({"A setting could not be saved", saved.error() + "\nIt is used until Kitbag closes."});
}

}  // namespace kitbag
