// The timer through real ImGui frames on a fake clock: setting a length (presets, steps, the
// dial), running, pausing, adding a minute, the one chime at the end on any screen, the faces
// it can wear, what it costs in frames while it runs, and the timer under a presence card.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <regex>

#include "app/core/timer/timer_lengths.h"
#include "app/core/ui_ids.h"
#include "app/ui/screens/presence_screen.h"
#include "app/ui/timer_view.h"
#include "tests/support/ui_harness.h"

namespace kitbag {
namespace {

using namespace std::chrono_literals;
using test::UiHarness;
using State = Countdown::State;
using TimePoint = std::chrono::steady_clock::time_point;

// The harness moves its clock 16 ms before each frame.
constexpr auto kFrameStep = 16ms;

UiHarness timer_harness(WindowSize size = {1280, 800}) {
  return UiHarness({.size = size, .start = ScreenId::Timer});
}

// One frame drawn at exactly `when`, which must be at least a frame step away.
void frame_at(UiHarness& ui, TimePoint when) {
  ASSERT_GE(when - ui.clock().now(), kFrameStep);
  ui.clock().advance(when - ui.clock().now() - kFrameStep);
  ui.frame();
  ASSERT_EQ(ui.clock().now(), when);
}

State timer_state(UiHarness& ui) {
  return ui.tools().timer.state(ui.clock().now());
}

TimePoint timer_end(UiHarness& ui) {
  const auto end = ui.tools().timer.ends_at();
  EXPECT_TRUE(end.has_value()) << "the timer is not running";
  return end.value_or(ui.clock().now());
}

// Texts that look like a timer's digits: "4:59", "0:05", "1:02:03".
std::vector<std::string> clock_texts(const UiHarness& ui) {
  static const std::regex digits(R"(^\d+:\d\d(:\d\d)?$)");
  std::vector<std::string> found;
  for (const UiText& text : ui.shown().texts())
    if (std::regex_match(text.text, digits)) found.push_back(text.text);
  return found;
}

std::string played_file(UiHarness& ui, std::size_t index) {
  const auto id = static_cast<std::size_t>(ui.audio().played.at(index));
  return ui.audio().loaded.at(id).filename().string();
}

TEST(TimerScreen, APresetSetsTheLengthAndShowsItsDigits) {
  UiHarness ui = timer_harness();
  ui.settle();
  ui.click(ui_id::timer_preset(120));
  EXPECT_EQ(ui.tools().timer.length(), 2min);
  EXPECT_EQ(timer_state(ui), State::Ready);
  EXPECT_TRUE(ui.shown().shows_text("2:00"));
  EXPECT_TRUE(ui.shown().shows_text("2 minutes"));
  ui.click(ui_id::timer_preset(600));
  EXPECT_EQ(ui.tools().timer.length(), 10min);
  EXPECT_TRUE(ui.shown().shows_text("10:00"));
}

TEST(TimerScreen, LongerAndShorterStepAlongTheLadder) {
  UiHarness ui = timer_harness();
  ui.settle();
  ASSERT_EQ(ui.tools().timer.length(), 5min) << "the length it starts with";
  ui.click(ui_id::kTimerLonger);
  EXPECT_EQ(ui.tools().timer.length(), 6min);
  EXPECT_TRUE(ui.shown().shows_text("6:00"));
  ui.click(ui_id::kTimerShorter);
  ui.click(ui_id::kTimerShorter);
  EXPECT_EQ(ui.tools().timer.length(), 4min);
  ui.click(ui_id::timer_preset(60));
  ui.click(ui_id::kTimerShorter);
  EXPECT_EQ(ui.tools().timer.length(), 45s);
  EXPECT_TRUE(ui.shown().shows_text("0:45"));
  EXPECT_TRUE(ui.shown().shows_text("45 seconds"));
}

TEST(TimerScreen, StepsAndPresetsDoNothingWhileItRuns) {
  UiHarness ui = timer_harness();
  ui.settle();
  ui.click(ui_id::kTimerStart);
  ASSERT_EQ(timer_state(ui), State::Running);
  const TimePoint end = timer_end(ui);
  for (const std::string& id : {std::string(ui_id::kTimerLonger), std::string(ui_id::kTimerShorter),
                                ui_id::timer_preset(60), ui_id::timer_preset(600)}) {
    EXPECT_FALSE(ui.target(id).enabled) << id;
    ui.click(id);
    EXPECT_EQ(ui.tools().timer.length(), 5min) << id;
    EXPECT_EQ(timer_state(ui), State::Running) << id;
    EXPECT_EQ(timer_end(ui), end) << id << " must not restart the timer";
  }
}

TEST(TimerScreen, APausedTimerIsKeptFromStrayTaps) {
  UiHarness ui = timer_harness();
  ui.settle();
  ui.click(ui_id::kTimerStart);
  ui.clock().advance(1min);
  ui.click(ui_id::kTimerPause);
  ASSERT_EQ(timer_state(ui), State::Paused);
  for (const std::string& id : {std::string(ui_id::kTimerLonger), ui_id::timer_preset(60)}) {
    EXPECT_FALSE(ui.target(id).enabled) << id;
    ui.click(id);
    EXPECT_EQ(timer_state(ui), State::Paused) << id << " must not throw the paused timer away";
  }
}

TEST(TimerScreen, EscapeShowsTheHomeScreenOnTheVeryNextFrame) {
  UiHarness ui = timer_harness();
  ui.settle();
  ScriptInput escape;
  escape.key_down = KeyChord{Key::Escape};
  ui.frame(escape);
  EXPECT_EQ(ui.navigator().current(), ScreenId::Home);
  EXPECT_EQ(ui.shown().find_by_id(ui_id::kTimerStart), nullptr) << "not one frame of the old screen";
  EXPECT_NE(ui.shown().find_by_id(ui_id::tile("timer")), nullptr);
}

TEST(TimerScreen, TimeThisCardWaitsWhileTheTimerIsInUse) {
  UiHarness ui({.start = ScreenId::Presence});
  ui.settle();
  ui.click(ui_id::kTimeThisCard);
  ASSERT_EQ(timer_state(ui), State::Running);
  EXPECT_FALSE(ui.target(ui_id::kTimeThisCard).enabled) << "a tap must not restart a timer in use";
}

TEST(TimerScreen, RunningShowsTheSecondsLeftRoundedUp) {
  UiHarness ui = timer_harness();
  ui.settle();
  ui.click(ui_id::kTimerStart);
  ASSERT_EQ(timer_state(ui), State::Running);
  EXPECT_TRUE(ui.shown().find_by_id(ui_id::kTimerPause) != nullptr);
  EXPECT_TRUE(ui.shown().shows_text("5:00")) << "a few frames in, a part second gone, 5:00 still shows";
  const TimePoint end = timer_end(ui);
  frame_at(ui, end - 90s - 500ms);
  EXPECT_EQ(clock_texts(ui), std::vector<std::string>{"1:31"});
  frame_at(ui, end - 90s);
  EXPECT_EQ(clock_texts(ui), std::vector<std::string>{"1:30"});
  frame_at(ui, end - 1ms);
  EXPECT_EQ(clock_texts(ui), std::vector<std::string>{"0:01"}) << "never 0:00 before the end";
}

TEST(TimerScreen, PauseHoldsTheTimeAndCarryOnGoesOnFromThere) {
  UiHarness ui = timer_harness();
  ui.settle();
  ui.click(ui_id::kTimerStart);
  ui.clock().advance(70s);
  ui.frame();
  ui.click(ui_id::kTimerPause);
  ASSERT_EQ(timer_state(ui), State::Paused);
  const auto left = ui.tools().timer.remaining(ui.clock().now());
  EXPECT_LT(left, 230s);
  EXPECT_GT(left, 229s);
  EXPECT_TRUE(ui.shown().shows_text("3:50"));
  EXPECT_EQ(ui.target(ui_id::kTimerResume).label, "Carry on");

  ui.clock().advance(2h);
  ui.frame();
  ui.settle();
  EXPECT_EQ(timer_state(ui), State::Paused);
  EXPECT_EQ(ui.tools().timer.remaining(ui.clock().now()), left) << "paused, time stands still";
  EXPECT_TRUE(ui.shown().shows_text("3:50"));
  EXPECT_TRUE(ui.audio().played.empty());

  ui.click(ui_id::kTimerResume);
  ASSERT_EQ(timer_state(ui), State::Running);
  const auto resumed_left = ui.tools().timer.remaining(ui.clock().now());
  EXPECT_LE(resumed_left, left);
  EXPECT_GT(resumed_left, left - 1s) << "it carries on from where it stopped";
  ui.clock().advance(10s);
  ui.frame();
  EXPECT_TRUE(ui.shown().shows_text("3:40"));
}

TEST(TimerScreen, AddAMinuteWhileRunningMovesTheEndAMinuteLater) {
  UiHarness ui = timer_harness();
  ui.settle();
  ui.click(ui_id::kTimerStart);
  const TimePoint end = timer_end(ui);
  ui.click(ui_id::kTimerAddMinute);
  EXPECT_EQ(timer_state(ui), State::Running);
  EXPECT_EQ(timer_end(ui), end + 1min);
  EXPECT_TRUE(ui.shown().shows_text("6:00"));
}

TEST(TimerScreen, AddAMinuteOnceTimeIsUpRunsItForThatMinute) {
  UiHarness ui = timer_harness();
  ui.settle();
  ui.click(ui_id::timer_preset(60));
  ui.click(ui_id::kTimerStart);
  frame_at(ui, timer_end(ui) + 1s);
  ui.settle();
  ASSERT_EQ(timer_state(ui), State::Finished);
  ASSERT_EQ(ui.audio().played.size(), 1u);
  ui.click(ui_id::kTimerAddMinute);
  ASSERT_EQ(timer_state(ui), State::Running);
  const auto left = ui.tools().timer.remaining(ui.clock().now());
  EXPECT_LE(left, 60s);
  EXPECT_GT(left, 58s);
  EXPECT_TRUE(ui.shown().shows_text("1:00"));
  frame_at(ui, timer_end(ui));
  EXPECT_EQ(ui.audio().played.size(), 2u) << "the added minute has its own chime";
}

TEST(TimerScreen, ResetGoesBackToReadyWithTheWholeLength) {
  UiHarness ui = timer_harness();
  ui.settle();
  ui.click(ui_id::timer_preset(180));
  EXPECT_FALSE(ui.target(ui_id::kTimerReset).enabled) << "nothing to reset yet";
  ui.click(ui_id::kTimerStart);
  ui.clock().advance(42s);
  ui.frame();
  ui.click(ui_id::kTimerReset);
  EXPECT_EQ(timer_state(ui), State::Ready);
  EXPECT_EQ(ui.tools().timer.length(), 3min);
  EXPECT_EQ(ui.tools().timer.remaining(ui.clock().now()), 3min);
  EXPECT_EQ(clock_texts(ui), std::vector<std::string>{"3:00"});
  EXPECT_EQ(ui.target(ui_id::kTimerStart).label, "Start");
  ui.clock().advance(10min);
  ui.frame();
  ui.settle();
  EXPECT_TRUE(ui.audio().played.empty()) << "a reset timer never chimes";
}

TEST(TimerScreen, StartingReadsTheSoundsAheadOfTheEnd) {
  UiHarness ui = timer_harness();
  ui.settle();
  EXPECT_TRUE(ui.audio().loaded.empty()) << "nothing is read until a tool needs it";
  ui.click(ui_id::kTimerStart);
  ASSERT_FALSE(ui.audio().loaded.empty());
  EXPECT_EQ(ui.audio().loaded.front().filename(), "timer-end.wav");
  EXPECT_TRUE(ui.audio().played.empty());
}

TEST(TimerScreen, RunningToTheEndChimesOnceAndSaysTimeIsUp) {
  UiHarness ui = timer_harness();
  ui.settle();
  ui.click(ui_id::timer_preset(60));
  ui.click(ui_id::kTimerStart);
  const TimePoint end = timer_end(ui);
  frame_at(ui, end - 1ms);
  EXPECT_TRUE(ui.audio().played.empty()) << "no chime before the end";
  EXPECT_EQ(timer_state(ui), State::Running);

  ui.frame();  // 15 ms after the end
  ASSERT_EQ(ui.audio().played.size(), 1u);
  EXPECT_EQ(played_file(ui, 0), "timer-end.wav");
  ui.settle();
  EXPECT_TRUE(ui.shown().shows_text("Time is up"));
  EXPECT_TRUE(clock_texts(ui).empty()) << "the words take the digits' place";
  EXPECT_EQ(ui.target(ui_id::kTimerStart).label, "Start again");
  EXPECT_FALSE(ui.shown().shows_text("The timer has finished")) << "the timer showed its own end";

  ui.clock().advance(1min);
  ui.frame();
  ui.settle();
  EXPECT_EQ(ui.audio().played.size(), 1u) << "one chime per end, however many frames follow";
}

TEST(TimerScreen, TheChimeRingsOnTheVeryFrameTheEndIsReached) {
  UiHarness ui = timer_harness();
  ui.settle();
  ui.click(ui_id::kTimerStart);
  frame_at(ui, timer_end(ui));
  EXPECT_EQ(ui.audio().played.size(), 1u);
}

// The ring swells at about thirty frames a second, the last frame at the cue's end draws the
// face without it, and then nothing moves until someone does something.
TEST(TimerScreen, TheEndCueAsksForItsFramesThenForNone) {
  UiHarness ui = timer_harness();
  ui.settle();
  ui.click(ui_id::kTimerStart);
  const TimePoint end = timer_end(ui);
  frame_at(ui, end);
  int frames = 1;
  while (const auto due = ui.scheduler().time_until_due(ui.clock().now())) {
    ASSERT_LT(frames, 1000) << "the end cue never stops asking for frames";
    if (*due >= kFrameStep) {
      frame_at(ui, ui.clock().now() + *due);  // as the loop would draw it
    } else {
      ui.clock().advance(*due);
      ui.frame();
    }
    ++frames;
  }
  EXPECT_GE(ui.clock().now(), end + ui::kEndCue) << "the ring swells for the whole cue";
  EXPECT_LE(ui.clock().now(), end + ui::kEndCue + kFrameStep);
  EXPECT_GE(frames, 3 * 20);
  EXPECT_LE(frames, 4 * 30);
  EXPECT_TRUE(ui.scheduler().settled());
  EXPECT_TRUE(ui.shown().shows_text("Time is up"));
  EXPECT_EQ(ui.audio().played.size(), 1u);
}

TEST(TimerScreen, KeptStillTheEndSaysTimeIsUpWithoutTheSwellingRing) {
  UiHarness ui = timer_harness();
  ui.preferences().change({TextSize::Standard, true});
  ui.settle();
  ui.click(ui_id::kTimerStart);
  const TimePoint end = timer_end(ui);
  frame_at(ui, end);
  ui.settle();
  EXPECT_LT(ui.clock().now(), end + ui::kEndCue / 2) << "no frames are asked for a ring";
  EXPECT_TRUE(ui.shown().shows_text("Time is up"));
  EXPECT_EQ(ui.audio().played.size(), 1u) << "the chime still rings";
}

TEST(TimerScreen, StartAgainRunsTheWholeLengthAgainWithItsOwnChime) {
  UiHarness ui = timer_harness();
  ui.settle();
  ui.click(ui_id::timer_preset(60));
  ui.click(ui_id::kTimerStart);
  frame_at(ui, timer_end(ui) + 10s);
  ui.settle();
  ui.click(ui_id::kTimerStart);
  ASSERT_EQ(timer_state(ui), State::Running);
  EXPECT_TRUE(ui.shown().shows_text("1:00"));
  frame_at(ui, timer_end(ui));
  EXPECT_EQ(ui.audio().played.size(), 2u);
}

TEST(TimerScreen, EndingOnAnotherScreenChimesOnceAndSaysSo) {
  UiHarness ui = timer_harness();
  ui.settle();
  ui.click(ui_id::timer_preset(60));
  ui.click(ui_id::kTimerStart);
  ui.click(ui_id::kBack);
  ASSERT_EQ(ui.navigator().current(), ScreenId::Home);
  const TimePoint end = timer_end(ui);
  frame_at(ui, end - 1ms);
  EXPECT_TRUE(ui.audio().played.empty());
  EXPECT_FALSE(ui.shown().shows_text("The timer has finished"));
  ui.frame();
  ASSERT_EQ(ui.audio().played.size(), 1u);
  EXPECT_EQ(played_file(ui, 0), "timer-end.wav");
  ui.settle();
  EXPECT_TRUE(ui.shown().shows_text("The timer has finished"));
  ui.clock().advance(1min);
  ui.frame();
  ui.settle();
  EXPECT_EQ(ui.audio().played.size(), 1u);
}

TEST(TimerScreen, AHomeScreenWithATimerRunningWakesOnlyForTheEnd) {
  UiHarness ui = timer_harness();
  ui.settle();
  ui.click(ui_id::kTimerStart);
  ui.click(ui_id::kBack);
  ui.settle();
  const auto due = ui.scheduler().time_until_due(ui.clock().now());
  ASSERT_TRUE(due.has_value()) << "the end must wake the loop";
  EXPECT_EQ(ui.clock().now() + *due, timer_end(ui)) << "nothing on screen changes before it";
}

TEST(TimerScreen, HideNumbersHidesTheDigitsAndShowNumbersBringsThemBack) {
  UiHarness ui = timer_harness();
  ui.settle();
  ui.click(ui_id::kTimerStart);
  ui.clock().advance(1500ms);
  ui.frame();
  ASSERT_EQ(clock_texts(ui), std::vector<std::string>{"4:59"});
  EXPECT_EQ(ui.target(ui_id::kTimerDigits).label, "Hide numbers");
  ui.click(ui_id::kTimerDigits);
  EXPECT_FALSE(ui.tools().face.show_digits);
  EXPECT_TRUE(clock_texts(ui).empty());
  EXPECT_FALSE(ui.shown().shows_text("4:5"));
  EXPECT_EQ(ui.target(ui_id::kTimerDigits).label, "Show numbers");
  EXPECT_EQ(timer_state(ui), State::Running) << "only the face changed";
  ui.click(ui_id::kTimerDigits);
  EXPECT_TRUE(ui.tools().face.show_digits);
  EXPECT_EQ(clock_texts(ui).size(), 1u);
}

TEST(TimerScreen, ColoursTogglesBetweenChangingColoursAndOne) {
  UiHarness ui = timer_harness();
  ui.settle();
  ASSERT_TRUE(ui.tools().face.colours_change);
  EXPECT_EQ(ui.target(ui_id::kTimerColours).label, "One colour");
  ui.click(ui_id::kTimerColours);
  EXPECT_FALSE(ui.tools().face.colours_change);
  EXPECT_EQ(ui.target(ui_id::kTimerColours).label, "Colours change");
  ui.click(ui_id::kTimerColours);
  EXPECT_TRUE(ui.tools().face.colours_change);
}

// A running timer wakes the loop when its picture changes, not sixty times a second: never
// sooner than a quarter second after the last change, never later than the next second.
TEST(TimerScreen, ARunningTimerWakesTheLoopOnlyWhenItsPictureChanges) {
  UiHarness ui = timer_harness();
  ui.settle();
  ui.click(ui_id::kTimerStart);
  ui.settle();
  ASSERT_TRUE(ui.scheduler().settled());
  // The first change comes whenever it comes after the click's frames; from there on, each
  // frame is drawn at the moment it is asked for, as the loop draws it.
  const auto first = ui.scheduler().time_until_due(ui.clock().now());
  ASSERT_TRUE(first.has_value()) << "a running timer must ask for its next change";
  EXPECT_LE(*first, 1s);
  ui.clock().advance(*first);
  ui.frame();
  for (int change = 0; change < 12; ++change) {
    const auto due = ui.scheduler().time_until_due(ui.clock().now());
    ASSERT_TRUE(due.has_value()) << "a running timer must ask for its next change";
    ASSERT_GE(*due, kFrameStep) << "change " << change;
    frame_at(ui, ui.clock().now() + *due);
    ASSERT_TRUE(ui.scheduler().settled());
    const auto next = ui.scheduler().time_until_due(ui.clock().now());
    ASSERT_TRUE(next.has_value());
    EXPECT_GE(*next, 250ms) << "change " << change << ": drawn again too soon";
    EXPECT_LE(*next, 1s) << "change " << change << ": the digits would miss a second";
  }
}

// Drags round the dial from the top, `degrees` clockwise (negative: anticlockwise), in steps.
void drag_dial(UiHarness& ui, float degrees) {
  const Rect dial = ui.target(ui_id::kTimerDial).rect;
  const float radius = dial.width / 2 / 1.1f;  // the rect reaches a tenth past the disc
  auto at = [&](float turned) {
    const float angle = -std::numbers::pi_v<float> / 2 + turned * std::numbers::pi_v<float> / 180;
    return ScriptInput::Point{dial.center_x() + 0.9f * radius * std::cos(angle),
                              dial.center_y() + 0.9f * radius * std::sin(angle)};
  };
  auto pointer = [&](float turned, bool down) {
    ScriptInput input;
    input.pointer = at(turned);
    input.button_down = down;
    return input;
  };
  ui.frame(pointer(0, false));
  ui.frame(pointer(0, true));
  constexpr int kMoves = 10;
  for (int i = 1; i <= kMoves; ++i) ui.frame(pointer(degrees * static_cast<float>(i) / kMoves, true));
  ui.frame(pointer(degrees, false));
  ui.frame();
  ui.scheduler().note_input();
  ui.settle();
}

// A mark on the face is a twelfth of a turn, one step; a quarter turn and a bit passes three.
TEST(TimerScreen, DraggingTheDialClockwiseLengthensItAStepAMark) {
  UiHarness ui = timer_harness();
  ui.settle();
  drag_dial(ui, 100);
  EXPECT_EQ(ui.tools().timer.length(), 8min) << "5 → 6 → 7 → 8 minutes";
  EXPECT_TRUE(ui.shown().shows_text("8:00"));
  EXPECT_EQ(timer_state(ui), State::Ready);
}

TEST(TimerScreen, DraggingTheDialAnticlockwiseShortensIt) {
  UiHarness ui = timer_harness();
  ui.settle();
  drag_dial(ui, -100);
  EXPECT_EQ(ui.tools().timer.length(), 150s) << "5 → 4 → 3 → 2½ minutes";
  EXPECT_TRUE(ui.shown().shows_text("2:30"));
}

TEST(TimerScreen, TheDialCannotBeDraggedWhileItRuns) {
  UiHarness ui = timer_harness();
  ui.settle();
  ui.click(ui_id::kTimerStart);
  const TimePoint end = timer_end(ui);
  drag_dial(ui, 100);
  EXPECT_EQ(ui.tools().timer.length(), 5min);
  EXPECT_EQ(timer_state(ui), State::Running);
  EXPECT_EQ(timer_end(ui), end);
}

TEST(TimerScreen, WithNoSoundDeviceItStillShowsTheEndAndSaysOnceWhy) {
  UiHarness ui = timer_harness();
  ui.audio().set_available(false);
  ui.settle();
  ui.click(ui_id::timer_preset(60));
  ui.click(ui_id::kTimerStart);
  ASSERT_EQ(timer_state(ui), State::Running);
  frame_at(ui, timer_end(ui) + 10ms);
  ui.settle();
  EXPECT_EQ(timer_state(ui), State::Finished);
  EXPECT_TRUE(ui.shown().shows_text("Time is up"));
  EXPECT_TRUE(ui.audio().played.empty());
  ASSERT_EQ(ui.notices().all().size(), 1u);
  EXPECT_EQ(ui.notices().all().front().title, "The timer's sounds cannot play");
  EXPECT_TRUE(ui.shown().shows_text("The timer's sounds cannot play"));
  ui.click(ui_id::kTimerStart);
  frame_at(ui, timer_end(ui));
  EXPECT_EQ(ui.notices().all().size(), 1u) << "said once, not at every end";
}

const Card& presence_card_showing(UiHarness& ui) {
  const Deck& deck = ui.cards().deck(DeckId::Presence);
  const Card* card = ui.screen<ui::PresenceScreen>(ScreenId::Presence).table().current(deck);
  EXPECT_NE(card, nullptr);
  return *card;
}

TEST(TimerScreen, TimeThisCardRunsTheTimerForTheCardsLength) {
  UiHarness ui({.start = ScreenId::Presence});
  ui.settle();
  const Card& card = presence_card_showing(ui);
  ASSERT_TRUE(card.seconds);
  EXPECT_EQ(ui.shown().find_by_id(ui_id::kTimerPause), nullptr) << "no timer until asked";
  ui.click(ui_id::kTimeThisCard);
  EXPECT_EQ(ui.tools().timer.length(), std::chrono::seconds(*card.seconds));
  ASSERT_EQ(timer_state(ui), State::Running);
  EXPECT_FALSE(ui.audio().loaded.empty()) << "the sounds are read as it starts";
  EXPECT_TRUE(ui.shown().shows_text(clock_text(*card.seconds)));
  ASSERT_NE(ui.shown().find_by_id(ui_id::kTimerPause), nullptr) << "a small timer under the card";

  ui.clock().advance(5s);
  ui.frame();
  ui.click(ui_id::kTimerPause);
  ASSERT_EQ(timer_state(ui), State::Paused) << "the small timer pauses the one timer";
  const auto left = ui.tools().timer.remaining(ui.clock().now());
  EXPECT_NE(ui.shown().find_by_id(ui_id::kTimerResume), nullptr);

  ui.navigator().open(ScreenId::Timer);
  ui.settle();
  EXPECT_EQ(ui.tools().timer.remaining(ui.clock().now()), left);
  EXPECT_EQ(clock_texts(ui), std::vector<std::string>{clock_text(seconds_shown(left))})
      << "the timer screen shows the same countdown";
  EXPECT_EQ(ui.target(ui_id::kTimerResume).label, "Carry on");
}

TEST(TimerScreen, ATimedCardEndsUnderTheCardWithNoToast) {
  UiHarness ui({.start = ScreenId::Presence});
  ui.settle();
  ui.click(ui_id::kTimeThisCard);
  frame_at(ui, timer_end(ui) + 10ms);
  ui.settle();
  EXPECT_EQ(ui.audio().played.size(), 1u);
  EXPECT_TRUE(ui.shown().shows_text("Time is up"));
  EXPECT_FALSE(ui.shown().shows_text("The timer has finished")) << "the small timer showed its own end";
  EXPECT_NE(ui.shown().find_by_id(ui_id::kTimerOpen), nullptr);
}

// Netbook, small laptop, laptop, big screen: every timer control inside the window, whole, and
// big enough for a child's finger, ready and running.
class TimerScreenSizes : public ::testing::TestWithParam<WindowSize> {};

void expect_timer_controls_fit(UiHarness& ui, const std::vector<std::string>& expected) {
  const Rect viewport = ui.shown().viewport();
  // Where a control was drawn, whole, for the messages: what is off the window is not a target.
  auto drawn_at = [&](std::string_view id) {
    for (const UiTarget& t : ui.shown().reachable())
      if (t.id == id)
        return "drawn at y " + std::to_string(t.rect.y) + " to " + std::to_string(t.rect.bottom()) +
               " in a window " + std::to_string(viewport.height) + " high";
    return std::string("not drawn at all");
  };
  // On a small window the length and look settings scroll under the controls that run the
  // timer: each must come wholly into sight when the keyboard reaches it.
  for (const std::string& id : expected) {
    const UiTarget* shown = ui.shown().find_by_id(id);
    if (shown != nullptr && !shown->partly_hidden) continue;
    // Disabled while the timer runs (the length cannot change then): not a place the keyboard stops.
    const auto drawn = std::find_if(ui.shown().reachable().begin(), ui.shown().reachable().end(),
                                    [&](const UiTarget& t) { return t.id == id; });
    ASSERT_NE(drawn, ui.shown().reachable().end()) << id << " is not drawn at all";
    if (!drawn->enabled) continue;
    for (int tab = 0; tab < 40 && ui.shell().focus().focused_id() != id; ++tab) ui.press({Key::Tab});
    ASSERT_EQ(ui.shell().focus().focused_id(), id) << id << " cannot be reached: " << drawn_at(id);
    ui.settle();
    shown = ui.shown().find_by_id(id);
    ASSERT_NE(shown, nullptr) << id << " is not brought into sight: " << drawn_at(id);
    EXPECT_FALSE(shown->partly_hidden) << id << " is still cut: " << drawn_at(id);
  }
  std::vector<const UiTarget*> timer_targets;
  for (const UiTarget& t : ui.shown().targets()) {
    if (!t.id.starts_with("timer:") || t.partly_hidden) continue;
    timer_targets.push_back(&t);
    EXPECT_TRUE(t.rect.inside(viewport)) << t.id;
    EXPECT_GE(t.rect.width, 44) << t.id;
    EXPECT_GE(t.rect.height, 44) << t.id;
  }
  for (std::size_t i = 0; i < timer_targets.size(); ++i)
    for (std::size_t j = i + 1; j < timer_targets.size(); ++j)
      EXPECT_FALSE(timer_targets[i]->rect.intersects(timer_targets[j]->rect))
          << timer_targets[i]->id << " and " << timer_targets[j]->id;
  EXPECT_TRUE(ui.shown().duplicate_ids().empty());
}

// Every control is on screen and big enough, or (the settings, on the smallest window) scrolls
// into sight when the keyboard reaches it. From 1024x600 up, nothing needs scrolling.
TEST_P(TimerScreenSizes, EveryControlFitsAndIsBigEnoughToTap) {
  UiHarness ui = timer_harness(GetParam());
  ui.settle();
  std::vector<std::string> common = {std::string(ui_id::kTimerDial),   std::string(ui_id::kTimerAddMinute),
                                     std::string(ui_id::kTimerReset),  std::string(ui_id::kTimerShorter),
                                     std::string(ui_id::kTimerLonger), std::string(ui_id::kTimerDigits),
                                     std::string(ui_id::kTimerColours)};
  for (int seconds : kPresetSeconds) common.push_back(ui_id::timer_preset(seconds));
  std::vector<std::string> ready = common;
  ready.push_back(std::string(ui_id::kTimerStart));
  if (GetParam().height >= 600)
    for (const std::string& id : ready) {
      const UiTarget* shown = ui.shown().find_by_id(id);
      EXPECT_TRUE(shown != nullptr && !shown->partly_hidden) << id << " needs no scrolling at this size";
    }
  {
    SCOPED_TRACE("ready");
    expect_timer_controls_fit(ui, ready);
  }
  EXPECT_EQ(clock_texts(ui), std::vector<std::string>{"5:00"});
  for (const UiText& text : ui.shown().texts())
    EXPECT_TRUE(text.rect.inside(ui.shown().viewport())) << text.text;

  ui.click(ui_id::kTimerStart);
  std::vector<std::string> running = common;
  running.push_back(std::string(ui_id::kTimerPause));
  {
    SCOPED_TRACE("running");
    expect_timer_controls_fit(ui, running);
  }
}

TEST_P(TimerScreenSizes, ATimedPresenceCardKeepsItsPauseButton) {
  UiHarness ui({.size = GetParam(), .start = ScreenId::Presence});
  ui.settle();
  ui.click(ui_id::kTimeThisCard);
  ASSERT_EQ(timer_state(ui), State::Running);
  expect_timer_controls_fit(ui, {std::string(ui_id::kTimerPause)});
}

INSTANTIATE_TEST_SUITE_P(TimerScreen, TimerScreenSizes,
                         ::testing::Values(WindowSize{640, 480}, WindowSize{1024, 600}, WindowSize{1280, 800},
                                           WindowSize{1920, 1080}),
                         [](const auto& param_info) {
                           return std::to_string(param_info.param.width) + "x" +
                                  std::to_string(param_info.param.height);
                         });

}  // namespace
}  // namespace kitbag
