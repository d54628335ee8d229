// The words the app shows, in the chosen language: each phrase from that language's pack, or
// from English where the translation has none yet, or at worst the key itself (which the
// language checks catch long before a person does).
#pragma once

#include <initializer_list>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "app/core/i18n/language_pack.h"

namespace kitbag {

// {name} → value, e.g. {{"name", "Sam"}}.
using PhraseArgs = std::initializer_list<std::pair<std::string_view, std::string>>;

class Strings {
 public:
  Strings() = default;  // knows no phrase: every lookup gives back its key
  Strings(LanguagePack english, LanguagePack chosen);

  // The chosen language's code ("cy"); "en" when English was chosen or nothing was loaded.
  const std::string& code() const { return chosen_.code; }

  const std::string& text(std::string_view key) const;
  std::string format(std::string_view key, PhraseArgs args) const;
  // The form of `key` for `n` in the chosen language, with {n} (and any `args`) filled in.
  std::string count(std::string_view key, long long n, PhraseArgs args = {}) const;

  bool has(std::string_view key) const;
  // Keys asked for that neither language has: a bug, listed by the checks and the UI tests.
  std::vector<std::string> missing() const;

 private:
  const Phrase* find(std::string_view key) const;  // chosen first, then English
  const std::string& note_missing(std::string_view key) const;

  LanguagePack english_;
  LanguagePack chosen_{.code = "en", .phrases = {}};
  mutable std::mutex missing_mutex_;
  mutable std::set<std::string, std::less<>> missing_;  // a set: its strings never move
};

std::string fill_placeholders(std::string text, PhraseArgs args);

}  // namespace kitbag
