#include "tests/core/i18n/language_tree_check.h"

#include <algorithm>
#include <regex>

#include "app/core/i18n/language_check.h"
#include "app/core/i18n/languages.h"
#include "tests/support/file_search.h"

namespace kitbag::test {
namespace {

namespace fs = std::filesystem;

void append(std::vector<std::string>& to, const std::vector<std::string>& more) {
  to.insert(to.end(), more.begin(), more.end());
}

std::vector<fs::path> files_in(const fs::path& folder, const std::vector<std::string>& extensions) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(folder))
    if (entry.is_regular_file() &&
        std::find(extensions.begin(), extensions.end(), entry.path().extension()) != extensions.end())
      files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

bool is_identifier_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// In 1'000'000 the quote separates digits; it opens no character literal.
bool is_digit_separator(std::string_view text, std::size_t quote) {
  std::size_t start = quote;
  while (start > 0 &&
         (is_identifier_char(text[start - 1]) || text[start - 1] == '\'' || text[start - 1] == '.'))
    --start;
  return start < quote && text[start] >= '0' && text[start] <= '9';
}

// R"( at `at`, alone or after u8, u, U or L.
bool opens_raw_string(std::string_view text, std::size_t at) {
  if (text[at] != 'R' || at + 1 >= text.size() || text[at + 1] != '"') return false;
  const char before = at > 0 ? text[at - 1] : '\n';
  return !is_identifier_char(before) || std::string_view("8LuU").find(before) != std::string_view::npos;
}

// Moves `at` past the literal opened at `at` (a string, character or raw string literal).
std::size_t skip_literal(std::string_view text, std::size_t at) {
  if (text[at] == 'R') {
    const std::size_t open = text.find('(', at + 2);
    if (open == std::string_view::npos) return text.size();
    const std::string close = ")" + std::string(text.substr(at + 2, open - at - 2)) + "\"";
    const std::size_t end = text.find(close, open);
    return end == std::string_view::npos ? text.size() : end + close.size();
  }
  const char quote = text[at];
  for (std::size_t i = at + 1; i < text.size(); ++i) {
    if (text[i] == '\\')
      ++i;
    else if (text[i] == quote || text[i] == '\n')
      return i + 1;
  }
  return text.size();
}

// `source` with every comment blanked out, keeping line breaks so lines still count right: a
// comment that shows how tr() is called is not the code asking for a key.
std::string without_comments(std::string_view source) {
  std::string code(source);
  std::size_t i = 0;
  auto blank_until = [&](std::size_t end) {
    for (; i < end && i < code.size(); ++i)
      if (code[i] != '\n') code[i] = ' ';
  };
  while (i < code.size()) {
    const char next = i + 1 < code.size() ? code[i + 1] : '\0';
    if (code[i] == '/' && next == '/') {
      blank_until(code.find('\n', i));
    } else if (code[i] == '/' && next == '*') {
      const std::size_t end = code.find("*/", i + 2);
      blank_until(end == std::string::npos ? code.size() : end + 2);
    } else if (opens_raw_string(code, i)) {
      i = skip_literal(code, i);
    } else if (code[i] == '"' || (code[i] == '\'' && !is_digit_separator(code, i))) {
      i = skip_literal(code, i);
    } else {
      ++i;
    }
  }
  return code;
}

}  // namespace

LanguageFolder read_language_folder(const fs::path& lang_root, std::string_view code) {
  LanguageFolder folder;
  folder.load.pack.code = std::string(code);
  const fs::path dir = lang_root / code;
  if (!fs::is_directory(dir)) {
    folder.load.problems.push_back(dir.string() + ": no such folder");
    return folder;
  }
  std::map<std::string, std::string, std::less<>> file_of_key;
  for (const fs::path& file : files_in(dir, {".json"})) {
    const std::string name = file.filename().string();
    auto& keys = folder.keys_by_file[name];  // a file with no phrases is still a file
    // Each file on its own, so a key two files give can be reported naming both.
    LanguageLoad one;
    one.pack.code = folder.load.pack.code;
    read_language_file(read_bytes(file), file.string(), one);
    append(folder.load.problems, one.problems);
    for (auto& [key, phrase] : one.pack.phrases) {
      if (const auto earlier = file_of_key.find(key); earlier != file_of_key.end()) {
        folder.load.problems.push_back(file.string() + ": \"" + key + "\" is also in " + earlier->second +
                                       "; a key belongs in one file of a language");
        continue;
      }
      file_of_key.emplace(key, name);
      keys.insert(key);
      folder.load.pack.phrases.emplace(key, std::move(phrase));
    }
  }
  return folder;
}

