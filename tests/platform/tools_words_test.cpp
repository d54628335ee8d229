// The timer's, the talking stick's and the Wonder Journey's words in the real language files:
// every key their code asks for is in English, English has none they never ask for, and Welsh
// and Polish give every one of them, each counted phrase in all its language's forms.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "app/core/i18n/language_check.h"
#include "app/core/i18n/language_pack.h"

namespace kitbag {
namespace {

namespace fs = std::filesystem;

const fs::path kSource = fs::path(KITBAG_SOURCE_DIR);

// The sources that draw these three tools' words.
const char* const kToolSources[] = {
    "app/core/timer/timer_lengths.cpp",  "app/journey_player.cpp",          "app/ui/player_bar.cpp",
    "app/ui/screens/journey_screen.cpp", "app/ui/screens/stick_screen.cpp", "app/ui/screens/timer_screen.cpp",
    "app/ui/stick_drawing.cpp",          "app/ui/timer_view.cpp",
};

// The files these tools' words are in, the same name in every language.
const char* const kToolFiles[] = {"tools-ui.json", "journey.json"};

std::string read_file(const fs::path& file) {
  std::ifstream in(file);
  EXPECT_TRUE(in.good()) << file;
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

LanguageLoad read_pack(const std::string& code, const char* file) {
  LanguageLoad load;
  load.pack.code = code;
  const fs::path path = kSource / "assets/lang" / code / file;
  read_language_file(read_file(path), path.string(), load);
  for (const std::string& problem : load.problems) ADD_FAILURE() << problem;
  return load;
}

// Every literal key in a tr("...") or tr_count("...") call of the tools' sources.
std::set<std::string> keys_asked_for() {
  static const std::regex call(R"re(\btr(?:_count)?\(\s*"([^"]+)")re");
  std::set<std::string> keys;
  for (const char* source : kToolSources) {
    const std::string text = read_file(kSource / source);
    for (auto it = std::sregex_iterator(text.begin(), text.end(), call); it != std::sregex_iterator(); ++it)
      keys.insert((*it)[1].str());
  }
  return keys;
}

TEST(ToolsWords, EveryKeyTheToolsAskForIsInEnglish) {
  const LanguagePack english = read_pack("en", "tools-ui.json").pack;
  const std::set<std::string> asked = keys_asked_for();
  EXPECT_GT(asked.size(), 50u) << "the scan finds the tools' tr() calls";
  for (const std::string& key : asked) EXPECT_NE(english.find(key), nullptr) << key;
}

TEST(ToolsWords, EnglishHasNoToolWordsNobodyAsksFor) {
  const std::set<std::string> asked = keys_asked_for();
  for (const auto& [key, phrase] : read_pack("en", "tools-ui.json").pack.phrases)
    EXPECT_TRUE(asked.contains(key)) << key << " is in tools-ui.json but no tool asks for it";
}

TEST(ToolsWords, WelshAndPolishGiveEveryPhraseInEveryForm) {
  for (const char* file : kToolFiles) {
    const LanguagePack english = read_pack("en", file).pack;
    for (const std::string& problem : check_english(english)) ADD_FAILURE() << file << ": " << problem;
    for (const std::string code : {"cy", "pl"}) {
      const LanguagePack other = read_pack(code, file).pack;
      for (const std::string& problem : check_against_english(english, other))
        ADD_FAILURE() << file << ": " << problem;
      for (const auto& [key, phrase] : english.phrases)
        EXPECT_NE(other.find(key), nullptr) << code << "/" << file << " has no \"" << key << "\"";
    }
  }
}

TEST(ToolsWords, TranslationsKeepEveryPlaceholderEnglishFillsIn) {
  // A translation that drops {name} would show "has the stick" with nobody holding it.
  for (const char* file : kToolFiles) {
    const LanguagePack english = read_pack("en", file).pack;
    for (const std::string code : {"cy", "pl"}) {
      const LanguagePack other = read_pack(code, file).pack;
      for (const auto& [key, phrase] : english.phrases) {
        const Phrase* translated = other.find(key);
        if (translated == nullptr) continue;  // reported above
        const auto texts_of = [](const Phrase& p) {
          std::vector<std::string> texts;
          if (!p.is_counted()) texts.push_back(p.text);
          for (const auto& [form, text] : p.counted) texts.push_back(text);
          return texts;
        };
        std::set<std::string> wanted;
        for (const std::string& text : texts_of(phrase))
          for (std::string& name : placeholders_in(text)) wanted.insert(std::move(name));
        for (const std::string& text : texts_of(*translated))
          for (const std::string& name : wanted)
            EXPECT_NE(text.find("{" + name + "}"), std::string::npos)
                << code << " \"" << key << "\": \"" << text << "\" lacks {" << name << "}";
      }
    }
  }
}

}  // namespace
}  // namespace kitbag
