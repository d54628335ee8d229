// The Wonder Journey through real ImGui frames on a fake clock and fake music: choosing a
// journey, turning pages, the player (play, pause, stop, seek, jumps, volume, the time shown),
// pages that turn with the music, no sound device, unreadable music and stories, leaving and
// coming back, small windows, and what the screen costs in frames.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <regex>
#include <sstream>

#include "app/core/notices.h"
#include "app/core/timer/timer_lengths.h"
#include "app/core/ui_ids.h"
#include "app/story_library.h"
#include "app/ui/screens/journey_screen.h"
#include "app/ui/widgets.h"
#include "platform/fakes/temp_dir.h"
#include "tests/support/ui_harness.h"
#include "tests/ui/shipped_words.h"

namespace kitbag {
namespace {

using namespace std::chrono_literals;
using test::HarnessOptions;
using test::UiHarness;
using ui::JourneyScreen;
using TimePoint = std::chrono::steady_clock::time_point;

// The harness moves its clock 16 ms before each frame.
constexpr auto kFrameStep = 16ms;
// FakeAudio's music is this long unless a test says otherwise.
constexpr double kFakeMusicSeconds = 300;

HarnessOptions on_journey(WindowSize size = {1280, 800}) {
  return {.size = size, .start = ScreenId::Journey};
}

JourneyScreen& journey(UiHarness& ui) {
  return ui.screen<JourneyScreen>(ScreenId::Journey);
}

PlayState play_state(UiHarness& ui) {
  return journey(ui).player().state();
}

bool shows(const UiHarness& ui, std::string_view id) {
  return ui.shown().find_by_id(id) != nullptr;
}

// The shipped stories, read as the app reads them in English, for the words and page times to
// expect. Their words are in the language files, which these tests read on their own.
const Story& shipped(StoryLength length) {
  const Story& story = test::shipped_story(length, "en");
  if (story.pages.empty())
    ADD_FAILURE() << "the shipped " << story_length_name(length) << " story cannot be read";
  return story;
}

const std::string& page_text(StoryLength length, std::size_t page) {
  return shipped(length).pages.at(page).text;
}

// The player's times: elapsed ("1:05") and remaining ("-3:55").
std::vector<std::string> clock_texts(const UiHarness& ui) {
  static const std::regex digits(R"(^-?\d+:\d\d$)");
  std::vector<std::string> found;
  for (const UiText& text : ui.shown().texts())
    if (std::regex_match(text.text, digits)) found.push_back(text.text);
  return found;
}

bool ends_with(const std::filesystem::path& file, std::string_view tail) {
  return file.generic_string().ends_with(tail);
}

// One frame drawn at exactly `when`, which must be at least a frame step away.
void frame_at(UiHarness& ui, TimePoint when) {
  ASSERT_GE(when - ui.clock().now(), kFrameStep);
  ui.clock().advance(when - ui.clock().now() - kFrameStep);
  ui.frame();
  ASSERT_EQ(ui.clock().now(), when);
}

// The music plays on by `seconds`, and a frame shows it.
void play_on(UiHarness& ui, double seconds) {
  ui.audio().advance_music(seconds);
  ui.frame();
}

// A click as a person makes it, at a point rather than a target's centre.
void click_at(UiHarness& ui, ScriptInput::Point point) {
  ScriptInput hover;
  hover.pointer = point;
  ScriptInput press = hover;
  press.button_down = true;
  ui.frame(hover);
  ui.frame(press);
  ui.frame(hover);
  ui.frame({});
  ui.scheduler().note_input();
  ui.settle();
}

// Clicks the seek bar `fraction` of the way along it.
void click_seek_bar(UiHarness& ui, double fraction) {
  const Rect bar = ui.target(ui_id::kJourneySeek).rect;
  click_at(ui, {bar.x + static_cast<float>(fraction) * bar.width, bar.center_y()});
}

void press_until_focused(UiHarness& ui, std::string_view id) {
  for (int tab = 0; tab < 40 && ui.shell().focus().focused_id() != id; ++tab) ui.press({Key::Tab});
  ASSERT_EQ(ui.shell().focus().focused_id(), id);
}

// --- choosing ---

TEST(JourneyScreen, OpensOnThreeJourneysToChooseWithNoMusicYet) {
  UiHarness ui(on_journey());
  ui.settle();
  for (std::string_view id : {ui_id::kJourneyFull, ui_id::kJourneyShort, ui_id::kJourneyMusic})
    EXPECT_TRUE(ui.target(id).enabled) << id;
  EXPECT_TRUE(ui.shown().shows_text("The Wonder Journey"));
  EXPECT_TRUE(ui.shown().shows_text("A short journey"));
  EXPECT_TRUE(ui.shown().shows_text("Just the music"));
  for (std::string_view id : {ui_id::kJourneyPlay, ui_id::kJourneyPause, ui_id::kJourneyNextPage,
                              ui_id::kJourneyChoose, ui_id::kJourneySeek})
    EXPECT_FALSE(shows(ui, id)) << id << " before a journey is chosen";
  EXPECT_FALSE(journey(ui).choice().has_value());
  EXPECT_TRUE(ui.audio().music_file.empty()) << "no music is opened until a journey is chosen";
  EXPECT_TRUE(ui.audio().plays.empty());
  EXPECT_TRUE(ui.notices().empty()) << "the shipped stories read cleanly";
}

TEST(JourneyScreen, TheFullStoryOpensOnItsFirstPageWithItsMusicFadingIn) {
  UiHarness ui(on_journey());
  ui.settle();
  ui.click(ui_id::kJourneyFull);
  EXPECT_EQ(journey(ui).choice(), JourneyChoice::FullStory);
  EXPECT_EQ(journey(ui).page(), 0u);
  EXPECT_TRUE(ui.shown().shows_text(page_text(StoryLength::Full, 0)));
  EXPECT_TRUE(ui.shown().shows_text("Page 1 of " + std::to_string(shipped(StoryLength::Full).pages.size())));
  EXPECT_FALSE(shows(ui, ui_id::kJourneyFull)) << "the choices have gone";

  EXPECT_TRUE(ends_with(ui.audio().music_file, "music/journey-full.ogg")) << ui.audio().music_file;
  EXPECT_TRUE(std::filesystem::is_regular_file(ui.audio().music_file)) << "the build makes the music";
  ASSERT_EQ(ui.audio().plays.size(), 1u);
  EXPECT_EQ(ui.audio().plays[0].from, 0.0);
  EXPECT_GE(ui.audio().plays[0].fade_in_ms, 1000) << "the music comes in softly, not with a jolt";
  EXPECT_EQ(play_state(ui), PlayState::Playing);
  EXPECT_TRUE(shows(ui, ui_id::kJourneyPause));
  EXPECT_FALSE(shows(ui, ui_id::kJourneyPlay));
  EXPECT_EQ(ui.target(ui_id::kJourneyFollow).label, "Turn pages with the music");
}

TEST(JourneyScreen, TheShortStoryOpensWithItsOwnMusic) {
  UiHarness ui(on_journey());
  ui.settle();
  ui.click(ui_id::kJourneyShort);
  EXPECT_EQ(journey(ui).choice(), JourneyChoice::ShortStory);
  EXPECT_TRUE(ui.shown().shows_text(page_text(StoryLength::Short, 0)));
  EXPECT_FALSE(ui.shown().shows_text(page_text(StoryLength::Full, 0)));
  EXPECT_TRUE(ui.shown().shows_text("Page 1 of " + std::to_string(shipped(StoryLength::Short).pages.size())));
  EXPECT_TRUE(ends_with(ui.audio().music_file, "music/journey-short.ogg")) << ui.audio().music_file;
  EXPECT_TRUE(std::filesystem::is_regular_file(ui.audio().music_file));
  ASSERT_EQ(ui.audio().plays.size(), 1u);
  EXPECT_GE(ui.audio().plays[0].fade_in_ms, 1000);
}

TEST(JourneyScreen, JustTheMusicPlaysTheFullMusicWithNoPages) {
  UiHarness ui(on_journey());
  ui.audio().music_length = 510;
  ui.settle();
  ui.click(ui_id::kJourneyMusic);
  EXPECT_EQ(journey(ui).choice(), JourneyChoice::MusicOnly);
  EXPECT_TRUE(ui.shown().shows_text("Just the music"));
  EXPECT_TRUE(ui.shown().shows_text("Sit comfortably"));
  EXPECT_FALSE(shows(ui, ui_id::kJourneyFull)) << "the choices have gone";
  for (std::string_view id : {ui_id::kJourneyNextPage, ui_id::kJourneyPreviousPage, ui_id::kJourneyFollow})
    EXPECT_FALSE(shows(ui, id)) << id << ": no pages to turn";
  EXPECT_FALSE(ui.shown().shows_text("Page 1 of"));
  EXPECT_TRUE(ends_with(ui.audio().music_file, "music/journey-full.ogg")) << ui.audio().music_file;
  ASSERT_EQ(ui.audio().plays.size(), 1u);
  EXPECT_GE(ui.audio().plays[0].fade_in_ms, 1000);
  EXPECT_EQ(clock_texts(ui), (std::vector<std::string>{"0:00", "-8:30"})) << "the whole music's length";
}

// --- pages ---

TEST(JourneyScreen, NextAndPreviousTurnThePagesAndPreviousWaitsOnTheFirst) {
  UiHarness ui(on_journey());
  ui.settle();
  ui.click(ui_id::kJourneyFull);
  EXPECT_FALSE(ui.target(ui_id::kJourneyPreviousPage).enabled) << "nothing before the first page";
  ui.click(ui_id::kJourneyPreviousPage);
  EXPECT_EQ(journey(ui).page(), 0u);

  ui.click(ui_id::kJourneyNextPage);
  EXPECT_EQ(journey(ui).page(), 1u);
  EXPECT_TRUE(ui.shown().shows_text(page_text(StoryLength::Full, 1)));
  EXPECT_FALSE(ui.shown().shows_text(page_text(StoryLength::Full, 0)));
  EXPECT_TRUE(ui.shown().shows_text("Page 2 of "));
  EXPECT_TRUE(ui.target(ui_id::kJourneyPreviousPage).enabled);
  ui.click(ui_id::kJourneyNextPage);
  EXPECT_EQ(journey(ui).page(), 2u);
  EXPECT_TRUE(ui.shown().shows_text(page_text(StoryLength::Full, 2)));

  ui.click(ui_id::kJourneyPreviousPage);
  ui.click(ui_id::kJourneyPreviousPage);
  EXPECT_EQ(journey(ui).page(), 0u);
  EXPECT_TRUE(ui.shown().shows_text(page_text(StoryLength::Full, 0)));
  EXPECT_FALSE(ui.target(ui_id::kJourneyPreviousPage).enabled);
  EXPECT_TRUE(ui.audio().seeks.empty()) << "not following the music, turning pages leaves it alone";
  EXPECT_EQ(play_state(ui), PlayState::Playing);
}

TEST(JourneyScreen, FinishOnTheLastPageFadesTheMusicAndShowsTheChoicesAgain) {
  UiHarness ui(on_journey());
  ui.settle();
  ui.click(ui_id::kJourneyShort);
  const std::size_t pages = shipped(StoryLength::Short).pages.size();
  for (std::size_t page = 1; page < pages; ++page) {
    ASSERT_EQ(ui.target(ui_id::kJourneyNextPage).label, "Next page") << "on page " << page;
    ui.click(ui_id::kJourneyNextPage);
  }
  ASSERT_EQ(journey(ui).page(), pages - 1);
  EXPECT_TRUE(ui.shown().shows_text(page_text(StoryLength::Short, pages - 1)));
  EXPECT_EQ(ui.target(ui_id::kJourneyNextPage).label, "Finish");
  EXPECT_TRUE(ui.audio().fade_outs.empty());

  ui.click(ui_id::kJourneyNextPage);
  EXPECT_EQ(play_state(ui), PlayState::Stopped);
  ASSERT_EQ(ui.audio().fade_outs.size(), 1u);
  EXPECT_GE(ui.audio().fade_outs[0], 1000) << "the music fades away at the end";
  EXPECT_TRUE(ui.audio().music_fading_out());
  for (std::string_view id : {ui_id::kJourneyFull, ui_id::kJourneyShort, ui_id::kJourneyMusic})
    EXPECT_TRUE(shows(ui, id)) << id;
  EXPECT_FALSE(shows(ui, ui_id::kJourneyNextPage));
  EXPECT_FALSE(shows(ui, ui_id::kJourneyPause));
}

TEST(JourneyScreen, OtherJourneysStopsTheMusicAndOffersTheChoicesAgain) {
  UiHarness ui(on_journey());
  ui.settle();
  ui.click(ui_id::kJourneyFull);
  ui.click(ui_id::kJourneyNextPage);
  ui.click(ui_id::kJourneyChoose);
  EXPECT_EQ(play_state(ui), PlayState::Stopped);
  ASSERT_EQ(ui.audio().fade_outs.size(), 1u);
  EXPECT_GE(ui.audio().fade_outs[0], 1000);
  EXPECT_TRUE(shows(ui, ui_id::kJourneyShort));
  EXPECT_FALSE(shows(ui, ui_id::kJourneyChoose));
  EXPECT_FALSE(shows(ui, ui_id::kJourneyPause));

  ui.click(ui_id::kJourneyShort);
  EXPECT_EQ(journey(ui).page(), 0u) << "a new journey starts on its first page";
  EXPECT_TRUE(ends_with(ui.audio().music_file, "music/journey-short.ogg"));
  ASSERT_EQ(ui.audio().plays.size(), 2u);
  EXPECT_EQ(ui.audio().plays[1].from, 0.0);
  EXPECT_EQ(play_state(ui), PlayState::Playing);
}

// --- the player ---

TEST(JourneyScreen, PlayAndPauseShareOneButton) {
  UiHarness ui(on_journey());
  ui.settle();
  ui.click(ui_id::kJourneyFull);
  play_on(ui, 30);
  ui.click(ui_id::kJourneyPause);
  EXPECT_EQ(play_state(ui), PlayState::Paused);
  ASSERT_EQ(ui.audio().fade_outs.size(), 1u);
  EXPECT_GT(ui.audio().fade_outs[0], 0) << "a quick fade, not a click";
  EXPECT_LE(ui.audio().fade_outs[0], 1000) << "pausing is quick";
  EXPECT_TRUE(shows(ui, ui_id::kJourneyPlay));
  EXPECT_FALSE(shows(ui, ui_id::kJourneyPause));
  EXPECT_EQ(ui.target(ui_id::kJourneyPlay).label, "Play");
  EXPECT_EQ(clock_texts(ui).front(), "0:30");

  ui.click(ui_id::kJourneyPlay);
  EXPECT_EQ(play_state(ui), PlayState::Playing);
  EXPECT_TRUE(shows(ui, ui_id::kJourneyPause));
  EXPECT_FALSE(shows(ui, ui_id::kJourneyPlay));
  ASSERT_EQ(ui.audio().plays.size(), 2u);
  EXPECT_GE(ui.audio().plays[1].from, 30.0) << "it carries on from where it paused";
  EXPECT_LT(ui.audio().plays[1].from, 31.0);
  EXPECT_GT(ui.audio().plays[1].fade_in_ms, 0);
}

// After a journey is chosen with the mouse no focus ring shows, so the space bar is the player's.
TEST(JourneyScreen, TheSpaceBarPlaysAndPausesWhenNoFocusRingShows) {
  UiHarness ui(on_journey());
  ui.settle();
  ui.click(ui_id::kJourneyFull);
  ASSERT_FALSE(ui.shell().focus().ring_visible());
  ui.press({Key::Space});
  EXPECT_EQ(play_state(ui), PlayState::Paused) << "focus: '" << ui.shell().focus().focused_id() << "'";
  EXPECT_TRUE(shows(ui, ui_id::kJourneyPlay));
  ui.press({Key::Space});
  EXPECT_EQ(play_state(ui), PlayState::Playing);
  EXPECT_TRUE(shows(ui, ui_id::kJourneyPause));
  ui.press({Key::Space});
  EXPECT_EQ(play_state(ui), PlayState::Paused) << "one press, one change";
  EXPECT_EQ(ui.navigator().current(), ScreenId::Journey);
  EXPECT_EQ(journey(ui).page(), 0u);
}

TEST(JourneyScreen, SpaceOnAFocusedControlPressesThatControlInstead) {
  UiHarness ui(on_journey());
  ui.settle();
  ui.click(ui_id::kJourneyFull);
  press_until_focused(ui, ui_id::kJourneyForward);
  ui.press({Key::Space});
  EXPECT_EQ(play_state(ui), PlayState::Playing) << "Space went to the focused control, not to pause";
  ASSERT_EQ(ui.audio().seeks.size(), 1u);
  EXPECT_EQ(ui.audio().seeks[0], 15.0);
}

TEST(JourneyScreen, StopGoesBackToTheStartAndCannotBePressedAgain) {
  UiHarness ui(on_journey());
  ui.settle();
  ui.click(ui_id::kJourneyFull);
  EXPECT_TRUE(ui.target(ui_id::kJourneyStop).enabled);
  play_on(ui, 65);
  ui.click(ui_id::kJourneyStop);
  EXPECT_EQ(play_state(ui), PlayState::Stopped);
  ASSERT_EQ(ui.audio().fade_outs.size(), 1u);
  EXPECT_GE(ui.audio().fade_outs[0], 1000) << "stopping fades away";
  EXPECT_EQ(clock_texts(ui), (std::vector<std::string>{"0:00", "-5:00"}));
  EXPECT_FALSE(ui.target(ui_id::kJourneyStop).enabled) << "nothing left to stop";
  EXPECT_TRUE(shows(ui, ui_id::kJourneyPlay));
  EXPECT_EQ(journey(ui).page(), 0u);

  ui.click(ui_id::kJourneyPlay);
  ASSERT_EQ(ui.audio().plays.size(), 2u);
  EXPECT_EQ(ui.audio().plays[1].from, 0.0) << "from the start";
  EXPECT_EQ(ui.audio().plays[1].fade_in_ms, ui.audio().plays[0].fade_in_ms)
      << "with the opening's soft start";
  EXPECT_TRUE(ui.target(ui_id::kJourneyStop).enabled);
}

// Elapsed rounds down and remaining up, as a clock would, so together they make the length.
TEST(JourneyScreen, ElapsedAndRemainingTimesFollowTheMusic) {
  UiHarness ui(on_journey());
  ui.settle();
  ui.click(ui_id::kJourneyFull);
  EXPECT_EQ(clock_texts(ui), (std::vector<std::string>{"0:00", "-5:00"}));
  play_on(ui, 65);
  EXPECT_EQ(clock_texts(ui), (std::vector<std::string>{"1:05", "-3:55"}));
  play_on(ui, 0.5);
  EXPECT_EQ(clock_texts(ui), (std::vector<std::string>{"1:05", "-3:55"}));
  play_on(ui, 0.5);
  EXPECT_EQ(clock_texts(ui), (std::vector<std::string>{"1:06", "-3:54"}));
}

TEST(JourneyScreen, ClickingTheSeekBarMovesTheMusicThere) {
  UiHarness ui(on_journey());
  ui.settle();
  ui.click(ui_id::kJourneyFull);
  for (const double fraction : {0.25, 0.7, 0.1}) {
    const std::size_t before = ui.audio().seeks.size();
    click_seek_bar(ui, fraction);
    ASSERT_EQ(ui.audio().seeks.size(), before + 1) << fraction << ": one seek per click";
    EXPECT_NEAR(ui.audio().seeks.back(), fraction * kFakeMusicSeconds, 0.02 * kFakeMusicSeconds) << fraction;
    EXPECT_EQ(play_state(ui), PlayState::Playing) << "seeking does not stop the music";
  }
  EXPECT_EQ(clock_texts(ui).front(), clock_text(static_cast<long long>(std::floor(ui.audio().seeks.back()))))
      << "the time shown follows the seek";
  EXPECT_TRUE(ui.audio().fade_outs.empty());
}

TEST(JourneyScreen, BackAndOnFifteenSecondsJumpAndStopAtTheStart) {
  UiHarness ui(on_journey());
  ui.settle();
  ui.click(ui_id::kJourneyFull);
  play_on(ui, 65);
  ui.click(ui_id::kJourneyForward);
  ASSERT_EQ(ui.audio().seeks.size(), 1u);
  EXPECT_EQ(ui.audio().seeks.back(), 80.0);
  EXPECT_EQ(clock_texts(ui).front(), "1:20");
  ui.click(ui_id::kJourneyRewind);
  EXPECT_EQ(ui.audio().seeks.back(), 65.0);
  for (const double expected : {50.0, 35.0, 20.0, 5.0, 0.0}) {
    ui.click(ui_id::kJourneyRewind);
    EXPECT_EQ(ui.audio().seeks.back(), expected);
  }
  EXPECT_EQ(clock_texts(ui).front(), "0:00");
  EXPECT_EQ(play_state(ui), PlayState::Playing);
}

TEST(JourneyScreen, VolumeStepsByATenthAndStopsAtSilenceAndFull) {
  UiHarness ui(on_journey());
  ui.settle();
  ui.click(ui_id::kJourneyFull);
  EXPECT_TRUE(ui.shown().shows_text("Volume 80%"));
  EXPECT_DOUBLE_EQ(ui.audio().music_volume, 0.8) << "the music opens at the player's volume";

  ui.click(ui_id::kJourneyLouder);
  EXPECT_DOUBLE_EQ(ui.audio().music_volume, 0.9);
  EXPECT_TRUE(ui.shown().shows_text("Volume 90%"));
  ui.click(ui_id::kJourneyLouder);
  EXPECT_DOUBLE_EQ(ui.audio().music_volume, 1.0);
  EXPECT_TRUE(ui.shown().shows_text("Volume 100%"));
  EXPECT_FALSE(ui.target(ui_id::kJourneyLouder).enabled) << "as loud as it goes";
  ui.click(ui_id::kJourneyLouder);
  EXPECT_DOUBLE_EQ(ui.audio().music_volume, 1.0);

  for (int step = 9; step >= 0; --step) {
    ASSERT_TRUE(ui.target(ui_id::kJourneyQuieter).enabled) << step;
    ui.click(ui_id::kJourneyQuieter);
    EXPECT_NEAR(ui.audio().music_volume, step / 10.0, 1e-9);
    EXPECT_TRUE(ui.shown().shows_text("Volume " + std::to_string(step * 10) + "%")) << step;
  }
  EXPECT_DOUBLE_EQ(ui.audio().music_volume, 0.0);
  EXPECT_FALSE(ui.target(ui_id::kJourneyQuieter).enabled) << "silent is as quiet as it goes";
  EXPECT_TRUE(ui.target(ui_id::kJourneyLouder).enabled);
  ui.click(ui_id::kJourneyQuieter);
  EXPECT_DOUBLE_EQ(ui.audio().music_volume, 0.0);
  EXPECT_EQ(play_state(ui), PlayState::Playing) << "silent is not paused";
}

// --- pages that turn with the music ---

TEST(JourneyScreen, FollowingTheMusicTurnsThePageWhenTheMusicReachesIt) {
  UiHarness ui(on_journey());
  ui.settle();
  ui.click(ui_id::kJourneyFull);
  ui.click(ui_id::kJourneyFollow);
  EXPECT_TRUE(ui.audio().seeks.empty()) << "the music is already on the page showing";
  const Story& story = shipped(StoryLength::Full);
  const double second_page = story.page_start(1);
  play_on(ui, second_page - 1);
  EXPECT_EQ(journey(ui).page(), 0u);
  play_on(ui, 1.5);
  EXPECT_EQ(journey(ui).page(), 1u);
  EXPECT_TRUE(ui.shown().shows_text(page_text(StoryLength::Full, 1)));
  play_on(ui, story.page_start(2) - story.page_start(1));
  EXPECT_EQ(journey(ui).page(), 2u);
  EXPECT_TRUE(ui.shown().shows_text(page_text(StoryLength::Full, 2)));
  EXPECT_TRUE(ui.audio().seeks.empty()) << "the music led; nothing moved it";

  ui.click(ui_id::kJourneyFollow);  // off again: the page stays while the music goes on
  play_on(ui, 60);
  EXPECT_EQ(journey(ui).page(), 2u);
}

TEST(JourneyScreen, TurningAPageWhileFollowingMovesTheMusicToIt) {
  UiHarness ui(on_journey());
  ui.settle();
  ui.click(ui_id::kJourneyFull);
  ui.click(ui_id::kJourneyFollow);
  const Story& story = shipped(StoryLength::Full);
  ui.click(ui_id::kJourneyNextPage);
  EXPECT_EQ(journey(ui).page(), 1u);
  ASSERT_EQ(ui.audio().seeks.size(), 1u);
  EXPECT_EQ(ui.audio().seeks.back(), story.page_start(1));
  ui.click(ui_id::kJourneyNextPage);
  EXPECT_EQ(journey(ui).page(), 2u) << "the music's new place does not send the page back";
  EXPECT_EQ(ui.audio().seeks.back(), story.page_start(2));
  ui.click(ui_id::kJourneyPreviousPage);
  EXPECT_EQ(journey(ui).page(), 1u);
  EXPECT_EQ(ui.audio().seeks.back(), story.page_start(1));
  EXPECT_EQ(play_state(ui), PlayState::Playing);
}

TEST(JourneyScreen, TurningFollowOnMovesTheMusicToThePageShowing) {
  UiHarness ui(on_journey());
  ui.settle();
  ui.click(ui_id::kJourneyFull);
  ui.click(ui_id::kJourneyNextPage);
  ui.click(ui_id::kJourneyNextPage);
  ASSERT_EQ(journey(ui).page(), 2u);
  ASSERT_TRUE(ui.audio().seeks.empty());
  ui.click(ui_id::kJourneyFollow);
  EXPECT_EQ(journey(ui).page(), 2u) << "the words stay where the reader is";
  ASSERT_EQ(ui.audio().seeks.size(), 1u);
  EXPECT_EQ(ui.audio().seeks.back(), shipped(StoryLength::Full).page_start(2));
  EXPECT_EQ(clock_texts(ui).front(),
            clock_text(static_cast<long long>(shipped(StoryLength::Full).page_start(2))));
}

// --- without music ---

TEST(JourneyScreen, WithNoSoundDeviceTheStoryStillReadsAndSaysWhyCalmly) {
  UiHarness ui(on_journey());
  ui.audio().set_available(false);
  ui.settle();
  ui.click(ui_id::kJourneyFull);
  EXPECT_TRUE(ui.shown().shows_text(page_text(StoryLength::Full, 0)));
  EXPECT_TRUE(ui.shown().shows_text("The music cannot play on this computer"));
  EXPECT_TRUE(ui.shown().shows_text("no sound device")) << "and why";
  for (std::string_view id :
       {ui_id::kJourneyPlay, ui_id::kJourneyPause, ui_id::kJourneyStop, ui_id::kJourneySeek,
        ui_id::kJourneyRewind, ui_id::kJourneyForward, ui_id::kJourneyQuieter, ui_id::kJourneyLouder})
    EXPECT_FALSE(shows(ui, id)) << id << " has no music to work on";
  EXPECT_EQ(ui.target(ui_id::kJourneyFollow).label, "Turn the pages for me");
  EXPECT_TRUE(ui.audio().plays.empty());

  ui.click(ui_id::kJourneyNextPage);
  EXPECT_EQ(journey(ui).page(), 1u);
  EXPECT_TRUE(ui.shown().shows_text(page_text(StoryLength::Full, 1)));
  ui.click(ui_id::kJourneyPreviousPage);
  EXPECT_EQ(journey(ui).page(), 0u);
  ui.press({Key::Space});
  EXPECT_EQ(journey(ui).page(), 0u) << "Space has nothing to play";
  EXPECT_EQ(ui.navigator().current(), ScreenId::Journey);
}

// The app sleeps between frames: the pages turn because the screen asks to be woken for them.
TEST(JourneyScreen, WithNoSoundDeviceTurnThePagesForMeTurnsThemOnTheClock) {
  UiHarness ui(on_journey());
  ui.audio().set_available(false);
  ui.settle();
  ui.click(ui_id::kJourneyFull);
  ui.settle();
  EXPECT_FALSE(ui.scheduler().time_until_due(ui.clock().now()).has_value()) << "nothing runs until asked";
  ui.click(ui_id::kJourneyFollow);
  const TimePoint on = ui.clock().now();
  const Story& story = shipped(StoryLength::Full);
  // Woken only when asked, as the loop would: the turn to page 3 must come on time.
  while (journey(ui).page() < 2) {
    ui.settle();
    const auto due = ui.scheduler().time_until_due(ui.clock().now());
    ASSERT_TRUE(due.has_value()) << "the clock turning the pages must wake the loop";
    ASSERT_LE(*due, 1s + kFrameStep);
    ASSERT_LE(ui.clock().now() - on, std::chrono::seconds(static_cast<int>(story.page_start(2)) + 2))
        << "the page did not turn in time";
    frame_at(ui, ui.clock().now() + std::max<std::chrono::steady_clock::duration>(*due, kFrameStep));
  }
  EXPECT_GE(ui.clock().now() - on, std::chrono::seconds(static_cast<int>(story.page_start(2))) - 1s);
  EXPECT_TRUE(ui.shown().shows_text(page_text(StoryLength::Full, 2)));
  EXPECT_TRUE(ui.audio().plays.empty());

  ui.click(ui_id::kJourneyFollow);  // off: the pages wait for the reader again
  ui.clock().advance(2min);
  ui.frame();
  ui.settle();
  EXPECT_EQ(journey(ui).page(), 2u);
  EXPECT_FALSE(ui.scheduler().time_until_due(ui.clock().now()).has_value()) << "and the app sleeps";
}

// Without music there is no Play button: the switch that shows on must carry on turning the
// pages after a visit to another screen, from where they were, or nothing says why they stopped.
TEST(JourneyScreen, WithNoSoundDeviceThePagesCarryOnTurningAfterLeavingAndComingBack) {
  UiHarness ui(on_journey());
  ui.audio().set_available(false);
  ui.settle();
  ui.click(ui_id::kJourneyFull);
  ui.click(ui_id::kJourneyFollow);
  const Story& story = shipped(StoryLength::Full);
  const int at = static_cast<int>(story.page_start(1)) + 5;
  ui.clock().advance(std::chrono::seconds(at));
  ui.frame();
  ASSERT_EQ(journey(ui).page(), 1u);

  ui.click(ui_id::kBack);
  ASSERT_EQ(ui.navigator().current(), ScreenId::Home);
  ui.clock().advance(5min);
  ui.frame();
  ui.settle();
  ui.click(ui_id::tile("journey"));
  EXPECT_EQ(journey(ui).page(), 1u) << "on the page it was on: the time away did not count";
  EXPECT_FALSE(shows(ui, ui_id::kJourneyPlay)) << "nothing else could start it again";
  const int to_next = static_cast<int>(story.page_start(2)) - at;
  ui.clock().advance(std::chrono::seconds(to_next - 2));
  ui.frame();
  EXPECT_EQ(journey(ui).page(), 1u) << "carrying on from where it was";
  ui.clock().advance(3s);
  ui.frame();
  EXPECT_EQ(journey(ui).page(), 2u) << "the switch still shows on, so the pages must still turn";
}

TEST(JourneyScreen, JustTheMusicWithNoSoundDeviceSaysSoWithoutTalkingOfAStory) {
  UiHarness ui(on_journey());
  ui.audio().set_available(false);
  ui.settle();
  ui.click(ui_id::kJourneyMusic);
  EXPECT_EQ(journey(ui).choice(), JourneyChoice::MusicOnly);
  EXPECT_TRUE(ui.shown().shows_text("The music cannot play on this computer"));
  EXPECT_TRUE(ui.shown().shows_text("no sound device"));
  EXPECT_FALSE(ui.shown().shows_text("read it at your own pace")) << "there is no story on this screen";
  for (std::string_view id : {ui_id::kJourneyPlay, ui_id::kJourneySeek, ui_id::kJourneyFollow})
    EXPECT_FALSE(shows(ui, id)) << id;
  EXPECT_TRUE(shows(ui, ui_id::kJourneyChoose)) << "a way back to the stories, which need no sound";
}

TEST(JourneyScreen, AnUnreadableMusicFileGetsTheSameCalmNoticeNamingIt) {
  UiHarness ui(on_journey());
  ui.audio().music_length = std::nullopt;
  ui.settle();
  ui.click(ui_id::kJourneyFull);
  EXPECT_TRUE(ui.shown().shows_text(page_text(StoryLength::Full, 0)));
  EXPECT_TRUE(ui.shown().shows_text("The music cannot play on this computer"));
  EXPECT_TRUE(ui.shown().shows_text("music/journey-full.ogg")) << "the file is named";
  EXPECT_TRUE(ui.shown().shows_text("could not be read as music")) << "and what is wrong with it";
  EXPECT_FALSE(shows(ui, ui_id::kJourneyPlay));
  EXPECT_EQ(ui.target(ui_id::kJourneyFollow).label, "Turn the pages for me");
  EXPECT_TRUE(ui.audio().plays.empty());
  ui.click(ui_id::kJourneyNextPage);
  EXPECT_EQ(journey(ui).page(), 1u);

  // Choosing again says nothing new: the notice is there already.
  const std::size_t notices = ui.notices().all().size();
  EXPECT_GE(notices, 1u);
  ui.click(ui_id::kJourneyChoose);
  ui.click(ui_id::kJourneyFull);
  EXPECT_EQ(ui.notices().all().size(), notices);
  EXPECT_TRUE(ui.shown().shows_text("The music cannot play on this computer"));
}

// --- leaving and coming back ---

class JourneyLeaving : public ::testing::TestWithParam<bool> {};

TEST_P(JourneyLeaving, LeavingWhilePlayingPausesAndComingBackShowsPlayAtTheSamePlace) {
  const bool by_escape = GetParam();
  UiHarness ui(on_journey());
  ui.settle();
  ui.click(ui_id::kJourneyFull);
  ui.click(ui_id::kJourneyNextPage);
  play_on(ui, 65);
  if (by_escape)
    ui.press({Key::Escape});
  else
    ui.click(ui_id::kBack);
  ASSERT_EQ(ui.navigator().current(), ScreenId::Home);
  EXPECT_EQ(play_state(ui), PlayState::Paused);
  ASSERT_EQ(ui.audio().fade_outs.size(), 1u);
  EXPECT_GT(ui.audio().fade_outs[0], 0) << "a gentle pause, not a cut";
  EXPECT_LE(ui.audio().fade_outs[0], 1000);
  ui.audio().advance_music(5);  // the fade runs out while the home screen shows
  EXPECT_FALSE(ui.audio().music_position().has_value());

  ui.click(ui_id::tile("journey"));
  ASSERT_EQ(ui.navigator().current(), ScreenId::Journey);
  EXPECT_EQ(journey(ui).page(), 1u);
  EXPECT_TRUE(ui.shown().shows_text(page_text(StoryLength::Full, 1)));
  EXPECT_TRUE(shows(ui, ui_id::kJourneyPlay));
  EXPECT_FALSE(shows(ui, ui_id::kJourneyPause));
  EXPECT_EQ(clock_texts(ui).front(), "1:05");
  ui.click(ui_id::kJourneyPlay);
  ASSERT_EQ(ui.audio().plays.size(), 2u);
  EXPECT_GE(ui.audio().plays[1].from, 65.0);
  EXPECT_LT(ui.audio().plays[1].from, 66.0);
}

INSTANTIATE_TEST_SUITE_P(JourneyScreen, JourneyLeaving, ::testing::Values(false, true),
                         [](const auto& param_info) { return param_info.param ? "ByEscape" : "ByBack"; });

TEST(JourneyScreen, LeavingWhenPausedChangesNothing) {
  UiHarness ui(on_journey());
  ui.settle();
  ui.click(ui_id::kJourneyFull);
  play_on(ui, 10);
  ui.click(ui_id::kJourneyPause);
  ui.click(ui_id::kBack);
  EXPECT_EQ(ui.audio().fade_outs.size(), 1u) << "only the pause faded";
  ui.click(ui_id::tile("journey"));
  EXPECT_EQ(play_state(ui), PlayState::Paused);
  EXPECT_EQ(clock_texts(ui).front(), "0:10");
}

// --- a broken story file ---

TEST(JourneyScreen, AStoryThatCannotBeReadIsNotOfferedAndANoticeNamesIt) {
  TempDir assets;
  const auto source = std::filesystem::path(KITBAG_SOURCE_DIR) / "assets";
  std::filesystem::copy(source / "stories", assets.path() / "stories",
                        std::filesystem::copy_options::recursive);
  const auto broken = assets.write("stories/journey-short.json", "{ \"schema\": 1, \"pages\": [ {\"id\": ");
  UiHarness ui({.start = ScreenId::Journey,
                .asset_roots = {assets.path(), source, std::filesystem::path(KITBAG_BUILD_ASSETS_DIR)}});
  ui.settle();
  EXPECT_FALSE(ui.target(ui_id::kJourneyShort).enabled);
  EXPECT_TRUE(ui.shown().shows_text("This story could not be read."));
  EXPECT_TRUE(ui.target(ui_id::kJourneyFull).enabled) << "the other story is still offered";
  EXPECT_TRUE(ui.target(ui_id::kJourneyMusic).enabled) << "and the music";
  ASSERT_EQ(ui.notices().all().size(), 1u);
  EXPECT_EQ(ui.notices().all()[0].title, "A Wonder Journey story has problems");
  EXPECT_NE(ui.notices().all()[0].detail.find(broken.string()), std::string::npos)
      << ui.notices().all()[0].detail;
  EXPECT_TRUE(ui.shown().shows_text("journey-short.json")) << "the notice shows on screen";

  ui.click(ui_id::kJourneyShort);
  EXPECT_FALSE(journey(ui).choice().has_value());
  EXPECT_TRUE(ui.audio().plays.empty());
  ui.click(ui_id::kJourneyFull);
  EXPECT_EQ(journey(ui).choice(), JourneyChoice::FullStory);
  EXPECT_TRUE(ui.shown().shows_text(page_text(StoryLength::Full, 0)));
}

// --- small windows ---

class JourneyScreenSizes : public ::testing::TestWithParam<WindowSize> {};

std::string where(const Rect& rect) {
  std::ostringstream out;
  out << rect.x << "," << rect.y << " " << rect.width << "x" << rect.height;
  return out.str();
}

// Every control drawn (also any cut by the window's edge) is wholly inside the window, apart
// from the others, and big enough for a child's finger; every word is inside the window.
void expect_everything_fits(const UiHarness& ui) {
  const Rect window = ui.shown().viewport();
  const auto& targets = ui.shown().reachable();
  ASSERT_FALSE(targets.empty());
  for (const UiTarget& target : targets) {
    EXPECT_TRUE(target.rect.inside(window))
        << target.id << " at " << where(target.rect) << " in " << where(window);
    EXPECT_FALSE(target.partly_hidden) << target.id;
    EXPECT_GE(target.rect.height, ui::kMinTouchTarget) << target.id << " at " << where(target.rect);
    EXPECT_GE(target.rect.width, ui::kMinTouchTarget) << target.id << " at " << where(target.rect);
  }
  for (std::size_t i = 0; i < targets.size(); ++i)
    for (std::size_t j = i + 1; j < targets.size(); ++j)
      EXPECT_FALSE(targets[i].rect.intersects(targets[j].rect))
          << targets[i].id << " at " << where(targets[i].rect) << " and " << targets[j].id << " at "
          << where(targets[j].rect) << " overlap";
  for (const UiText& text : ui.shown().texts())
    EXPECT_TRUE(text.rect.inside(window)) << "'" << text.text << "' at " << where(text.rect);
  EXPECT_TRUE(ui.shown().duplicate_ids().empty());
}

TEST_P(JourneyScreenSizes, TheChoicesFitAndNothingOverlaps) {
  UiHarness ui(on_journey(GetParam()));
  ui.settle();
  expect_everything_fits(ui);
}

// Short of room, the words on a card must not run off it and over the next card.
TEST_P(JourneyScreenSizes, TheWordsOfEachChoiceStayOnItsCard) {
  UiHarness ui(on_journey(GetParam()));
  ui.settle();
  for (std::string_view id : {ui_id::kJourneyFull, ui_id::kJourneyShort, ui_id::kJourneyMusic}) {
    const Rect card = ui.target(id).rect;
    for (const UiText& text : ui.shown().texts()) {
      if (!text.rect.intersects(card)) continue;
      EXPECT_TRUE(text.rect.inside(card))
          << "'" << text.text << "' at " << where(text.rect) << " spills off " << id << " at " << where(card);
    }
  }
}

TEST_P(JourneyScreenSizes, EachStoryFitsWithItsPlayerAndNothingOverlaps) {
  for (std::string_view choice : {ui_id::kJourneyFull, ui_id::kJourneyShort}) {
    SCOPED_TRACE(choice);
    UiHarness ui(on_journey(GetParam()));
    ui.settle();
    ui.click(choice);
    EXPECT_TRUE(shows(ui, ui_id::kJourneySeek));
    EXPECT_GE(ui.target(ui_id::kJourneySeek).rect.width, 100) << "a seek bar long enough to aim at";
    expect_everything_fits(ui);
    // The longest page, which needs the most room for its words.
    const auto& pages = shipped(choice == ui_id::kJourneyFull ? StoryLength::Full : StoryLength::Short).pages;
    const auto longest =
        std::max_element(pages.begin(), pages.end(),
                         [](const auto& a, const auto& b) { return a.text.size() < b.text.size(); }) -
        pages.begin();
    for (auto page = 0; page < longest; ++page) ui.click(ui_id::kJourneyNextPage);
    ASSERT_EQ(journey(ui).page(), static_cast<std::size_t>(longest));
    EXPECT_TRUE(ui.shown().shows_text(pages[static_cast<std::size_t>(longest)].text));
    expect_everything_fits(ui);
    // The words to read aloud never run under a control.
    for (const UiText& text : ui.shown().texts()) {
      if (text.text != pages[static_cast<std::size_t>(longest)].text) continue;
      for (const UiTarget& target : ui.shown().reachable())
        EXPECT_FALSE(text.rect.intersects(target.rect))
            << "the page's words at " << where(text.rect) << " run under " << target.id << " at "
            << where(target.rect);
    }
  }
}

TEST_P(JourneyScreenSizes, JustTheMusicFits) {
  UiHarness ui(on_journey(GetParam()));
  ui.settle();
  ui.click(ui_id::kJourneyMusic);
  expect_everything_fits(ui);
}

TEST_P(JourneyScreenSizes, TheStoryWithoutSoundFits) {
  UiHarness ui(on_journey(GetParam()));
  ui.audio().set_available(false);
  ui.settle();
  ui.click(ui_id::kJourneyFull);
  expect_everything_fits(ui);
}

INSTANTIATE_TEST_SUITE_P(JourneyScreen, JourneyScreenSizes,
                         ::testing::Values(WindowSize{640, 480}, WindowSize{1024, 600},
                                           WindowSize{1280, 800}),
                         [](const auto& param_info) {
                           return std::to_string(param_info.param.width) + "x" +
                                  std::to_string(param_info.param.height);
                         });

// --- frames ---

// The time shown changes on whole seconds of the music, so the app sleeps until the next one.
TEST(JourneyScreen, WhilePlayingTheScreenWakesAtTheMusicsNextWholeSecond) {
  UiHarness ui(on_journey());
  ui.settle();
  ui.click(ui_id::kJourneyFull);
  play_on(ui, 65.3);
  ui.settle();
  ASSERT_TRUE(ui.scheduler().settled());
  const auto due = ui.scheduler().time_until_due(ui.clock().now());
  ASSERT_TRUE(due.has_value()) << "playing music must wake the loop for its next second";
  EXPECT_NEAR(std::chrono::duration<double>(*due).count(), 0.7, 0.005);

  play_on(ui, 0.7);
  ui.settle();
  const auto next = ui.scheduler().time_until_due(ui.clock().now());
  ASSERT_TRUE(next.has_value());
  EXPECT_NEAR(std::chrono::duration<double>(*next).count(), 1.0, 0.005) << "on a whole second, the next one";
}

TEST(JourneyScreen, PausedOrStoppedTheAppSleeps) {
  UiHarness ui(on_journey());
  ui.settle();
  ui.click(ui_id::kJourneyFull);
  play_on(ui, 12.5);
  ui.click(ui_id::kJourneyPause);
  ui.settle();
  EXPECT_TRUE(ui.scheduler().settled());
  EXPECT_FALSE(ui.scheduler().time_until_due(ui.clock().now()).has_value()) << "paused: no frames";
  ui.click(ui_id::kJourneyPlay);
  ui.settle();
  EXPECT_TRUE(ui.scheduler().time_until_due(ui.clock().now()).has_value());
  ui.click(ui_id::kJourneyStop);
  ui.settle();
  EXPECT_FALSE(ui.scheduler().time_until_due(ui.clock().now()).has_value()) << "stopped: no frames";
}

TEST(JourneyScreen, TheChoicesAskForNoFrames) {
  UiHarness ui(on_journey());
  ui.settle();
  EXPECT_TRUE(ui.scheduler().settled());
  EXPECT_FALSE(ui.scheduler().time_until_due(ui.clock().now()).has_value());
}

}  // namespace
}  // namespace kitbag
