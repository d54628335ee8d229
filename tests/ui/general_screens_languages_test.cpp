// Home, About, Settings, sign-in and child mode in English, Welsh and Polish through real ImGui
// frames: every word they show is in the language files, the chosen language really shows,
// counted phrases take the language's own plural forms, everything fits in the longest
// language, and a language chosen in Settings changes the next frame's words and is remembered.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "app/core/i18n/current_strings.h"
#include "app/core/i18n/language_check.h"
#include "app/core/tool_catalog.h"
#include "app/core/ui_ids.h"
#include "app/ui/widgets.h"
#include "platform/fakes/temp_dir.h"
#include "platform/file_contents.h"
#include "tests/support/ui_harness.h"
#include "tests/ui/usage_screens.h"

namespace kitbag {
namespace {

using namespace std::chrono_literals;
using test::UiHarness;

constexpr const char* kAllLanguages[] = {"en", "cy", "pl"};

// One language's app.json on its own, read apart from what the app loaded: what the general
// screens should say in that language.
LanguagePack app_words(std::string_view code) {
  const auto file =
      std::filesystem::path(KITBAG_SOURCE_DIR) / "assets" / "lang" / std::string(code) / "app.json";
  LanguageLoad load;
  load.pack.code = std::string(code);
  auto text = read_text_file(file, 1024 * 1024);
  EXPECT_TRUE(text.ok()) << text.error();
  if (text) read_language_file(text.value(), file.string(), load);
  EXPECT_TRUE(load.problems.empty()) << load.problems.front();
  return load.pack;
}

std::string phrase(const LanguagePack& pack, std::string_view key) {
  const Phrase* found = pack.find(key);
  EXPECT_NE(found, nullptr) << pack.code << " has no \"" << key << "\"";
  return found != nullptr ? found->text : std::string();
}

std::string joined(const std::vector<std::string>& keys) {
  std::string all;
  for (const std::string& key : keys) all += (all.empty() ? "" : ", ") + key;
  return all;
}


TEST(GeneralScreenWords, WelshAndPolishTranslateEveryEnglishPhrase) {
  const LanguagePack english = app_words("en");
  ASSERT_FALSE(english.phrases.empty());
  EXPECT_TRUE(check_english(english).empty()) << joined(check_english(english));
  for (const char* code : {"cy", "pl"}) {
    const LanguagePack other = app_words(code);
    EXPECT_TRUE(check_against_english(english, other).empty())
        << joined(check_against_english(english, other));
    for (const auto& [key, words] : english.phrases)
      EXPECT_NE(other.find(key), nullptr) << code << ": " << key;
  }
}

class EveryLanguage : public ::testing::TestWithParam<const char*> {};

// A visit's worth of the general screens, each message and state included: nothing shown is
// missing from the language files.
TEST_P(EveryLanguage, EveryWordTheGeneralScreensShowIsInTheLanguageFiles) {
  TempDir data;
  UiHarness ui({.data_dir = data.path(), .language = GetParam()});
  ui.settle();
  ASSERT_EQ(current_strings().code(), GetParam());
  for (const Tool& tool : tools()) EXPECT_EQ(ui.target(ui_id::tile(tool.key)).label, tool_name(tool));

  ui.click(ui_id::kAbout);
  ASSERT_EQ(ui.navigator().current(), ScreenId::About);
  ui.click(ui_id::kBack);

  ui.click(ui_id::kOpenSettings);
  ASSERT_EQ(ui.navigator().current(), ScreenId::Settings);
  wait_for_first_status(ui);
  for (std::string_view choice : {ui_id::settings_age("younger"), ui_id::settings_age("older")}) {
    ui.click(choice);
    ui.click(ui_id::kBack);  // each age's own greeting
    ui.click(ui_id::kOpenSettings);
  }
  for (std::string_view choice :
       {std::string_view(ui_id::kSettingsMotionCalm), std::string_view(ui_id::kSettingsLettersEasyRead),
        std::string_view(ui_id::kSettingsColoursContrast)})
    ui.click(choice);
  ui.click(ui_id::kSettingsAddress);
  ui.type("kitbag.example.org");
  ui.click(ui_id::kSettingsSave);  // refused: no https://
  ui.click(ui_id::kBack);

  ui.click(ui_id::kOpenSignIn);
  ui.click(ui_id::kSignInSubmit);  // no organisation chosen
  test::sign_in_on_screen(ui, "Leeds", test::kLeeds, test::with_typo(test::valid_code()));
  test::sign_in_on_screen(ui, "", test::kLeeds, "12");
  ui.click(ui_id::kBack);
  ui.click(ui_id::kOpenSignIn);
  // A search no council matches leaves "Another organisation", so its name shows too.
  test::sign_in_on_screen(ui, "zzz", kOtherOrgId, test::valid_code());
  ASSERT_TRUE(ui.usage().person().has_value());

  ui.click(ui_id::kHandToChild);
  ui.click(ui_id::kHandOverPin);
  ui.type("12");
  ui.click(ui_id::kHandOverStart);  // too short
  ui.click(ui_id::kHandOverPin);
  ui.type("34");
  ui.click(ui_id::kHandOverStart);
  ASSERT_TRUE(ui.child_lock().locked());
  ui.click(ui_id::kGrownUps);
  ui.click(ui_id::kUnlockPin);
  ui.type("9999");
  ui.click(ui_id::kUnlockSubmit);  // not the PIN
  ui.click(ui_id::kUnlockPin);
  ui.type("1234");
  ui.click(ui_id::kUnlockSubmit);
  ASSERT_FALSE(ui.child_lock().locked());

  ui.click(ui_id::kHandToChild);
  ui.click(ui_id::kHandOverStart);
  ui.click(ui_id::kGrownUps);
  test::press_and_hold(ui, ui_id::kUnlockHold, 1s);  // "keep holding"
  test::let_go(ui, ui_id::kUnlockHold);
  test::press_and_hold(ui, ui_id::kUnlockHold, 4s);
  test::let_go(ui, ui_id::kUnlockHold);
  ASSERT_FALSE(ui.child_lock().locked());
  ui.navigator().open(ScreenId::Unlock);  // child mode is not on
  ui.frame();
  ui.navigator().home();
  ui.frame();
  ui.settle();

  // The toasts of the timer and the stick, ending while home shows.
  ui.tools().timer.set_length(1s);
  ui.tools().timer.start(ui.clock().now());
  ui.tools().circle.set_turn_length(1s);
  ui.tools().circle.give_to(ui.tools().circle.people().front().id, ui.clock().now());
  ui.clock().advance(1s);
  ui.frame();
  ui.click(ui_id::kSignOut);
  ui.add_missing_font_notices();
  ui.resize(kMinWindowSize);
  ui.settle();

  EXPECT_TRUE(current_strings().missing().empty()) << joined(current_strings().missing());
}

INSTANTIATE_TEST_SUITE_P(GeneralScreenWords, EveryLanguage, ::testing::ValuesIn(kAllLanguages));

class Translated : public ::testing::TestWithParam<const char*> {};

// Buttons on each screen carry the language's own words, not English's.
TEST_P(Translated, TheButtonsOfEachScreenSayTheLanguagesOwnWords) {
  const LanguagePack english = app_words("en");
  const LanguagePack chosen = app_words(GetParam());
  TempDir data;
  UiHarness ui({.data_dir = data.path(), .language = GetParam()});
  const auto expect_label = [&](std::string_view id, std::string_view key) {
    const std::string& label = ui.target(id).label;
    EXPECT_EQ(label, phrase(chosen, key)) << id;
    EXPECT_NE(label, phrase(english, key)) << id << " is still in English";
  };
  ui.settle();
  expect_label(ui_id::kAbout, "home.about");
  expect_label(ui_id::kOpenSettings, "home.settings");
  expect_label(ui_id::kOpenSignIn, "home.sign-in");
  expect_label(ui_id::kHandToChild, "home.hand-to-child");
  expect_label(ui_id::kSyncStatus, "home.sync.saved");
  expect_label(ui_id::tile("feelings"), "tools.feelings.name");
  expect_label(ui_id::tile("animals"), "tools.animals.name");
  expect_label(ui_id::tile("presence"), "tools.presence.name");
  expect_label(ui_id::tile("timer"), "tools.timer.name");
  expect_label(ui_id::tile("stick"), "tools.stick.name");
  expect_label(ui_id::tile("journey"), "tools.journey.name");
  EXPECT_TRUE(ui.shown().shows_text(phrase(chosen, "tools.feelings.hint")));
  EXPECT_TRUE(ui.shown().shows_text(phrase(chosen, "home.greeting")));

  ui.click(ui_id::kOpenSettings);
  expect_label(ui_id::settings_size("large"), "settings.size.large");
  expect_label(ui_id::settings_age("younger"), "settings.age.younger");
  expect_label(ui_id::kSettingsMotionCalm, "settings.motion.still");
  expect_label(ui_id::kSettingsSendNow, "settings.counts.send-now");
  EXPECT_EQ(ui.target(ui_id::settings_language("cy")).label, "Cymraeg") << "each language by its own name";
  EXPECT_EQ(ui.target(ui_id::settings_language("pl")).label, "Polski");
  EXPECT_EQ(ui.target(ui_id::settings_language("en")).label, "English");

  ui.navigator().open(ScreenId::SignIn);
  ui.frame();
  expect_label(ui_id::kSignInSubmit, "signin.submit");
  expect_label(ui_id::kSignInGuest, "signin.guest");
  ui.click(ui_id::kSignInOrg);
  ui.type("zzz");  // no council: "Another organisation" comes into sight
  expect_label(ui_id::sign_in_org(kOtherOrgId), "signin.org.other");

  ui.navigator().open(ScreenId::HandOver);
  ui.frame();
  expect_label(ui_id::kHandOverStart, "handover.start");
  EXPECT_TRUE(ui.shown().shows_text(phrase(chosen, "home.grown-ups")))
      << "the way out is named as the home screen names it";
  ui.click(ui_id::kHandOverStart);
  expect_label(ui_id::kGrownUps, "home.grown-ups");
  ui.click(ui_id::kGrownUps);
  expect_label(ui_id::kUnlockHold, "unlock.hold");
}

INSTANTIATE_TEST_SUITE_P(GeneralScreenWords, Translated, ::testing::Values("cy", "pl"));

struct CountedCase {
  const char* language;
  long long counts;
  const char* shows;  // the number with the form of the noun that language puts after it
};

class CountedPhrases : public ::testing::TestWithParam<CountedCase> {};

// Settings says how many counts wait on this computer, in the form the number takes.
TEST_P(CountedPhrases, SettingsSaysHowManyCountsWaitInTheLanguagesOwnForm) {
  TempDir data;
  {
    auto store = UsageStore::open(data.path() / kUsageStoreFile);
    ASSERT_TRUE(store.ok()) << store.error();
    ASSERT_TRUE(
        store.value()
            .add({std::string(kGuestUser), std::string(test::kLeeds), "2026-01-05", GetParam().counts, {}})
            .ok());
  }
  UiHarness ui({.start = ScreenId::Settings, .data_dir = data.path(), .language = GetParam().language});
  wait_for_first_status(ui);
  ASSERT_EQ(ui.usage().sync_status().unsent, GetParam().counts);
  ui.settle();
  EXPECT_TRUE(ui.shown().shows_text(GetParam().shows)) << GetParam().language << " " << GetParam().counts;
  EXPECT_TRUE(current_strings().missing().empty()) << joined(current_strings().missing());
}

INSTANTIATE_TEST_SUITE_P(
    GeneralScreenWords, CountedPhrases,
    ::testing::Values(CountedCase{"en", 1, "1 count saved"}, CountedCase{"en", 2, "2 counts saved"},
                      CountedCase{"pl", 1, "1 zliczenie zapisane"},
                      CountedCase{"pl", 2, "2 zliczenia zapisane"},
                      CountedCase{"pl", 5, "5 zliczeń zapisanych"},
                      CountedCase{"pl", 22, "22 zliczenia zapisane"}, CountedCase{"cy", 2, "2 gyfrifiad"},
                      CountedCase{"cy", 3, "3 chyfrifiad"}, CountedCase{"cy", 5, "5 cyfrifiad"}),
    [](const auto& counted) {
      return std::string(counted.param.language) + "_" + std::to_string(counted.param.counts);
    });

TEST(GeneralScreenWords, ALanguageChosenInSettingsSpeaksFromTheNextFrameAndIsRemembered) {
  const LanguagePack welsh = app_words("cy");
  TempDir data;
  {
    UiHarness ui({.start = ScreenId::Settings, .data_dir = data.path()});
    ui.settle();
    const std::string english_large = ui.target(ui_id::settings_size("large")).label;
    ASSERT_EQ(current_strings().code(), "en");
    ui.click(ui_id::settings_language("cy"));
    EXPECT_EQ(ui.preferences().current().language, "cy");
    EXPECT_EQ(current_strings().code(), "cy");
    EXPECT_EQ(ui.target(ui_id::settings_size("large")).label, phrase(welsh, "settings.size.large"));
    EXPECT_NE(ui.target(ui_id::settings_size("large")).label, english_large);
    EXPECT_TRUE(ui.shown().shows_text(phrase(welsh, "settings.looks")));
    ui.click(ui_id::kBack);
    EXPECT_EQ(ui.target(ui_id::kAbout).label, phrase(welsh, "home.about"))
        << "every screen, not only Settings";
  }
  UiHarness again({.data_dir = data.path()});
  again.settle();
  EXPECT_EQ(current_strings().code(), "cy") << "remembered on this computer";
  EXPECT_EQ(again.target(ui_id::kOpenSettings).label, phrase(welsh, "home.settings"));
  again.click(ui_id::kOpenSettings);
  again.click(ui_id::settings_language("en"));
  again.click(ui_id::kBack);
  EXPECT_EQ(again.target(ui_id::kOpenSettings).label, "Settings");
}

TEST(GeneralScreenWords, AMessageInTheLanguageBeingLeftIsNotCarriedIntoTheNext) {
  TempDir data;
  UiHarness ui({.start = ScreenId::Settings, .data_dir = data.path()});
  ui.settle();
  ui.click(ui_id::kSettingsAddress);
  ui.type("kitbag.example.org");
  ui.click(ui_id::kSettingsSave);
  ASSERT_TRUE(ui.shown().shows_text("The address must start with https://"));
  ui.click(ui_id::settings_language("pl"));
  EXPECT_FALSE(ui.shown().shows_text("The address must start with https://"));
}

struct Fit {
  const char* language;
  WindowSize size;
  TextSize text_size = TextSize::Standard;
  AgeMode age = AgeMode::Any;
};

class FitsInEveryLanguage : public ::testing::TestWithParam<Fit> {};

// What a screen showed fits: every control and word inside the window, every button's words
// inside the button, and on home no two controls overlap.
void expect_it_fits(const UiHarness& ui, std::string_view screen, bool no_overlaps) {
  const Rect viewport = ui.shown().viewport();
  const auto& targets = ui.shown().targets();
  for (std::size_t i = 0; i < targets.size(); ++i) {
    const UiTarget& target = targets[i];
    if (target.partly_hidden) continue;  // scrolled to the edge of its area
    EXPECT_TRUE(target.rect.inside(viewport)) << screen << " " << target.id;
    for (const UiText& text : ui.shown().texts()) {
      if (text.text == target.label && text.rect.intersects(target.rect)) {
        EXPECT_TRUE(text.rect.inside(target.rect))
            << screen << ": \"" << text.text << "\" spills out of its button";
      }
    }
    if (!no_overlaps) continue;
    for (std::size_t j = i + 1; j < targets.size(); ++j) {
      EXPECT_FALSE(target.rect.intersects(targets[j].rect))
          << screen << " " << target.id << " and " << targets[j].id;
    }
  }
  for (const UiText& text : ui.shown().texts()) {
    EXPECT_GE(text.rect.x, viewport.x - 0.5f) << screen << " \"" << text.text << "\"";
    EXPECT_LE(text.rect.right(), viewport.right() + 0.5f)
        << screen << " \"" << text.text << "\" is off the window";
  }
}

TEST_P(FitsInEveryLanguage, EveryGeneralScreenFits) {
  TempDir data;
  UiHarness ui({.size = GetParam().size, .data_dir = data.path(), .language = GetParam().language});
  Preferences look = ui.preferences().current();
  look.text_size = GetParam().text_size;
  look.age = GetParam().age;
  ui.preferences().change(look);
  ASSERT_TRUE(ui.usage().sign_in(std::string(test::kLeeds), test::valid_code()).ok());  // the fullest bar
  ui.settle();
  expect_it_fits(ui, "home", true);
  for (const Tool& tool : tools()) {
    const Rect tile = ui.target(ui_id::tile(tool.key)).rect;
    bool shown = false;
    for (const UiText& text : ui.shown().texts()) {
      if (text.text != tool_name(tool)) continue;
      shown = true;
      EXPECT_TRUE(text.rect.inside(tile)) << tool.key;
    }
    EXPECT_TRUE(shown) << tool.key << " shows its name";
  }
  for (const UiTarget& target : ui.shown().targets()) {
    EXPECT_GE(target.rect.height, ui::kMinTouchTarget) << target.id;
    EXPECT_GE(target.rect.width, ui::kMinTouchTarget) << target.id;
  }
  for (ScreenId screen : {ScreenId::About, ScreenId::Settings, ScreenId::SignIn, ScreenId::HandOver}) {
    ui.navigator().open(screen);
    ui.frame();
    ui.settle();
    expect_it_fits(ui, screen_name(screen), false);
  }
  ui.child_lock().hand_to_child(std::nullopt);
  ui.navigator().home();
  ui.frame();
  ui.settle();
  expect_it_fits(ui, "home in child mode", true);
  ui.click(ui_id::kGrownUps);
  expect_it_fits(ui, "unlock by holding", false);
  ui.child_lock().hand_to_child("2580");
  ui.navigator().open(ScreenId::Unlock);
  ui.frame();
  ui.settle();
  expect_it_fits(ui, "unlock by PIN", false);
}

INSTANTIATE_TEST_SUITE_P(
    GeneralScreenWords, FitsInEveryLanguage,
    ::testing::Values(Fit{"cy", {640, 480}}, Fit{"cy", {1024, 600}}, Fit{"cy", {1280, 800}},
                      Fit{"cy", {700, 1000}}, Fit{"pl", {640, 480}}, Fit{"pl", {1024, 600}},
                      Fit{"pl", {1280, 800}}, Fit{"pl", {700, 1000}},
                      Fit{"cy", {1024, 600}, TextSize::Largest}, Fit{"pl", {1024, 600}, TextSize::Largest},
                      Fit{"cy", {640, 480}, TextSize::Standard, AgeMode::Younger},
                      Fit{"pl", {640, 480}, TextSize::Standard, AgeMode::Older}),
    [](const auto& fit) {
      return std::string(fit.param.language) + "_" + std::to_string(fit.param.size.width) + "x" +
             std::to_string(fit.param.size.height) + "_" + std::string(text_size_key(fit.param.text_size)) +
             "_" + std::string(age_key(fit.param.age));
    });

}  // namespace
}  // namespace kitbag
