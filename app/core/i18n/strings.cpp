#include "app/core/i18n/strings.h"

#include "app/core/i18n/plural_rules.h"

namespace kitbag {
namespace {

const std::string* value_in(PhraseArgs args, std::string_view name) {
  for (const auto& [arg, value] : args)
    if (arg == name) return &value;
  return nullptr;
}

// One pass along `text`, so a value put in is never searched for placeholders itself: a name
// typed as "{org}" must show as typed, not as the organisation. `value_of` gives nullptr for a
// name it does not know, which is left as written.
template <class ValueOf>
std::string fill_in(std::string_view text, ValueOf value_of) {
  std::string filled;
  filled.reserve(text.size());
  std::size_t done = 0;
  for (std::size_t open = text.find('{'); open != std::string_view::npos; open = text.find('{', done)) {
    const std::size_t close = text.find('}', open);
    if (close == std::string_view::npos) break;
    const std::string* value = value_of(text.substr(open + 1, close - open - 1));
    if (value == nullptr) {
      // Not a known name: keep the brace and look again just after it, as in "{ {name}".
      filled.append(text.substr(done, open + 1 - done));
      done = open + 1;
      continue;
    }
    filled.append(text.substr(done, open - done)).append(*value);
    done = close + 1;
  }
  filled.append(text.substr(done));
  return filled;
}

}  // namespace

Strings::Strings(LanguagePack english, LanguagePack chosen)
    : english_(std::move(english)), chosen_(std::move(chosen)) {}

const Phrase* Strings::find(std::string_view key) const {
  if (const Phrase* phrase = chosen_.find(key)) return phrase;
  return english_.find(key);
}

bool Strings::has(std::string_view key) const {
  return find(key) != nullptr;
}

const std::string& Strings::note_missing(std::string_view key) const {
  const std::lock_guard lock(missing_mutex_);
  return *missing_.emplace(key).first;
}

const std::string& Strings::text(std::string_view key) const {
  const Phrase* phrase = find(key);
  if (phrase == nullptr) return note_missing(key);
  if (!phrase->is_counted()) return phrase->text;
  // Asked for as plain text: the general form is the best there is, and English's when the
  // chosen language has none (Polish counts with one, few and many only).
  for (const Phrase* candidate : {phrase, english_.find(key)})
    if (candidate != nullptr)
      if (const auto other = candidate->counted.find(PluralForm::Other); other != candidate->counted.end())
        return other->second;
  return phrase->counted.begin()->second;
}

std::string Strings::format(std::string_view key, PhraseArgs args) const {
  return fill_placeholders(text(key), args);
}

std::string Strings::count(std::string_view key, long long n, PhraseArgs args) const {
  const std::string number = std::to_string(n);
  auto fill = [&](const std::string& text) {
    return fill_in(text, [&](std::string_view name) -> const std::string* {
      return name == "n" ? &number : value_in(args, name);
    });
  };
  // The chosen language's own form; a translation with no such form falls back to English's
  // whole phrase, since another form of the same language would read as a grammar mistake.
  // English is the last resort, so there its "other" stands in for a missing "one".
  auto form_in = [&](const LanguagePack& pack, bool last_resort) -> const std::string* {
    const Phrase* phrase = pack.find(key);
    if (phrase == nullptr) return nullptr;
    if (!phrase->is_counted()) return &phrase->text;
    const auto found = phrase->counted.find(plural_form(pack.code, n));
    if (found != phrase->counted.end()) return &found->second;
    if (!last_resort) return nullptr;
    const auto other = phrase->counted.find(PluralForm::Other);
    return other != phrase->counted.end() ? &other->second : nullptr;
  };
  if (const std::string* text = form_in(chosen_, false)) return fill(*text);
  if (const std::string* text = form_in(english_, true)) return fill(*text);
  return fill(note_missing(key));
}

std::vector<std::string> Strings::missing() const {
  const std::lock_guard lock(missing_mutex_);
  return {missing_.begin(), missing_.end()};
}

std::string fill_placeholders(std::string text, PhraseArgs args) {
  return fill_in(text, [&](std::string_view name) { return value_in(args, name); });
}

}  // namespace kitbag
