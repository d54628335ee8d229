#include "app/core/i18n/languages.h"

namespace kitbag {

const Language* find_language(std::string_view code) {
  for (const Language& language : kLanguages)
    if (language.code == code) return &language;
  return nullptr;
}

}  // namespace kitbag
