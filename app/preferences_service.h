// This device's Preferences as the screens and the loop see them: read once at start from the
// data folder, changed from Settings, saved at once. Without a data folder they still change,
// for this run only. A file that cannot be read or saved is a notice naming it; nothing stops.
#pragma once

#include <filesystem>
#include <optional>

#include "app/core/notices.h"
#include "app/core/preferences.h"
#include "platform/preferences_file.h"

namespace kitbag {

class PreferencesService {
 public:
  PreferencesService(const std::optional<std::filesystem::path>& data_dir, Notices& notices);

  const Preferences& current() const { return current_; }
  // Takes effect from the next frame; saved now.
  void change(const Preferences& next);
  // --lang: this run speaks `code` without changing the language saved for the next; choosing a
  // language in Settings ends it.
  void use_language_for_this_run(std::string code);
  // A language chosen in Settings: saved, and the end of any language --lang gave this run, even
  // when it is the same one.
  void choose_language(const std::string& code);
  // As change(), for this run only: nothing is saved (a test's own starting point).
  void change_for_this_run(const Preferences& next) { current_ = next; }

 private:
  Notices& notices_;
  std::optional<PreferencesFile> file_;
  Preferences current_;
  std::optional<std::string> saved_language_;  // while a language is used for this run only
};

}  // namespace kitbag
