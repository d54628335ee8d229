// The repository check on the shipped language files and the code that uses them: English is
// whole and well formed, every translation is correct against it, and every key the code asks
// for is in English. A translation may be unfinished (English is shown for the rest); how much
// each lacks is printed so a reviewer sees it.
#include <gtest/gtest.h>

#include <filesystem>
#include <algorithm>
#include <iostream>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>
#include <string>

#include "app/core/i18n/languages.h"
#include "tests/core/i18n/language_tree_check.h"

namespace kitbag::test {
namespace {

namespace fs = std::filesystem;

const fs::path kLanguageRoot = fs::path(KITBAG_SOURCE_DIR) / "assets" / "lang";
const fs::path kCodeRoot = fs::path(KITBAG_SOURCE_DIR) / "app";

void fail_on_each(const std::vector<std::string>& problems) {
  for (const std::string& problem : problems) ADD_FAILURE() << problem;
}

class ShippedLanguageFiles : public ::testing::Test {
 protected:
  // Read once: every test below compares against it.
  static const LanguageFolder& english() {
    static const LanguageFolder folder = read_language_folder(kLanguageRoot, kEnglish);
    return folder;
  }
};

TEST_F(ShippedLanguageFiles, EnglishLoadsWithoutAProblemAndIsWellFormed) {
  ASSERT_FALSE(english().keys_by_file.empty()) << kLanguageRoot / kEnglish << " holds no language file";
  fail_on_each(check_english_folder(english()));
}

TEST_F(ShippedLanguageFiles, EveryOtherLanguageIsCorrectAgainstEnglish) {
  for (const Language& language : kLanguages) {
    if (language.code == kEnglish) continue;
    SCOPED_TRACE(std::string(language.code));
    if (!fs::is_directory(kLanguageRoot / language.code)) {
      // Not translated yet: the app shows English, with a notice, when it is chosen.
      std::cout << language.own_name << " (" << language.code
                << "): no folder yet; all of English is shown\n";
      continue;
    }
    const LanguageFolder other = read_language_folder(kLanguageRoot, language.code);
    fail_on_each(check_translation_folder(english(), other));
    const std::size_t lacking = phrases_lacking(english().load.pack, other.load.pack);
    std::cout << language.own_name << " (" << language.code << ") lacks " << lacking << " of English's "
              << english().load.pack.phrases.size() << " phrases; English is shown for those\n";
    // Also in the test report (--gtest_output=xml), where CI keeps it.
    RecordProperty(std::string(language.code) + "_phrases_lacking", static_cast<int>(lacking));
  }
}

TEST_F(ShippedLanguageFiles, EveryLanguageFolderIsALanguageTheAppSpeaks) {
  // A folder kLanguages does not list could never be chosen, so its words would never be shown.
  for (const std::string& folder : unlisted_language_folders(kLanguageRoot))
    ADD_FAILURE() << folder << " is not one of kLanguages (app/core/i18n/languages.h)";
}

TEST_F(ShippedLanguageFiles, EveryKeyTheCodeAsksForIsInEnglish) {
  const std::vector<KeyUse> uses = keys_asked_for(kCodeRoot);
  fail_on_each(uses_english_lacks(english().load.pack, uses));
  std::cout << uses.size() << " uses of tr() and tr_count() with a literal key under " << kCodeRoot << "\n";
}

TEST_F(ShippedLanguageFiles, EveryEnglishPhraseIsAskedForByTheCode) {
  // Keys the code builds rather than spells out: the shipped cards' and stories' words (by card
  // and page id), and each tool's ideas (by tool and way). Their own tests walk every one.
  constexpr std::string_view kBuilt[] = {"cards.", "story.", "ideas.feelings.", "ideas.animals.",
                                         "ideas.presence.", "ideas.timer.", "ideas.stick.", "ideas.journey.",
                                         "ideas.way."};
  std::set<std::string, std::less<>> asked;
  for (const KeyUse& use : keys_asked_for(kCodeRoot)) asked.insert(use.key);
  // A key may also be spelled out in a table the code looks words up from (kAgeNames, swatches).
  static const std::regex kLiteral(R"re("([a-z0-9][a-z0-9_-]*(\.[a-z0-9_-]+)+)")re");
  for (const auto& entry : fs::recursive_directory_iterator(kCodeRoot)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path());
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (auto it = std::sregex_iterator(text.begin(), text.end(), kLiteral); it != std::sregex_iterator(); ++it)
      asked.insert((*it)[1].str());
  }
  for (const auto& [key, phrase] : english().load.pack.phrases) {
    const bool built = std::any_of(std::begin(kBuilt), std::end(kBuilt),
                                   [&](std::string_view prefix) { return key.starts_with(prefix); });
    if (!built && !asked.contains(key)) ADD_FAILURE() << "\"" << key << "\" is in English but nothing asks for it";
  }
}

}  // namespace
}  // namespace kitbag::test
