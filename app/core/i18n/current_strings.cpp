#include "app/core/i18n/current_strings.h"

namespace kitbag {
namespace {

// Read and swapped on the UI thread only; the shared_ptr keeps the old set alive for any
// reference a frame still holds while it is replaced.
std::shared_ptr<const Strings>& current() {
  static std::shared_ptr<const Strings> strings = std::make_shared<const Strings>();
  return strings;
}

}  // namespace

void use_strings(std::shared_ptr<const Strings> strings) {
  // The set being replaced lives on until the next change: the shell swaps sets at the start of
  // a frame, so text taken from the old one earlier in that frame (or by a caller who has not
  // looked again since) stays valid until another language is chosen.
  static std::shared_ptr<const Strings> retired;
  retired = std::move(current());
  current() = strings ? std::move(strings) : std::make_shared<const Strings>();
}

const Strings& current_strings() {
  return *current();
}

std::shared_ptr<const Strings> strings_in_use() {
  return current();
}

WordLookup current_words() {
  return [strings = current()](std::string_view key) -> std::optional<std::string> {
    if (!strings->has(key)) return std::nullopt;
    return strings->text(key);
  };
}

}  // namespace kitbag
