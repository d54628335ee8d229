// One language's words: every phrase the screens and the shipped cards and stories show, read
// from the JSON files in assets/lang/<code>/. A phrase is plain text or, where it counts
// something, one text per plural form. Placeholders are written {name}.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "app/core/i18n/plural_rules.h"

namespace kitbag {

inline constexpr int kLanguageSchemaVersion = 1;

struct Phrase {
  std::string text;                          // when the phrase counts nothing
  std::map<PluralForm, std::string> counted;  // when it does: "one" → "{n} minute", ...
  bool is_counted() const { return !counted.empty(); }
};

struct LanguagePack {
  std::string code;
  std::map<std::string, Phrase, std::less<>> phrases;
  const Phrase* find(std::string_view key) const;
};

struct LanguageLoad {
  LanguagePack pack;
  std::vector<std::string> problems;  // each names the file and the key at fault
};

// Adds one file's phrases (`{"schema": 1, "language": "cy", "strings": {...}}`) to `into`.
// A bad phrase is reported and left out; the rest still load. A key an earlier file already
// gave is reported and the first kept.
void read_language_file(std::string_view json_text, std::string_view source, LanguageLoad& into);

// The {name}s a text asks to be filled in, in order of first appearance.
std::vector<std::string> placeholders_in(std::string_view text);

}  // namespace kitbag