std::vector<std::string> check_english_folder(const LanguageFolder& english) {
  std::vector<std::string> problems = english.load.problems;
  append(problems, check_english(english.load.pack));
  return problems;
}

std::vector<std::string> check_translation_folder(const LanguageFolder& english,
                                                  const LanguageFolder& other) {
  std::vector<std::string> problems = other.load.problems;
  append(problems, check_against_english(english.load.pack, other.load.pack));
  std::map<std::string, std::string, std::less<>> english_file_of;
  for (const auto& [file, keys] : english.keys_by_file)
    for (const auto& key : keys) english_file_of.emplace(key, file);
  for (const auto& [file, keys] : other.keys_by_file) {
    const std::string where = other.load.pack.code + "/" + file;
    if (!english.keys_by_file.contains(file)) {
      problems.push_back(where + ": English has no file of that name");
      continue;
    }
    for (const auto& key : keys)
      if (const auto found = english_file_of.find(key);
          found != english_file_of.end() && found->second != file)
        problems.push_back(where + ": \"" + key + "\" is in English's " + found->second +
                           "; each file holds the same keys in every language");
  }
  return problems;
}

std::vector<std::string> unlisted_language_folders(const fs::path& lang_root) {
  std::vector<std::string> unlisted;
  for (const auto& entry : fs::directory_iterator(lang_root))
    if (entry.is_directory() && find_language(entry.path().filename().string()) == nullptr)
      unlisted.push_back(entry.path().string());
  std::sort(unlisted.begin(), unlisted.end());
  return unlisted;
}

std::vector<KeyUse> keys_asked_for_in(std::string_view source, const std::string& file) {
  // The literal key may follow on the next line when the call is wrapped. Only a whole literal
  // is a key: tr("ideas." + tool) builds one, which the UI tests cover instead.
  static const std::regex kCall(R"(tr(?:_count)?\s*\(\s*"([^"\n]*)\"\s*[,)])");
  const std::string code = without_comments(source);
  std::vector<KeyUse> uses;
  for (std::size_t at = code.find("tr"); at != std::string::npos; at = code.find("tr", at + 2)) {
    if (at > 0 && is_identifier_char(code[at - 1])) continue;  // substr(, c_str(
    std::cmatch call;
    if (!std::regex_search(code.data() + at, code.data() + code.size(), call, kCall,
                           std::regex_constants::match_continuous))
      continue;
    const auto key_at = at + static_cast<std::size_t>(call.position(1));
    const auto line = 1 + std::count(code.begin(), code.begin() + static_cast<std::ptrdiff_t>(key_at), '\n');
    uses.push_back({call[1].str(), file, static_cast<int>(line)});
  }
  return uses;
}

std::vector<KeyUse> keys_asked_for(const fs::path& code_root) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(code_root))
    if (entry.is_regular_file() && (entry.path().extension() == ".cpp" || entry.path().extension() == ".h"))
      files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  std::vector<KeyUse> uses;
  for (const fs::path& file : files) {
    auto found = keys_asked_for_in(read_bytes(file), file.string());
    uses.insert(uses.end(), found.begin(), found.end());
  }
  return uses;
}

std::vector<std::string> uses_english_lacks(const LanguagePack& english, const std::vector<KeyUse>& uses) {
  std::vector<std::string> problems;
  for (const KeyUse& use : uses)
    if (english.find(use.key) == nullptr)
      problems.push_back(use.file + ":" + std::to_string(use.line) + ": \"" + use.key +
                         "\" is asked for but English does not have it");
  return problems;
}

std::size_t phrases_lacking(const LanguagePack& english, const LanguagePack& other) {
  return static_cast<std::size_t>(
      std::count_if(english.phrases.begin(), english.phrases.end(),
                    [&](const auto& entry) { return other.find(entry.first) == nullptr; }));
}

}  // namespace kitbag::test
