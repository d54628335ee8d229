// The timer in the real event-driven loop, on a fake window and clock: a ten-minute run ends on
// time whether the window shows or is minimised, and costs a frame when the picture changes,
// not sixty a second.
#include <gtest/gtest.h>

#include <imgui.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "app/core/i18n/current_strings.h"
#include "app/kitbag_app.h"
#include "app/ui/imgui_session.h"
#include "app/ui/timer_view.h"
#include "app/usage_service.h"
#include "platform/fakes/fake_audio.h"
#include "platform/fakes/fake_texture_store.h"
#include "platform/fakes/fake_window.h"
#include "platform/language_files.h"

namespace kitbag {
namespace {

using namespace std::chrono_literals;
using TimePoint = std::chrono::steady_clock::time_point;

// FakeAudio, with the fake clock's time of each load and play: when the timer started (its
// sounds are read in the same frame) and when the chime rang.
class ClockedAudio final : public Audio {
 public:
  explicit ClockedAudio(const FakeClock& clock) : clock_(clock) {}

  bool available() override { return audio.available(); }
  std::string status() const override { return audio.status(); }
  Result<SoundId> load_sound(const std::filesystem::path& file) override {
    loaded_at.push_back(clock_.now());
    return audio.load_sound(file);
  }
  Status play(SoundId sound) override {
    played_at.push_back(clock_.now());
    return audio.play(sound);
  }
  void stop_all() override { audio.stop_all(); }
  Result<double> open_music(const std::filesystem::path& file) override { return audio.open_music(file); }
  Status play_music(double from_seconds, int fade_in_ms) override {
    return audio.play_music(from_seconds, fade_in_ms);
  }
  Status seek_music(double to_seconds) override { return audio.seek_music(to_seconds); }
  void fade_out_music(int fade_ms) override { audio.fade_out_music(fade_ms); }
  std::optional<double> music_position() override { return audio.music_position(); }
  void set_music_volume(double fraction) override { audio.set_music_volume(fraction); }

  FakeAudio audio;
  std::vector<TimePoint> loaded_at;
  std::vector<TimePoint> played_at;

 private:
  const FakeClock& clock_;
};

constexpr int kTimerSeconds = 600;
constexpr auto kTimerLength = std::chrono::seconds(kTimerSeconds);
// Starts the timer and lets a second more than its length pass.
constexpr const char* kTenMinuteRun = "click timer:start\nwait 601\n";
// The same, on past the end cue and a little more.
constexpr const char* kTenMinuteRunAndCue = "click timer:start\nwait 606\n";

class TimerLoopTest : public ::testing::Test {
 protected:
  KitbagApp make_app(const char* script) {
    AppSetup setup;
    setup.options.screen = ScreenId::Timer;
    setup.options.timer_seconds = kTimerSeconds;
    auto parsed = parse_script(script, "timer.kbs");
    EXPECT_TRUE(parsed.ok()) << parsed.error();
    setup.script = parsed.value();
    setup.about = {"test", "/tmp/none"};
    return KitbagApp(setup, fonts_, notices_, cards_, textures_, sounds_, usage_);
  }

  // Runs the app as the tests want it to finish: by the script's end. A loop that draws frame
  // after frame without ever waiting never lets the fake clock move, so it is stopped after
  // `limit` of real time instead of hanging the suite; `spun_` then says so.
  int run_app(KitbagApp& app, std::chrono::seconds limit = 15s) {
    std::atomic<bool> stop{false};
    std::mutex mutex;
    std::condition_variable finished;
    bool done = false;
    std::thread watchdog([&] {
      std::unique_lock lock(mutex);
      if (!finished.wait_for(lock, limit, [&] { return done; })) stop.store(true);
    });
    const int code = app.run(window_, clock_, &stop);
    {
      std::lock_guard lock(mutex);
      done = true;
    }
    finished.notify_all();
    watchdog.join();
    spun_ = stop.load();
    return code;
  }

  // When the timer started: the frame that read its sounds.
  TimePoint started() const {
    EXPECT_FALSE(audio_.loaded_at.empty()) << "the timer never started";
    return audio_.loaded_at.empty() ? TimePoint{} : audio_.loaded_at.front();
  }

  void expect_one_chime_on_time() {
    ASSERT_EQ(audio_.played_at.size(), 1u) << "one chime";
    ASSERT_EQ(audio_.audio.played.size(), 1u);
    EXPECT_EQ(audio_.audio.loaded.at(static_cast<std::size_t>(audio_.audio.played[0])).filename(),
              "timer-end.wav");
    const auto late = audio_.played_at[0] - (started() + kTimerLength);
    EXPECT_GE(late, 0ns) << "the chime rang before the end";
    EXPECT_LE(late, 100ms) << "the chime rang "
                           << std::chrono::duration_cast<std::chrono::milliseconds>(late).count()
                           << " ms late";
    RecordProperty("chime_late_ns", std::to_string(std::chrono::nanoseconds(late).count()));
  }

