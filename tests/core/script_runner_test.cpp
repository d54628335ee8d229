#include "app/core/script_runner.h"

#include <gtest/gtest.h>

namespace kitbag {
namespace {

using namespace std::chrono_literals;
using TimePoint = ScriptRunner::TimePoint;

Script script_of(const char* text) {
  auto parsed = parse_script(text, "t.kbs");
  EXPECT_TRUE(parsed.ok()) << parsed.error();
  return parsed.value();
}

ScreenInventory home() {
  ScreenInventory shown;
  shown.clear({0, 0, 1000, 800});
  shown.add_target({"nav:about", "About", {800, 20, 150, 60}, true});
  shown.add_target({"tile:timer", "Timer", {20, 200, 300, 200}, false});
  shown.add_text("What would you like to do today?", {20, 100, 400, 30});
  return shown;
}

class ScriptRunnerTest : public ::testing::Test {
 protected:
  // Feeds frames until the runner stops asking for them, collecting the input it gave.
  std::vector<ScriptInput> run_frames(ScriptRunner& runner, const ScreenInventory& shown) {
    std::vector<ScriptInput> inputs;
    for (int i = 0; i < 20 && runner.wants_frame(); ++i) {
      inputs.push_back(runner.input_for_frame());
      runner.after_frame(shown, false, now);
    }
    return inputs;
  }
  TimePoint now = TimePoint(5h);
};

TEST_F(ScriptRunnerTest, WaitsForTheScreenToSettleBeforeTheFirstStep) {
  ScriptRunner runner(script_of("click About\n"));
  runner.after_frame(home(), false, now);
  EXPECT_FALSE(runner.wants_frame());
  runner.after_frame(home(), true, now);
  EXPECT_TRUE(runner.wants_frame());
}

TEST_F(ScriptRunnerTest, AClickHoversPressesReleasesAndMovesAway) {
  ScriptRunner runner(script_of("click About\n"));
  runner.after_frame(home(), true, now);
  const auto inputs = run_frames(runner, home());
  ASSERT_EQ(inputs.size(), 4u);
  ASSERT_TRUE(inputs[0].pointer);
  EXPECT_FLOAT_EQ(inputs[0].pointer->x, 875);
  EXPECT_FLOAT_EQ(inputs[0].pointer->y, 50);
  EXPECT_FALSE(inputs[0].button_down);
  EXPECT_TRUE(inputs[1].button_down);
  EXPECT_FALSE(inputs[2].button_down);
  EXPECT_TRUE(inputs[2].pointer);
  EXPECT_FALSE(inputs[3].pointer) << "the pointer leaves, so screenshots show no hover";
  EXPECT_EQ(runner.state(), ScriptRunner::State::Running);
  runner.after_frame(home(), true, now);
  EXPECT_EQ(runner.state(), ScriptRunner::State::Finished);
}

TEST_F(ScriptRunnerTest, AMissingTargetFailsNamingTheLineAndWhatIsThere) {
  ScriptRunner runner(script_of("expect today\nclick tile:lion\n"));
  runner.after_frame(home(), true, now);
  ASSERT_EQ(runner.state(), ScriptRunner::State::Failed);
  EXPECT_NE(runner.failure().find("t.kbs:2: click tile:lion"), std::string::npos) << runner.failure();
  EXPECT_NE(runner.failure().find("nav:about \"About\""), std::string::npos) << runner.failure();
}

TEST_F(ScriptRunnerTest, ADisabledTargetCannotBeClicked) {
  ScriptRunner runner(script_of("click Timer\n"));
  runner.after_frame(home(), true, now);
  ASSERT_EQ(runner.state(), ScriptRunner::State::Failed);
  EXPECT_NE(runner.failure().find("cannot be used"), std::string::npos) << runner.failure();
}

TEST_F(ScriptRunnerTest, ExpectChecksTheSettledFrameAndFailsWithWhatIsVisible) {
  ScriptRunner pass(script_of("expect would you like\nexpect About\n"));
  pass.after_frame(home(), true, now);
  EXPECT_EQ(pass.state(), ScriptRunner::State::Finished);

  ScriptRunner fail(script_of("expect Goodbye\n"));
  fail.after_frame(home(), true, now);
  ASSERT_EQ(fail.state(), ScriptRunner::State::Failed);
  EXPECT_NE(fail.failure().find("t.kbs:1: expect Goodbye"), std::string::npos);
  EXPECT_NE(fail.failure().find("What would you like to do today?"), std::string::npos) << fail.failure();
}

TEST_F(ScriptRunnerTest, KeyIsHeldForOneFrame) {
  ScriptRunner runner(script_of("key shift+Tab\n"));
  runner.after_frame(home(), true, now);
  const auto inputs = run_frames(runner, home());
  ASSERT_EQ(inputs.size(), 2u);
  ASSERT_TRUE(inputs[0].key_down);
  EXPECT_EQ(inputs[0].key_down->key, Key::Tab);
  EXPECT_TRUE(inputs[0].key_down->shift);
  EXPECT_FALSE(inputs[1].key_down);
}

TEST_F(ScriptRunnerTest, TypeSendsTheTextOnce) {
  ScriptRunner runner(script_of("type Sam\n"));
  runner.after_frame(home(), true, now);
  const auto inputs = run_frames(runner, home());
  ASSERT_EQ(inputs.size(), 1u);
  EXPECT_EQ(inputs[0].typed, "Sam");
}

TEST_F(ScriptRunnerTest, WaitLetsTimePassOnTheClock) {
  ScriptRunner runner(script_of("wait 1.5\nexpect today\n"));
  runner.after_frame(home(), true, now);
  ASSERT_TRUE(runner.wake_at());
  EXPECT_EQ(*runner.wake_at(), now + 1500ms);
  EXPECT_FALSE(runner.wants_frame());
  runner.after_frame(home(), true, now + 1s);
  EXPECT_EQ(runner.state(), ScriptRunner::State::Running);
  runner.after_frame(home(), true, now + 1500ms);
  EXPECT_EQ(runner.state(), ScriptRunner::State::Finished);
}

TEST_F(ScriptRunnerTest, ScreenshotAsksForACaptureAndReportsAFailedSave) {
  ScriptRunner runner(script_of("screenshot /nowhere/shot.png\n"));
  runner.after_frame(home(), true, now);
  ASSERT_EQ(runner.capture_path(), "/nowhere/shot.png");
  EXPECT_TRUE(runner.wants_frame());
  runner.capture_finished(Error{"/nowhere/shot.png: could not be written"});
  ASSERT_EQ(runner.state(), ScriptRunner::State::Failed);
  EXPECT_NE(
      runner.failure().find("t.kbs:1: screenshot /nowhere/shot.png: /nowhere/shot.png: could not be written"),
      std::string::npos)
      << runner.failure();
}

TEST_F(ScriptRunnerTest, EachCaptureSaysWhichWindowItIsOf) {
  ScriptRunner runner(script_of("screenshot main.png\npresenter-screenshot child.png\n"));
  runner.after_frame(home(), true, now);
  EXPECT_EQ(runner.capture_path(), "main.png");
  EXPECT_FALSE(runner.capture_is_of_presenter());
  runner.capture_finished(ok_status());
  runner.after_frame(home(), true, now);
  EXPECT_EQ(runner.capture_path(), "child.png");
  EXPECT_TRUE(runner.capture_is_of_presenter());
  runner.capture_finished(ok_status());
  runner.after_frame(home(), true, now);
  EXPECT_FALSE(runner.capture_is_of_presenter()) << "nothing to capture now";
  EXPECT_EQ(runner.state(), ScriptRunner::State::Finished);
}

TEST_F(ScriptRunnerTest, ScreenshotThenQuit) {
  ScriptRunner runner(script_of("screenshot a.png\nquit\nclick Never\n"));
  runner.after_frame(home(), true, now);
  runner.capture_finished(ok_status());
  EXPECT_EQ(runner.capture_path(), std::nullopt);
  runner.after_frame(home(), true, now);
  EXPECT_EQ(runner.state(), ScriptRunner::State::Finished) << "quit ends the script before the last line";
}

TEST_F(ScriptRunnerTest, AnEmptyScriptIsFinishedAtOnce) {
  ScriptRunner runner(Script{"empty", {}});
  EXPECT_EQ(runner.state(), ScriptRunner::State::Finished);
}

}  // namespace
}  // namespace kitbag
