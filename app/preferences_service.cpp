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

void PreferencesService::use_language_for_this_run(std::string code) {
  if (!saved_language_) saved_language_ = current_.language;
  current_.language = std::move(code);
}

void PreferencesService::choose_language(const std::string& code) {
  Preferences next = current_;
  next.language = code;
  if (saved_language_) {
    saved_language_.reset();
    current_.language.clear();  // so the change below is one, and is saved
  }
  change(next);
}

void PreferencesService::change(const Preferences& next) {
  if (next == current_) return;
  if (saved_language_ && next.language != current_.language) saved_language_.reset();
  current_ = next;
  if (!file_) return;
  Preferences to_save = current_;
  if (saved_language_) to_save.language = *saved_language_;
  if (auto saved = file_->save(to_save); !saved)
    notices_.add({"A setting could not be saved", saved.error() + "\nIt is used until Kitbag closes."});
}

}  // namespace kitbag