  ui::ImGuiSession imgui_;
  FakeClock clock_;
  FakeWindow window_{clock_, {1024, 600}};
  // The source tree's assets, then the build's, where the sounds are made.
  AssetLocator assets_{
      {std::filesystem::path(KITBAG_SOURCE_DIR) / "assets", std::filesystem::path(KITBAG_BUILD_ASSETS_DIR)}};
  ui::FontLibrary fonts_{assets_};
  Notices notices_;
  UsageService usage_{assets_, notices_, {}};  // no data folder: nothing is counted
  // English before the cards, as the app loads them: the shipped cards' words are in its files.
  bool words_loaded_ = (use_strings(load_strings(assets_, "en", notices_)), true);
  CardLibrary cards_{assets_, std::nullopt, notices_};
  FakeTextureStore textures_;
  ClockedAudio audio_{clock_};
  SoundCues sounds_{audio_, assets_, notices_};
  bool spun_ = false;
};

constexpr const char* kSpun =
    "the loop drew frame after frame without letting the clock move, and had to be stopped";

TEST_F(TimerLoopTest, ATenMinuteTimerChimesOnTimeWithTheWindowShowing) {
  KitbagApp app = make_app(kTenMinuteRun);
  EXPECT_EQ(run_app(app), 0);
  EXPECT_FALSE(spun_) << kSpun;
  expect_one_chime_on_time();
  EXPECT_TRUE(app.shell().shown().shows_text("Time is up"));
  EXPECT_TRUE(notices_.empty());
}

TEST_F(TimerLoopTest, ATenMinuteTimerChimesOnTimeWithTheWindowMinimised) {
  window_.set_minimised(true);
  KitbagApp app = make_app(kTenMinuteRun);
  EXPECT_EQ(run_app(app), 0);
  EXPECT_FALSE(spun_) << kSpun;
  expect_one_chime_on_time();
  EXPECT_EQ(window_.frames_presented(), 0) << "nothing is shown while minimised";
  RecordProperty("frames_run_minimised", app.frames_drawn());
}

// The disc steps only when the digits change: a running ten-minute timer costs about a frame a
// second and never skips one, the end cue some thirty a second for its few seconds, and then
// the loop rests.
TEST_F(TimerLoopTest, ATenMinuteTimerDrawsWhenItsPictureChangesAndNoMore) {
  KitbagApp app = make_app(kTenMinuteRunAndCue);
  EXPECT_EQ(run_app(app), 0);
  EXPECT_FALSE(spun_) << kSpun;
  const TimePoint end = started() + kTimerLength;
  const std::vector<TimePoint> frames = window_.frame_times();
  auto count = [&](TimePoint from, TimePoint to) {
    return std::count_if(frames.begin(), frames.end(), [&](TimePoint t) { return t >= from && t < to; });
  };
  const auto running = count(started(), end);
  const auto cue = count(end, end + ui::kEndCue + 1ms);
  const auto after = count(end + ui::kEndCue + 1ms, end + 1h);
  RecordProperty("frames_running", static_cast<int>(running));
  RecordProperty("frames_end_cue", static_cast<int>(cue));
  RecordProperty("frames_after_cue", static_cast<int>(after));
  RecordProperty("frames_whole_run", window_.frames_presented());

  EXPECT_LT(running, 3 * kTimerSeconds) << "well below a frame every 16 ms";
  EXPECT_LE(running, kTimerSeconds + 12) << "a frame a second, and the click's own few";
  EXPECT_GE(running, kTimerSeconds) << "the digits change every second";
  // A frame at each whole second before the end, when the digits change.
  std::size_t next = 0;
  int missed = 0;
  for (int left = kTimerSeconds - 1; left >= 1; --left) {
    const TimePoint change = end - std::chrono::seconds(left);
    while (next < frames.size() && frames[next] < change) ++next;
    if (next == frames.size() || frames[next] - change > 1ms) ++missed;
  }
  EXPECT_EQ(missed, 0) << "seconds whose digits were not drawn on time";

  EXPECT_GE(cue, 3 * 20) << "the end cue's ring swells smoothly";
  EXPECT_LE(cue, 4 * 30) << "about thirty frames a second is smooth enough for a slow swell";
  EXPECT_LE(after, 1) << "once the cue is over nothing moves: only the script's last frame";
}

}  // namespace
}  // namespace kitbag
