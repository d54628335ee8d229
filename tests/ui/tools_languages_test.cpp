// The timer, the talking stick and the Wonder Journey in English, Welsh and Polish, through real
// ImGui frames: every stage of each draws with no key left without words, Welsh buttons wear
// the Welsh phrases, Polish counts in its own forms, and changing language mid-journey keeps the
// page and the music's place while the page's words change.
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <string_view>

#include "app/core/i18n/current_strings.h"
#include "app/core/ui_ids.h"
#include "app/ui/screens/journey_screen.h"
#include "app/ui/screens/stick_screen.h"
#include "tests/support/ui_harness.h"
#include "tests/ui/shipped_words.h"

namespace kitbag {
namespace {

using namespace std::chrono_literals;
using test::counted_phrase;
using test::HarnessOptions;
using test::phrase;
using test::shipped_story;
using test::UiHarness;

constexpr std::string_view kLanguages[] = {"en", "cy", "pl"};
constexpr std::string_view kTranslations[] = {"cy", "pl"};

HarnessOptions in(std::string_view code, ScreenId start, WindowSize size = {1280, 800}) {
  return {.size = size, .start = start, .language = std::string(code)};
}

void expect_every_word_found(std::string_view where) {
  for (const std::string& key : current_strings().missing())
    ADD_FAILURE() << where << ": no words for \"" << key << "\"";
}

// Time passed with no input: a frame shows what it changed.
void wait(UiHarness& ui, std::chrono::steady_clock::duration time) {
  ui.clock().advance(time);
  ui.frame();
  ui.settle();
}

std::string with(std::string text, std::string_view name, std::string value) {
  return fill_placeholders(std::move(text), {{name, std::move(value)}});
}

// --- timer ---

TEST(ToolsInEachLanguage, EveryStageOfTheTimerHasItsWords) {
  for (std::string_view code : kLanguages) {
    SCOPED_TRACE(code);
    UiHarness ui(in(code, ScreenId::Timer));
    ui.settle();
    ASSERT_EQ(current_strings().code(), code);
    EXPECT_TRUE(ui.shown().shows_text(phrase(code, "timer.title"))) << "the top bar's title";
    EXPECT_EQ(ui.target(ui_id::kTimerDial).label, phrase(code, "timer.dial"));
    for (std::string_view id : {ui_id::kTimerDigits, ui_id::kTimerDigits, ui_id::kTimerColours,
                                ui_id::kTimerColours, ui_id::kTimerLonger, ui_id::kTimerShorter})
      ui.click(id);
    ui.click(ui_id::timer_preset(60));
    ui.click(ui_id::kTimerStart);
    ui.clock().advance(1s);
    ui.click(ui_id::kTimerPause);
    EXPECT_EQ(ui.target(ui_id::kTimerResume).label, phrase(code, "timer.carry-on"));
    ui.click(ui_id::kTimerResume);
    ui.click(ui_id::kTimerAddMinute);
    wait(ui, 3min);
    EXPECT_TRUE(ui.shown().shows_text(phrase(code, "timer.time-up")));
    EXPECT_EQ(ui.target(ui_id::kTimerStart).label, phrase(code, "timer.start-again"));
    ui.click(ui_id::kTimerReset);

    // The small timer under a presence card.
    ui.navigator().open(ScreenId::Presence);
    wait(ui, 0s);
    ui.click(ui_id::kTimeThisCard);
    EXPECT_EQ(ui.target(ui_id::kTimerPause).label, phrase(code, "timer.pause"));
    expect_every_word_found(code);
  }
}

TEST(ToolsInEachLanguage, TheWelshTimerSpeaksWelsh) {
  UiHarness ui(in("cy", ScreenId::Timer));
  ui.settle();
  for (const auto& [id, key] :
       {std::pair{ui_id::kTimerStart, "timer.start"}, std::pair{ui_id::kTimerAddMinute, "timer.add-minute"},
        std::pair{ui_id::kTimerReset, "timer.reset"}, std::pair{ui_id::kTimerDigits, "timer.digits.hide"},
        std::pair{ui_id::kTimerColours, "timer.colours.one"}}) {
    EXPECT_EQ(ui.target(id).label, phrase("cy", key)) << id;
    EXPECT_NE(ui.target(id).label, phrase("en", key)) << id << " is still in English";
  }
  EXPECT_EQ(ui.target(ui_id::timer_preset(120)).label, counted_phrase("cy", "timer.preset", 2));
  ui.click(ui_id::timer_preset(120));
  EXPECT_TRUE(ui.shown().shows_text("2:00")) << "digits stay digits";
  EXPECT_TRUE(ui.shown().shows_text("2 funud")) << "two softens the Welsh word after it";
  EXPECT_FALSE(ui.shown().shows_text("2 minutes"));
}

TEST(ToolsInEachLanguage, PolishTimerLengthsTakeTheirOwnForms) {
  UiHarness ui(in("pl", ScreenId::Timer));
  ui.settle();
  ui.click(ui_id::timer_preset(60));
  EXPECT_TRUE(ui.shown().shows_text("1 minuta"));
  ui.click(ui_id::timer_preset(120));
  EXPECT_TRUE(ui.shown().shows_text("2 minuty"));
  EXPECT_FALSE(ui.shown().shows_text("2 minut "));
  ui.click(ui_id::timer_preset(300));
  EXPECT_TRUE(ui.shown().shows_text("5 minut"));
  EXPECT_FALSE(ui.shown().shows_text("5 minuty"));
  ui.click(ui_id::timer_preset(60));
  ui.click(ui_id::kTimerLonger);
  EXPECT_TRUE(ui.shown().shows_text("1 minuta 30 sekund"));
}

TEST(ToolsInEachLanguage, TheSmallTimerKeepsItsWayToTheFullTimerWhenTimeIsUp) {
  for (std::string_view code : kLanguages) {
    SCOPED_TRACE(code);
    UiHarness ui(in(code, ScreenId::Presence, {1024, 600}));
    ui.settle();
    ui.click(ui_id::kTimeThisCard);
    wait(ui, ui.tools().timer.length() + 1s);
    ASSERT_EQ(ui.tools().timer.state(ui.clock().now()), Countdown::State::Finished);
    EXPECT_TRUE(ui.shown().shows_text(phrase(code, "timer.time-up")));
    ASSERT_NE(ui.shown().find_by_id(ui_id::kTimerOpen), nullptr) << "the words left no room for the button";
    EXPECT_EQ(ui.target(ui_id::kTimerOpen).label, phrase(code, "timer.open"));
  }
}

// --- talking stick ---

void name_seat(UiHarness& ui, int seat, const std::string& name) {
  ui.click(ui_id::stick_name(seat));
  ui.type(name);
}

TEST(ToolsInEachLanguage, EveryStageOfTheStickHasItsWords) {
  for (std::string_view code : kLanguages) {
    SCOPED_TRACE(code);
    UiHarness ui(in(code, ScreenId::Stick));
    ui.settle();
    ASSERT_EQ(current_strings().code(), code);
    EXPECT_TRUE(ui.shown().shows_text(phrase(code, "stick.setup.heading")));
    EXPECT_EQ(ui.target(ui_id::stick_name(2)).label,
              with(phrase(code, "stick.setup.name-for"), "animal", phrase(code, "stick.animal.owl")));
    ui.click(ui_id::kStickMore);
    name_seat(ui, 1, "Sam");
    ui.click(std::string(ui_id::kStickTurnLength) + "60");
    ui.click(ui_id::kStickBegin);
    EXPECT_TRUE(ui.shown().shows_text(phrase(code, "stick.hint")));
    ui.click(ui_id::kStickPass);
    EXPECT_TRUE(ui.shown().shows_text(with(phrase(code, "stick.has-it"), "name", "Sam")));
    ui.click(ui_id::stick_person(2));
    EXPECT_EQ(ui.target(ui_id::stick_person(2)).label, phrase(code, "stick.animal.owl"));
    wait(ui, 61s);
    EXPECT_TRUE(ui.shown().shows_text(
        with(phrase(code, "stick.has-it-turn-up"), "name", phrase(code, "stick.animal.owl"))));
    ui.click(ui_id::kStickClosing);
    EXPECT_TRUE(ui.shown().shows_text(phrase(code, "stick.closer.question")));
    EXPECT_EQ(ui.target(ui_id::kStickFinish).label, phrase(code, "stick.closer.no-one"));
    ui.click(ui_id::stick_closer(3));
    EXPECT_TRUE(ui.shown().shows_text(
        with(phrase(code, "stick.closing.has-last-turn"), "name", phrase(code, "stick.animal.turtle"))));
    ui.click(ui_id::kStickFinish);
    ASSERT_EQ(ui.screen<ui::StickScreen>(ScreenId::Stick).stage(), ui::StickScreen::Stage::Summary);
    EXPECT_TRUE(ui.shown().shows_text(phrase(code, "stick.summary.thanks")));
    EXPECT_TRUE(ui.shown().shows_text(phrase(code, "stick.summary.not-saved")));
    ui.click(ui_id::kStickClose);
    expect_every_word_found(code);
  }
}

TEST(ToolsInEachLanguage, PolishCountsTurnsInItsOwnForms) {
  UiHarness ui(in("pl", ScreenId::Stick));
  ui.settle();
  ui.click(ui_id::kStickBegin);
  for (int pass = 0; pass < 5; ++pass) {
    ui.click(ui_id::kStickPass);
    ui.clock().advance(10s);
  }
  // Lis had three turns and Sowa two: both "few" in Polish; five in all is "many".
  EXPECT_TRUE(ui.shown().shows_text(" · 3 tury"));
  EXPECT_TRUE(ui.shown().shows_text(" · 2 tury"));
  ui.click(ui_id::kStickClosing);
  ui.click(ui_id::kStickFinish);
  EXPECT_TRUE(ui.shown().shows_text("5 tur, "));
  EXPECT_FALSE(ui.shown().shows_text("5 tury"));
  ui.click(ui_id::kStickClose);

  ui.click(ui_id::kStickBegin);
  ui.click(ui_id::kStickPass);
  ui.clock().advance(10s);
  ui.click(ui_id::kStickClosing);
  ui.click(ui_id::kStickFinish);
  EXPECT_TRUE(ui.shown().shows_text("1 tura, "));
  EXPECT_TRUE(ui.shown().shows_text(" · 0 tur")) << "nobody else spoke";
}

// --- Wonder Journey ---

ui::JourneyScreen& journey(UiHarness& ui) {
  return ui.screen<ui::JourneyScreen>(ScreenId::Journey);
}

// Pages through a story to its end, checking each page's words are the language's own.
void read_through(UiHarness& ui, std::string_view code, std::string_view id, StoryLength length) {
  ui.click(id);
  const Story& story = shipped_story(length, code);
  const Story& english = shipped_story(length, "en");
  ASSERT_FALSE(story.pages.empty());
  for (std::size_t page = 0; page < story.pages.size(); ++page) {
    ASSERT_EQ(journey(ui).page(), page);
    EXPECT_TRUE(ui.shown().shows_text(story.pages[page].text)) << story.pages[page].id;
    if (code != "en") {
      EXPECT_FALSE(ui.shown().shows_text(english.pages[page].text)) << story.pages[page].id << " in English";
    }
    EXPECT_TRUE(ui.shown().shows_text(fill_placeholders(
        phrase(code, "journey.page.counter"),
        {{"page", std::to_string(page + 1)}, {"pages", std::to_string(story.pages.size())}})));
    const bool last = page + 1 == story.pages.size();
    EXPECT_EQ(ui.target(ui_id::kJourneyNextPage).label,
              phrase(code, last ? "journey.page.finish" : "journey.page.next"));
    ui.click(ui_id::kJourneyNextPage);
  }
  EXPECT_NE(ui.shown().find_by_id(id), nullptr) << "Finish goes back to the choices";
}

TEST(ToolsInEachLanguage, EveryStageOfTheJourneyHasItsWords) {
  for (std::string_view code : kLanguages) {
    SCOPED_TRACE(code);
    UiHarness ui(in(code, ScreenId::Journey));
    ui.settle();
    ASSERT_EQ(current_strings().code(), code);
    EXPECT_EQ(ui.target(ui_id::kJourneyFull).label, phrase(code, "journey.choose.full.title"));
    EXPECT_EQ(ui.target(ui_id::kJourneyShort).label, phrase(code, "journey.choose.short.title"));
    EXPECT_EQ(ui.target(ui_id::kJourneyMusic).label, phrase(code, "journey.choose.music.title"));
    EXPECT_TRUE(ui.shown().shows_text(phrase(code, "journey.choose.hint")));
    read_through(ui, code, ui_id::kJourneyFull, StoryLength::Full);
    read_through(ui, code, ui_id::kJourneyShort, StoryLength::Short);

    ui.click(ui_id::kJourneyMusic);
    EXPECT_TRUE(ui.shown().shows_text(phrase(code, "journey.music.words")));
    EXPECT_EQ(ui.target(ui_id::kJourneyPause).label, phrase(code, "journey.player.pause"));
    for (std::string_view id :
         {ui_id::kJourneyPause, ui_id::kJourneyPlay, ui_id::kJourneyRewind, ui_id::kJourneyForward,
          ui_id::kJourneyQuieter, ui_id::kJourneyLouder, ui_id::kJourneyStop})
      ui.click(id);
    EXPECT_EQ(ui.target(ui_id::kJourneyRewind).label,
              with(phrase(code, "journey.player.back"), "seconds", "15"));
    const long percent = std::lround(journey(ui).player().volume() * 10) * 10;
    EXPECT_TRUE(ui.shown().shows_text(
        with(phrase(code, "journey.player.volume"), "percent", std::to_string(percent))));
    ui.click(ui_id::kJourneyChoose);
    expect_every_word_found(code);
  }
}

TEST(ToolsInEachLanguage, TheJourneyWithNoSoundSaysSoInEachLanguage) {
  for (std::string_view code : kLanguages) {
    SCOPED_TRACE(code);
    UiHarness ui(in(code, ScreenId::Journey));
    ui.audio().set_available(false);
    ui.settle();
    ui.click(ui_id::kJourneyShort);
    EXPECT_TRUE(ui.shown().shows_text(phrase(code, "journey.player.no-music")));
    EXPECT_TRUE(ui.shown().shows_text(phrase(code, "journey.player.no-music-story")));
    EXPECT_EQ(ui.target(ui_id::kJourneyFollow).label, phrase(code, "journey.player.follow-clock"));
    ASSERT_FALSE(ui.notices().all().empty());
    EXPECT_EQ(ui.notices().all().back().title, phrase(code, "journey.notice.no-music"));
    ui.click(ui_id::kJourneyChoose);
    ui.click(ui_id::kJourneyMusic);
    EXPECT_TRUE(ui.shown().shows_text(phrase(code, "journey.player.no-music-choose")));
    expect_every_word_found(code);
  }
}

TEST(ToolsInEachLanguage, ThePlayersButtonsKeepToOneRowAt1024x600) {
  // A second row would take the page's room and drop its words to a smaller size.
  for (std::string_view code : kLanguages) {
    SCOPED_TRACE(code);
    UiHarness ui(in(code, ScreenId::Journey, {1024, 600}));
    ui.settle();
    ui.click(ui_id::kJourneyFull);
    const float row = ui.target(ui_id::kJourneyPause).rect.y;
    for (std::string_view id :
         {ui_id::kJourneyStop, ui_id::kJourneyRewind, ui_id::kJourneyForward, ui_id::kJourneyFollow})
      EXPECT_EQ(ui.target(id).rect.y, row) << id;
  }
}

void speak(UiHarness& ui, std::string_view code) {
  Preferences preferences = ui.preferences().current();
  preferences.language = std::string(code);
  ui.preferences().change(preferences);
  ui.frame();
}

TEST(ToolsInEachLanguage, ChangingLanguageMidJourneyKeepsThePageAndTheMusicsPlace) {
  UiHarness ui(in("en", ScreenId::Journey));
  ui.settle();
  ui.click(ui_id::kJourneyFull);
  ui.click(ui_id::kJourneyNextPage);
  ui.click(ui_id::kJourneyNextPage);
  ui.click(ui_id::kJourneyFollow);  // the pages follow the music, which moves to this page
  ui.audio().advance_music(4);
  ui.frame();
  const std::size_t page = journey(ui).page();
  ASSERT_EQ(page, 2u);
  ASSERT_EQ(journey(ui).player().state(), PlayState::Playing);
  const std::optional<double> position = ui.audio().music_position();
  ASSERT_TRUE(position.has_value());
  const std::filesystem::path music = ui.audio().music_file;
  const auto plays = ui.audio().plays.size();
  const auto seeks = ui.audio().seeks.size();
  const auto fades = ui.audio().fade_outs.size();
  ASSERT_TRUE(ui.shown().shows_text(shipped_story(StoryLength::Full, "en").pages[page].text));

  for (std::string_view code : kTranslations) {
    SCOPED_TRACE(code);
    speak(ui, code);
    ASSERT_EQ(current_strings().code(), code);
    EXPECT_EQ(journey(ui).choice(), JourneyChoice::FullStory);
    EXPECT_EQ(journey(ui).page(), page);
    EXPECT_EQ(journey(ui).player().state(), PlayState::Playing);
    EXPECT_EQ(ui.audio().music_position(), position);
    EXPECT_EQ(ui.audio().music_file, music);
    EXPECT_EQ(ui.audio().plays.size(), plays) << "the music was not started again";
    EXPECT_EQ(ui.audio().seeks.size(), seeks) << "nor moved";
    EXPECT_EQ(ui.audio().fade_outs.size(), fades) << "nor stopped";
    EXPECT_TRUE(ui.shown().shows_text(shipped_story(StoryLength::Full, code).pages[page].text));
    EXPECT_FALSE(ui.shown().shows_text(shipped_story(StoryLength::Full, "en").pages[page].text));
    EXPECT_EQ(ui.target(ui_id::kJourneyFollow).label, phrase(code, "journey.player.follow-music"));
    expect_every_word_found(code);
  }
  ui.click(ui_id::kJourneyNextPage);
  EXPECT_EQ(journey(ui).page(), page + 1) << "and the story carries on from there";
  EXPECT_TRUE(ui.shown().shows_text(shipped_story(StoryLength::Full, "pl").pages[page + 1].text));
}

}  // namespace
}  // namespace kitbag
