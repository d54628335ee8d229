// The talking stick through real ImGui frames: setting up the circle, passing the stick by
// button, tap and space bar, fair shares, equal turns with their cue, eight people on small
// screens, the closing round, and a summary that forgets every name when it closes.
#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

#include "app/core/timer/timer_lengths.h"
#include "app/core/ui_ids.h"
#include "app/ui/screens/stick_screen.h"
#include "app/ui/widgets.h"
#include "tests/support/ui_harness.h"

namespace kitbag {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;
using namespace std::chrono_literals;
using test::UiHarness;
using ui::StickScreen;
using Stage = StickScreen::Stage;

test::HarnessOptions on_stick(WindowSize size = {1280, 800}) {
  return {.size = size, .start = ScreenId::Stick};
}

StickScreen& screen(UiHarness& ui) {
  return ui.screen<StickScreen>(ScreenId::Stick);
}

const TalkingCircle& circle(UiHarness& ui) {
  return ui.tools().circle;
}

// Who holds the stick, by seat from 1 as the IDs count; 0 for nobody.
int holder_seat(UiHarness& ui) {
  const auto holder = circle(ui).holder();
  const auto& people = circle(ui).people();
  for (std::size_t i = 0; i < people.size(); ++i)
    if (holder == people[i].id) return static_cast<int>(i) + 1;
  return 0;
}

void set_up_people(UiHarness& ui, int count) {
  for (int n = 2; n < count; ++n) ui.click(ui_id::kStickMore);
  ASSERT_EQ(circle(ui).people().size(), static_cast<std::size_t>(count));
}

void name_seat(UiHarness& ui, int seat, const std::string& name) {
  ui.click(ui_id::stick_name(seat));
  ui.type(name);
}

// Text drawn exactly so, not just containing it: "0:05" and not "10:05".
bool shows_exactly(UiHarness& ui, std::string_view text) {
  const auto& texts = ui.shown().texts();
  return std::any_of(texts.begin(), texts.end(), [&](const UiText& t) { return t.text == text; });
}

// A click's frames without the settling afterwards, so a test can see what runs just after it.
void click_without_settling(UiHarness& ui, std::string_view id) {
  const Rect rect = ui.target(id).rect;
  ScriptInput hover;
  hover.pointer = ScriptInput::Point{rect.center_x(), rect.center_y()};
  ScriptInput press = hover;
  press.button_down = true;
  ui.frame(hover);
  ui.frame(press);
  ui.frame(hover);
  ui.frame({});
}

// How many times the turn-up cue has played.
int turn_up_cues(UiHarness& ui) {
  const FakeAudio& audio = ui.audio();
  return static_cast<int>(std::count_if(audio.played.begin(), audio.played.end(), [&](Audio::SoundId id) {
    return audio.loaded.at(static_cast<std::size_t>(id)).filename() == "turn-up.wav";
  }));
}

// The panel's figures for a person: "0:20 · 1 turn".
std::string figures(long long secs, int turns) {
  return clock_text(secs) + " \u00B7 " + std::to_string(turns) + (turns == 1 ? " turn" : " turns");
}

// --- setting up ---

TEST(StickScreen, SettingUpStartsWithTwoPeopleAndOneMoreGoesUpToEight) {
  UiHarness ui(on_stick());
  ui.settle();
  EXPECT_EQ(screen(ui).stage(), Stage::SettingUp);
  EXPECT_EQ(circle(ui).people().size(), 2u);
  EXPECT_NE(ui.shown().find_by_id(ui_id::stick_name(2)), nullptr);
  EXPECT_EQ(ui.shown().find_by_id(ui_id::stick_name(3)), nullptr);
  EXPECT_FALSE(ui.target(ui_id::kStickFewer).enabled) << "two is the fewest";
  for (int n = 3; n <= 8; ++n) {
    ASSERT_TRUE(ui.target(ui_id::kStickMore).enabled) << n;
    ui.click(ui_id::kStickMore);
    EXPECT_EQ(circle(ui).people().size(), static_cast<std::size_t>(n));
    EXPECT_NE(ui.shown().find_by_id(ui_id::stick_name(n)), nullptr) << "a name box for person " << n;
  }
  EXPECT_FALSE(ui.target(ui_id::kStickMore).enabled) << "eight is the most";
  ui.click(ui_id::kStickMore);
  EXPECT_EQ(circle(ui).people().size(), 8u);
}

TEST(StickScreen, OneFewerGoesDownToTwoAndNoFurther) {
  UiHarness ui(on_stick());
  ui.settle();
  set_up_people(ui, 5);
  for (int n = 4; n >= 2; --n) {
    ASSERT_TRUE(ui.target(ui_id::kStickFewer).enabled) << n;
    ui.click(ui_id::kStickFewer);
    EXPECT_EQ(circle(ui).people().size(), static_cast<std::size_t>(n));
    EXPECT_EQ(ui.shown().find_by_id(ui_id::stick_name(n + 1)), nullptr) << "person " << n + 1 << " has gone";
  }
  EXPECT_FALSE(ui.target(ui_id::kStickFewer).enabled);
  ui.click(ui_id::kStickFewer);
  EXPECT_EQ(circle(ui).people().size(), 2u);
  EXPECT_TRUE(ui.target(ui_id::kStickMore).enabled);
}

TEST(StickScreen, ATypedNameReachesTheCircleAndLabelsTheSeat) {
  UiHarness ui(on_stick());
  ui.settle();
  EXPECT_EQ(ui.target(ui_id::stick_name(2)).label, "Name for Owl (optional)");
  name_seat(ui, 1, "Sam");
  EXPECT_EQ(circle(ui).people()[0].name, "Sam");
  EXPECT_EQ(screen(ui).names()[0], "Sam");
  EXPECT_EQ(circle(ui).people()[1].name, "") << "only the box typed into";
  ui.click(ui_id::kStickBegin);
  ASSERT_EQ(screen(ui).stage(), Stage::Circle);
  EXPECT_EQ(ui.target(ui_id::stick_person(1)).label, "Sam");
  EXPECT_EQ(ui.target(ui_id::stick_person(2)).label, "Owl") << "an untouched seat goes by its animal";
}

TEST(StickScreen, APersonTakenAwayTakesTheirNameWithThem) {
  UiHarness ui(on_stick());
  ui.settle();
  set_up_people(ui, 3);
  name_seat(ui, 3, "Sam");
  ui.click(ui_id::kStickFewer);
  ui.click(ui_id::kStickMore);
  EXPECT_EQ(screen(ui).names()[2], "");
  EXPECT_EQ(circle(ui).people()[2].name, "");
  EXPECT_FALSE(ui.shown().shows_text("Sam"));
}

// --- passing ---

TEST(StickScreen, PassingGivesTheStickToTheFirstThenGoesRoundAndWraps) {
  UiHarness ui(on_stick());
  ui.settle();
  set_up_people(ui, 3);
  ui.click(ui_id::kStickBegin);
  EXPECT_EQ(holder_seat(ui), 0) << "nobody holds it until it is passed or given";
  EXPECT_TRUE(ui.shown().shows_text("Tap someone to give them the stick"));
  for (int expected : {1, 2, 3, 1, 2}) {
    ui.click(ui_id::kStickPass);
    EXPECT_EQ(holder_seat(ui), expected);
  }
}

TEST(StickScreen, TheStickFliesToTheNextPersonUnlessThingsAreKeptStill) {
  // How long settling after a pass takes on the fake clock: the flight asks for frames until it lands.
  const auto settling_after_a_pass = [](bool calm) {
    UiHarness ui(on_stick());
    ui.preferences().change({TextSize::Standard, calm});
    ui.settle();
    set_up_people(ui, 3);
    ui.click(ui_id::kStickBegin);
    ui.click(ui_id::kStickPass);
    const auto before = ui.clock().now();
    click_without_settling(ui, ui_id::kStickPass);
    ui.settle();
    EXPECT_EQ(holder_seat(ui), 2);
    return ui.clock().now() - before;
  };
  EXPECT_GE(settling_after_a_pass(false), 600ms) << "the flight takes 0.6 s";
  EXPECT_LT(settling_after_a_pass(true), 300ms) << "kept still, nothing is animated";
}

TEST(StickScreen, TappingAPersonGivesThemTheStick) {
  UiHarness ui(on_stick());
  ui.settle();
  set_up_people(ui, 4);
  ui.click(ui_id::kStickBegin);
  ui.click(ui_id::stick_person(3));
  EXPECT_EQ(holder_seat(ui), 3);
  EXPECT_EQ(circle(ui).people()[2].turns, 1);
  ui.click(ui_id::kStickPass);
  EXPECT_EQ(holder_seat(ui), 4) << "passing carries on from whoever was given it";
}

// After Begin is clicked with the mouse no focus ring shows, so the space bar is the circle's:
// it must not wake keyboard focus (which would put it on Back, and the next Space would leave).
TEST(StickScreen, TheSpaceBarPassesTheStick) {
  UiHarness ui(on_stick());
  ui.settle();
  set_up_people(ui, 4);
  ui.click(ui_id::kStickBegin);
  ui.press({Key::Space});
  EXPECT_EQ(holder_seat(ui), 1) << "focus: '" << ui.shell().focus().focused_id() << "'";
  ui.press({Key::Space});
  EXPECT_EQ(holder_seat(ui), 2) << "focus: '" << ui.shell().focus().focused_id() << "'";
  EXPECT_EQ(ui.navigator().current(), ScreenId::Stick);
}

// A carer who clicked Pass with the mouse and then reaches for the space bar.
// With the focus ring on Pass, Space presses Pass once: the screen's own space-bar pass must not
// run as well, or the stick would skip a person.
TEST(StickScreen, TheSpaceBarPassesOnceAfterPassWasClicked) {
  UiHarness ui(on_stick());
  ui.settle();
  set_up_people(ui, 5);
  ui.click(ui_id::kStickBegin);
  ui.click(ui_id::kStickPass);
  ASSERT_EQ(holder_seat(ui), 1);
  for (int expected : {2, 3, 4}) {
    ui.press({Key::Space});
    EXPECT_EQ(holder_seat(ui), expected) << "one press, one pass";
  }
}

TEST(StickScreen, SpaceOnAnotherFocusedControlPressesThatInsteadOfPassing) {
  UiHarness ui(on_stick());
  ui.settle();
  set_up_people(ui, 4);
  ui.click(ui_id::kStickBegin);
  for (int i = 0; i < 20 && ui.shell().focus().focused_id() != ui_id::stick_person(3); ++i)
    ui.press({Key::Tab});
  ASSERT_EQ(ui.shell().focus().focused_id(), ui_id::stick_person(3));
  ui.press({Key::Space});
  EXPECT_EQ(holder_seat(ui), 3) << "the focused seat was given the stick, not passed to the first";
  EXPECT_EQ(circle(ui).people()[0].turns, 0);
}

TEST(StickScreen, TheHolderIsNamedWithTheirTimeWhichKeepsUpWithTheClock) {
  UiHarness ui(on_stick());
  ui.settle();
  name_seat(ui, 1, "Sam");
  ui.click(ui_id::kStickBegin);
  ui.click(ui_id::kStickPass);
  EXPECT_TRUE(ui.shown().shows_text("Sam has the stick"));
  EXPECT_TRUE(shows_exactly(ui, "0:00"));
  ui.clock().advance(seconds(5));
  ui.frame();
  EXPECT_TRUE(shows_exactly(ui, "0:05"));
  ui.clock().advance(seconds(60));
  ui.frame();
  EXPECT_TRUE(shows_exactly(ui, "1:05"));
  // At rest, the next frame is due when the digits next change: within a second, not sooner than needed.
  ui.settle();
  const auto due = ui.scheduler().time_until_due(ui.clock().now());
  ASSERT_TRUE(due.has_value()) << "the time shown must keep ticking";
  EXPECT_LE(*due, seconds(1));
  ui.click(ui_id::kStickPass);
  EXPECT_TRUE(ui.shown().shows_text("Owl has the stick"));
  EXPECT_TRUE(shows_exactly(ui, "0:00")) << "a new turn starts its time from nothing";
}

TEST(StickScreen, TheStickFliesToItsNewHolderAndThenLetsTheScreenRest) {
  UiHarness ui(on_stick());
  ui.settle();
  ui.click(ui_id::kStickBegin);
  ui.click(ui_id::kStickPass);
  ASSERT_TRUE(ui.scheduler().settled());
  click_without_settling(ui, ui_id::kStickPass);
  ASSERT_EQ(holder_seat(ui), 2);
  EXPECT_FALSE(ui.scheduler().settled()) << "the stick is on its way";
  ui.clock().advance(milliseconds(300));
  for (int i = 0; i < 4; ++i) ui.frame();  // more frames than input earns, so only the flight keeps it busy
  EXPECT_FALSE(ui.scheduler().settled()) << "still flying half-way";
  ui.clock().advance(milliseconds(300));
  for (int i = 0; i < 4; ++i) ui.frame();
  EXPECT_TRUE(ui.scheduler().settled()) << "landed after about 600 ms";
}

TEST(StickScreen, WhoHasSpokenShowsEachPersonsTimeAndTurnsAsTheCoreCountsThem) {
  UiHarness ui(on_stick());
  ui.settle();
  set_up_people(ui, 3);
  ui.click(ui_id::kStickBegin);
  ui.click(ui_id::kStickPass);  // Fox
  ui.clock().advance(seconds(20));
  ui.click(ui_id::kStickPass);  // Owl
  ui.clock().advance(seconds(40));
  ui.click(ui_id::kStickPass);  // Turtle
  ui.clock().advance(seconds(10));
  ui.click(ui_id::kStickPass);  // Fox again
  ASSERT_EQ(holder_seat(ui), 1);

  EXPECT_TRUE(ui.shown().shows_text(figures(40, 1))) << "Owl: 0:40 · 1 turn";
  EXPECT_TRUE(ui.shown().shows_text(figures(10, 1))) << "Turtle: 0:10 · 1 turn";
  const auto now = ui.clock().now();
  for (const auto& person : circle(ui).people()) {
    const long long secs = std::chrono::duration_cast<seconds>(circle(ui).spoken(person.id, now)).count();
    EXPECT_TRUE(ui.shown().shows_text(figures(secs, person.turns))) << "person " << person.id;
  }
  EXPECT_EQ(circle(ui).people()[0].turns, 2);
  const std::vector<float> shares = circle(ui).shares(now);
  EXPECT_NEAR(std::accumulate(shares.begin(), shares.end(), 0.0f), 1.0f, 1e-5f);
  EXPECT_GT(shares[1], shares[0]) << "Owl spoke longest";
  EXPECT_GT(shares[0], shares[2]);
}

// --- equal turns ---

TEST(StickScreen, AnEqualTurnCuesOnceWhenItsMinuteIsUpAndPassingStartsANewOne) {
  UiHarness ui(on_stick());
  ui.settle();
  ui.click(std::string(ui_id::kStickTurnLength) + "60");
  EXPECT_EQ(circle(ui).turn_length(), seconds(60));
  ui.click(ui_id::kStickBegin);
  ui.click(ui_id::kStickPass);
  const auto began = ui.clock().now() - circle(ui).holding_for(ui.clock().now());
  ASSERT_TRUE(circle(ui).turn_ends_at().has_value());
  EXPECT_EQ(*circle(ui).turn_ends_at() - began, seconds(60));

  // Just before the minute: no cue yet. Each frame moves the fake clock on 16 ms.
  ui.clock().advance(*circle(ui).turn_ends_at() - ui.clock().now() - milliseconds(100));
  ui.frame();
  EXPECT_EQ(turn_up_cues(ui), 0) << "not before the minute is up";
  EXPECT_FALSE(ui.shown().shows_text("time to pass it on"));
  ui.clock().advance(milliseconds(200));
  ui.frame();
  EXPECT_EQ(turn_up_cues(ui), 1) << "on the minute";
  EXPECT_TRUE(ui.shown().shows_text("Fox has the stick: time to pass it on"));
  ui.clock().advance(seconds(30));
  for (int i = 0; i < 10; ++i) ui.frame();
  EXPECT_EQ(turn_up_cues(ui), 1) << "once, not every frame after";

  ui.click(ui_id::kStickPass);
  EXPECT_FALSE(ui.shown().shows_text("time to pass it on"));
  EXPECT_FALSE(circle(ui).turn_is_up(ui.clock().now()));
  ASSERT_TRUE(circle(ui).turn_ends_at().has_value());
  ui.clock().advance(*circle(ui).turn_ends_at() - ui.clock().now() + milliseconds(100));
  ui.frame();
  EXPECT_EQ(turn_up_cues(ui), 2) << "the next turn is timed afresh";
  EXPECT_TRUE(ui.shown().shows_text("Owl has the stick: time to pass it on"));
}

TEST(StickScreen, WithoutEqualTurnsNoCueEverSounds) {
  UiHarness ui(on_stick());
  ui.settle();
  ui.click(ui_id::kStickBegin);
  ui.click(ui_id::kStickPass);
  EXPECT_FALSE(circle(ui).turn_ends_at().has_value());
  ui.clock().advance(std::chrono::minutes(10));
  ui.frame();
  EXPECT_EQ(turn_up_cues(ui), 0);
  EXPECT_FALSE(ui.shown().shows_text("time to pass it on"));
}

TEST(StickScreen, ATurnUpCueSoundsWhileAnotherScreenShows) {
  UiHarness ui(on_stick());
  ui.settle();
  ui.click(std::string(ui_id::kStickTurnLength) + "120");
  ui.click(ui_id::kStickBegin);
  ui.click(ui_id::kStickPass);
  ui.click(ui_id::kBack);
  ASSERT_EQ(ui.navigator().current(), ScreenId::Home);
  ui.clock().advance(seconds(121));
  ui.frame();
  EXPECT_EQ(turn_up_cues(ui), 1);
  ui.frame();
  EXPECT_TRUE(ui.shown().shows_text("Time to pass the talking stick")) << "seen as well as heard";
}

TEST(StickScreen, LeavingTheSummaryAnyWayForgetsTheNames) {
  UiHarness ui(on_stick());
  ui.settle();
  name_seat(ui, 1, "Sam");
  ui.click(ui_id::kStickBegin);
  ui.click(ui_id::kStickPass);
  ui.clock().advance(seconds(20));
  ui.click(ui_id::kStickClosing);
  ui.click(ui_id::kStickFinish);
  ASSERT_EQ(screen(ui).stage(), Stage::Summary);
  ui.press({Key::Escape});  // Back, not Close
  ASSERT_EQ(ui.navigator().current(), ScreenId::Home);
  ui.click("tile:stick");
  EXPECT_EQ(screen(ui).stage(), Stage::SettingUp);
  EXPECT_FALSE(ui.shown().shows_text("Sam"));
  for (const auto& person : circle(ui).people()) {
    EXPECT_EQ(person.name, "");
    EXPECT_EQ(person.turns, 0);
  }
}

TEST(StickScreen, TheClosingRoundShowsNoTurnTimerEvenWithEqualTurns) {
  UiHarness ui(on_stick());
  ui.settle();
  ui.click(std::string(ui_id::kStickTurnLength) + "60");
  ui.click(ui_id::kStickBegin);
  ui.click(ui_id::kStickPass);
  ui.click(ui_id::kStickClosing);
  ui.click(ui_id::stick_closer(2));
  ui.clock().advance(seconds(300));
  ui.frame();
  EXPECT_EQ(turn_up_cues(ui), 0) << "no bell during the last turn";
  EXPECT_FALSE(ui.shown().shows_text("time to pass it on"));
}

// --- eight people on every screen size ---

struct Size {
  int width;
  int height;
};

std::string size_name(const ::testing::TestParamInfo<Size>& info) {
  return std::to_string(info.param.width) + "x" + std::to_string(info.param.height);
}

class StickScreenSizes : public ::testing::TestWithParam<Size> {};

// The whole rectangle, as drawn, even where the window's edge cuts it.
std::optional<Rect> drawn_rect(UiHarness& ui, std::string_view id) {
  for (const UiTarget& target : ui.shown().reachable())
    if (target.id == id) return target.rect;
  return std::nullopt;
}

// Eight people in the circle, tested apart from set-up: the six more are added in the core.
void begin_with_eight(UiHarness& ui) {
  ui.click(ui_id::kStickBegin);
  ASSERT_EQ(screen(ui).stage(), Stage::Circle);
  while (ui.tools().circle.add_person()) {
  }
  ui.frame();
  ui.settle();
}

std::string where(const Rect& rect) {
  return std::to_string(rect.x) + "," + std::to_string(rect.y) + " " + std::to_string(rect.width) + "x" +
         std::to_string(rect.height);
}

// Seats' tap areas never overlap their neighbours', and never fall under kMinTouchTarget.
TEST_P(StickScreenSizes, EightSeatsAllShowInsideTheWindowWithoutOverlapping) {
  UiHarness ui(on_stick({GetParam().width, GetParam().height}));
  ui.settle();
  begin_with_eight(ui);
  const Rect window = ui.shown().viewport();
  std::vector<Rect> seats;
  for (int seat = 1; seat <= 8; ++seat) {
    const auto rect = drawn_rect(ui, ui_id::stick_person(seat));
    ASSERT_TRUE(rect) << "seat " << seat;
    EXPECT_TRUE(rect->inside(window)) << "seat " << seat << " at " << where(*rect);
    EXPECT_GE(std::min(rect->width, rect->height), ui::kMinTouchTarget) << "seat " << seat;
    seats.push_back(*rect);
  }
  for (std::size_t i = 0; i < seats.size(); ++i)
    for (std::size_t j = i + 1; j < seats.size(); ++j)
      EXPECT_FALSE(seats[i].intersects(seats[j])) << "seats " << i + 1 << " and " << j + 1 << " overlap";
  for (const UiTarget& target : ui.shown().reachable()) {
    if (target.id.starts_with("stick:person:")) continue;
    for (std::size_t i = 0; i < seats.size(); ++i)
      EXPECT_FALSE(seats[i].intersects(target.rect)) << "seat " << i + 1 << " overlaps " << target.id;
  }
}

// Eight rows of "Who has spoken" never push Closing round and Set up off the window.
TEST_P(StickScreenSizes, WithEightInTheCircleEveryControlAndWordIsInsideTheWindow) {
  UiHarness ui(on_stick({GetParam().width, GetParam().height}));
  ui.settle();
  begin_with_eight(ui);
  ui.click(ui_id::kStickPass);
  const Rect window = ui.shown().viewport();
  for (const std::string_view id : {ui_id::kStickPass, ui_id::kStickClosing, ui_id::kStickSetUp}) {
    const auto rect = drawn_rect(ui, id);
    ASSERT_TRUE(rect) << id;
    EXPECT_TRUE(rect->inside(window)) << id << " at " << where(*rect) << " in " << where(window);
  }
  for (const UiText& text : ui.shown().texts()) EXPECT_TRUE(text.rect.inside(window)) << text.text;
}

// Set-up's One fewer, One more and Begin are always in sight; the names and equal turns above them
// scroll on a small window, and each comes into sight when the keyboard reaches it.
TEST_P(StickScreenSizes, SettingUpFitsTheWindowWithTwoAndWithEightPeople) {
  UiHarness ui(on_stick({GetParam().width, GetParam().height}));
  ui.settle();
  for (const int people : {2, 8}) {
    while (static_cast<int>(ui.tools().circle.people().size()) < people) ui.tools().circle.add_person();
    ui.frame();
    ui.settle();
    const Rect window = ui.shown().viewport();
    for (const std::string_view pinned : {ui_id::kStickFewer, ui_id::kStickMore, ui_id::kStickBegin}) {
      const auto rect = drawn_rect(ui, pinned);
      ASSERT_TRUE(rect) << people << " people: " << pinned;
      EXPECT_TRUE(rect->inside(window)) << people << " people: " << pinned << " at " << where(*rect);
    }
    std::vector<std::string> scrolled = {std::string(ui_id::kStickTurnLength) + "off",
                                         std::string(ui_id::kStickTurnLength) + "180"};
    for (int seat = 1; seat <= people; ++seat) scrolled.push_back(ui_id::stick_name(seat));
    for (const std::string& id : scrolled) {
      for (int tab = 0; tab < 40 && ui.shell().focus().focused_id() != id; ++tab) ui.press({Key::Tab});
      ASSERT_EQ(ui.shell().focus().focused_id(), id) << people << " people: the keyboard reaches it";
      ui.settle();
      const auto rect = drawn_rect(ui, id);
      ASSERT_TRUE(rect) << people << " people: " << id;
      EXPECT_TRUE(rect->inside(window))
          << people << " people: " << id << " at " << where(*rect) << " in " << where(window);
    }
  }
}

INSTANTIATE_TEST_SUITE_P(StickScreen, StickScreenSizes,
                         ::testing::Values(Size{1280, 800}, Size{1024, 600}, Size{640, 480}), size_name);

// --- the closing round and the summary ---

TEST(StickScreen, TheClosingRoundGivesTheChosenPersonTheLastTurn) {
  UiHarness ui(on_stick());
  ui.settle();
  set_up_people(ui, 3);
  name_seat(ui, 1, "Sam");
  name_seat(ui, 2, "Jo");
  ui.click(ui_id::kStickBegin);
  ui.click(ui_id::kStickPass);
  ui.click(ui_id::kStickClosing);
  EXPECT_EQ(screen(ui).stage(), Stage::ChoosingCloser);
  EXPECT_TRUE(ui.shown().shows_text("Who would like the last turn"));
  EXPECT_EQ(ui.target(ui_id::stick_closer(2)).label, "Jo");
  EXPECT_EQ(ui.target(ui_id::stick_closer(3)).label, "Turtle");

  ui.click(ui_id::stick_closer(2));
  EXPECT_EQ(screen(ui).stage(), Stage::Circle);
  EXPECT_TRUE(circle(ui).closing());
  EXPECT_EQ(holder_seat(ui), 2);
  EXPECT_EQ(ui.shown().find_by_id(ui_id::kStickPass), nullptr) << "nobody passes the last turn on";
  EXPECT_NE(ui.shown().find_by_id(ui_id::kStickFinish), nullptr);
  // The panel says who has the last turn, not only that it is the last.
  EXPECT_TRUE(ui.shown().shows_text("Jo has the last turn"));

  ui.press({Key::Space});
  ui.click(ui_id::stick_person(1));
  EXPECT_EQ(holder_seat(ui), 2) << "neither the space bar nor a tap takes the last turn away";
}

TEST(StickScreen, FinishingShowsTheSummaryAndClosingItForgetsEverything) {
  UiHarness ui(on_stick());
  ui.settle();
  set_up_people(ui, 3);
  name_seat(ui, 1, "Sam");
  name_seat(ui, 2, "Jo");
  name_seat(ui, 3, "Ari");
  ui.click(ui_id::kStickBegin);
  ui.click(ui_id::kStickPass);
  ui.clock().advance(seconds(30));
  ui.click(ui_id::kStickPass);
  ui.clock().advance(seconds(30));
  ui.click(ui_id::kStickClosing);
  ui.click(ui_id::stick_closer(3));
  ui.clock().advance(seconds(30));
  ui.click(ui_id::kStickFinish);

  EXPECT_EQ(screen(ui).stage(), Stage::Summary);
  EXPECT_FALSE(circle(ui).holder().has_value());
  EXPECT_TRUE(ui.shown().shows_text("Thank you for listening to each other"));
  EXPECT_TRUE(ui.shown().shows_text("3 turns"));
  for (const char* name : {"Sam", "Jo", "Ari"}) EXPECT_TRUE(ui.shown().shows_text(name)) << name;
  EXPECT_TRUE(ui.shown().shows_text(figures(30, 1)));

  ui.click(ui_id::kStickClose);
  EXPECT_EQ(screen(ui).stage(), Stage::SettingUp);
  for (const std::string& name : screen(ui).names()) EXPECT_EQ(name, "");
  ASSERT_EQ(circle(ui).people().size(), 3u) << "the same circle can start again";
  for (const auto& person : circle(ui).people()) {
    EXPECT_EQ(person.name, "");
    EXPECT_EQ(person.turns, 0);
    EXPECT_EQ(person.spoken, TalkingCircle::Duration::zero());
    EXPECT_EQ(circle(ui).spoken(person.id, ui.clock().now()), TalkingCircle::Duration::zero());
  }
  EXPECT_FALSE(circle(ui).holder().has_value());
  EXPECT_FALSE(circle(ui).closing());
  for (const char* name : {"Sam", "Jo", "Ari"}) EXPECT_FALSE(ui.shown().shows_text(name)) << name;
}

TEST(StickScreen, NotYetGoesBackToTheCircleWithTheSameHolder) {
  UiHarness ui(on_stick());
  ui.settle();
  set_up_people(ui, 3);
  ui.click(ui_id::kStickBegin);
  ui.click(ui_id::kStickPass);
  ui.click(ui_id::kStickPass);
  ui.click(ui_id::kStickClosing);
  ASSERT_EQ(screen(ui).stage(), Stage::ChoosingCloser);
  ui.click(ui_id::kBackToTable);
  EXPECT_EQ(screen(ui).stage(), Stage::Circle);
  EXPECT_EQ(holder_seat(ui), 2);
  EXPECT_FALSE(circle(ui).closing());
  EXPECT_NE(ui.shown().find_by_id(ui_id::kStickPass), nullptr);
}

TEST(StickScreen, NoOneFinishGoesStraightToTheSummary) {
  UiHarness ui(on_stick());
  ui.settle();
  ui.click(ui_id::kStickBegin);
  ui.click(ui_id::kStickPass);
  ui.click(ui_id::kStickClosing);
  EXPECT_EQ(ui.target(ui_id::kStickFinish).label, "No one: finish");
  ui.click(ui_id::kStickFinish);
  EXPECT_EQ(screen(ui).stage(), Stage::Summary);
  EXPECT_FALSE(circle(ui).holder().has_value());
  EXPECT_TRUE(ui.shown().shows_text("Thank you for listening to each other"));
}

TEST(StickScreen, ClosingRoundWaitsUntilSomeoneHasHadTheStick) {
  UiHarness ui(on_stick());
  ui.settle();
  ui.click(ui_id::kStickBegin);
  EXPECT_FALSE(ui.target(ui_id::kStickClosing).enabled);
  ui.click(ui_id::kStickPass);
  EXPECT_TRUE(ui.target(ui_id::kStickClosing).enabled);
}

TEST(StickScreen, SetUpMidSessionGoesBackToSettingUp) {
  UiHarness ui(on_stick());
  ui.settle();
  ui.click(ui_id::kStickBegin);
  ui.click(ui_id::kStickPass);
  ui.click(ui_id::kStickSetUp);
  EXPECT_EQ(screen(ui).stage(), Stage::SettingUp);
  EXPECT_FALSE(circle(ui).holder().has_value()) << "the turn under way ends";
  EXPECT_NE(ui.shown().find_by_id(ui_id::kStickBegin), nullptr);
  EXPECT_EQ(ui.shown().find_by_id(ui_id::kStickPass), nullptr);
}

}  // namespace
}  // namespace kitbag
