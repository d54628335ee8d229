// The shipped language files and stories as a test expects to see them, read on their own rather
// than through the words the screens are using, so a screen that asks for the wrong key, or a
// translation that quietly falls back to English, shows up as a difference.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "app/core/i18n/plural_rules.h"
#include "app/core/journey/story_parser.h"
#include "app/core/notices.h"
#include "app/story_library.h"
#include "platform/asset_locator.h"
#include "platform/file_contents.h"
#include "platform/language_files.h"

namespace kitbag::test {

inline const AssetLocator& source_assets() {
  static const AssetLocator assets({std::filesystem::path(KITBAG_SOURCE_DIR) / "assets"});
  return assets;
}

// One language's own phrases, with no English beneath them.
inline const LanguagePack& shipped_pack(std::string_view code) {
  static std::map<std::string, LanguagePack, std::less<>> packs;
  auto found = packs.find(code);
  if (found == packs.end()) {
    LanguageLoad load = load_language(source_assets(), code);
    for (const std::string& problem : load.problems) ADD_FAILURE() << problem;
    found = packs.emplace(std::string(code), std::move(load.pack)).first;
  }
  return found->second;
}

// The phrase `code` itself gives for `key`: a test fails when the language lacks it.
inline std::string phrase(std::string_view code, std::string_view key) {
  const Phrase* found = shipped_pack(code).find(key);
  if (found == nullptr || found->is_counted()) {
    ADD_FAILURE() << code << " has no plain phrase \"" << key << "\"";
    return "<" + std::string(key) + " missing>";
  }
  return found->text;
}

// The form of a counted phrase `code` gives for `n`, with {n} filled in (other placeholders left).
inline std::string counted_phrase(std::string_view code, std::string_view key, long long n) {
  const Phrase* found = shipped_pack(code).find(key);
  if (found == nullptr || !found->is_counted() || !found->counted.contains(plural_form(code, n))) {
    ADD_FAILURE() << code << " has no counted phrase \"" << key << "\" for " << n;
    return "<" + std::string(key) + " missing>";
  }
  return fill_placeholders(found->counted.at(plural_form(code, n)), {{"n", std::to_string(n)}});
}

// A shipped story as the app reads it in `code` (that language over English), or a test failure.
inline const Story& shipped_story(StoryLength length, std::string_view code = "en") {
  static std::map<std::pair<std::string, StoryLength>, Story> stories;
  const std::pair<std::string, StoryLength> wanted{std::string(code), length};
  if (auto found = stories.find(wanted); found != stories.end()) return found->second;
  Notices notices;
  const std::shared_ptr<const Strings> strings = load_strings(source_assets(), code, notices);
  for (const Notice& notice : notices.all()) ADD_FAILURE() << notice.title << "\n" << notice.detail;
  const auto words = [strings](std::string_view key) -> std::optional<std::string> {
    if (!strings->has(key)) return std::nullopt;
    return strings->text(key);
  };
  Story story;
  const auto file = source_assets().find(story_file(length));
  const auto text =
      file ? read_text_file(file.value(), 1024 * 1024) : Result<std::string>(Error{file.error()});
  if (!text) {
    ADD_FAILURE() << text.error();
  } else {
    StoryLoad load = parse_story(text.value(), file.value().string(), length, words);
    for (const std::string& problem : load.problems) ADD_FAILURE() << problem;
    if (load.story) story = std::move(*load.story);
  }
  return stories.emplace(wanted, std::move(story)).first->second;
}

}  // namespace kitbag::test
