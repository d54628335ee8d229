// The repository's language checks as functions of a folder, so the shipped-files test runs them
// on assets/lang and app/ while their own test runs them on small trees with deliberate faults.
#pragma once

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "app/core/i18n/language_pack.h"

namespace kitbag::test {

struct LanguageFolder {
  LanguageLoad load;  // every file's phrases, read in name order as the app reads them
  std::map<std::string, std::set<std::string>> keys_by_file;  // "app.json" → the keys it gave
};

// <lang_root>/<code>/*.json. A key given by two files is a problem naming both.
LanguageFolder read_language_folder(const std::filesystem::path& lang_root, std::string_view code);

// English reads without a problem and every counted phrase has "one" and "other".
std::vector<std::string> check_english_folder(const LanguageFolder& english);

// A translation reads without a problem, check_against_english finds nothing, and each of its
// files has a name English uses and only keys English keeps in that file.
std::vector<std::string> check_translation_folder(const LanguageFolder& english, const LanguageFolder& other);

// Folders under `lang_root` that kLanguages does not list: a language the app cannot choose.
std::vector<std::string> unlisted_language_folders(const std::filesystem::path& lang_root);

struct KeyUse {
  std::string key;
  std::string file;
  int line = 0;
};

// Each tr("key"...) and tr_count("key"...) in `source`, comments left out; `file` names it.
std::vector<KeyUse> keys_asked_for_in(std::string_view source, const std::string& file);
// The same over every .cpp and .h under `code_root`.
std::vector<KeyUse> keys_asked_for(const std::filesystem::path& code_root);

// "app/ui/x.cpp:12: tr(\"no.such.key\") is not in English", one for each use English lacks.
std::vector<std::string> uses_english_lacks(const LanguagePack& english, const std::vector<KeyUse>& uses);

// How many of English's phrases `other` has no text for (English is shown for those).
std::size_t phrases_lacking(const LanguagePack& english, const LanguagePack& other);

}  // namespace kitbag::test
