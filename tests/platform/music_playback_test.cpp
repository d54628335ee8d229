// The Wonder Journey's player on the real SDL2_mixer module, heard through SDL's disk audio
// driver: the output file is read back and listened to. The tracks are made here with the
// project's own synthesiser and Ogg writer, shaped so the output tells where in the track it is:
// each second of the "steps" track is a tone of its own pitch.
#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <numbers>
#include <optional>
#include <thread>
#include <vector>

#include "app/journey_player.h"
#include "platform/fakes/temp_dir.h"
#include "scripts/music/ogg_vorbis_writer.h"
#include "scripts/sounds/synth.h"
#include "tests/support/scoped_env.h"
#include "tests/support/wav_file.h"

namespace kitbag {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

constexpr int kRate = 48000;
constexpr std::size_t kChannels = 2;
constexpr int kSteps = 10;  // the steps track is this many seconds long

double step_frequency(int second) {
  return 300.0 + 100.0 * second;
}

// Which second of the steps track a stretch of output comes from: the step whose pitch is
// strongest in it (Goertzel's single-frequency power, on left plus right).
std::optional<int> step_heard(const std::vector<std::int16_t>& samples, std::size_t first_frame,
                              std::size_t frames) {
  if ((first_frame + frames) * kChannels > samples.size()) return std::nullopt;
  if (test::rms(samples, first_frame * kChannels, (first_frame + frames) * kChannels) < 0.003)
    return std::nullopt;
  int best = -1;
  double best_power = 0;
  for (int step = 0; step < kSteps; ++step) {
    const double w = 2 * std::numbers::pi * step_frequency(step) / kRate;
    const double coefficient = 2 * std::cos(w);
    double s1 = 0, s2 = 0;
    for (std::size_t i = 0; i < frames; ++i) {
      const std::size_t at = (first_frame + i) * kChannels;
      const double x = (samples[at] + samples[at + 1]) / 65536.0;
      const double s = x + coefficient * s1 - s2;
      s2 = s1;
      s1 = s;
    }
    const double power = s1 * s1 + s2 * s2 - coefficient * s1 * s2;
    if (power > best_power) {
      best_power = power;
      best = step;
    }
  }
  return best;
}

class MusicPlaybackTest : public ::testing::Test {
 protected:
  fs::path output() const { return dir_.path() / "sdl-output.raw"; }
  AssetLocator assets() const { return AssetLocator({dir_.path() / "assets"}); }

  // A tone per second, each a step higher, with short soft edges so no step clicks.
  void make_steps_track() {
    sounds::StereoMix mix(kRate, kSteps);
    for (int second = 0; second < kSteps; ++second) {
      sounds::Note note;
      note.start = second;
      note.length = 1.0;
      note.frequency = step_frequency(second);
      note.gain = 0.3;
      note.envelope = sounds::Envelope{.attack = 0.005, .release = 0.005};
      sounds::add_note(mix, note);
    }
    write(mix);
  }

  void write(const sounds::StereoMix& mix) {
    fs::create_directories(dir_.path() / "assets/music");
    ASSERT_EQ(music::write_ogg_vorbis(dir_.path() / "assets/music/test.ogg", mix), "");
  }

  std::vector<std::int16_t> heard() const { return test::read_raw_s16(output()); }

  TempDir dir_;
  test::ScopedEnv driver_{"SDL_AUDIODRIVER", "disk"};
  test::ScopedEnv output_file_{"SDL_DISKAUDIOFILE", output().string()};
};

TEST_F(MusicPlaybackTest, PlaysTheWholeTrackAudiblyAndForItsLength) {
  // The driver writes as fast as the mixer can fill it, so six seconds play in a moment.
  test::ScopedEnv fast{"SDL_DISKAUDIODELAY", "0"};
  sounds::StereoMix mix(kRate, 6.0);
  sounds::add_note(mix, {.start = 0,
                         .length = 6.0,
                         .frequency = 440,
                         .gain = 0.3,
                         .envelope = {.attack = 0.02, .release = 0.02}});
  write(mix);
  {
    auto audio = load_audio_module_lazily({KITBAG_AUDIO_MODULE});
    const AssetLocator locator = assets();
    JourneyPlayer player(*audio, locator);
    player.load("music/test.ogg", 6);
    ASSERT_TRUE(player.has_music()) << player.music_problem();
    EXPECT_NEAR(player.length(), 6.0, 0.01);
    player.play(Clock::now());
    const auto give_up = Clock::now() + 20s;
    while (!player.reached_end() && Clock::now() < give_up) {
      std::this_thread::sleep_for(2ms);
      player.keep_time(Clock::now());
    }
    ASSERT_TRUE(player.reached_end()) << "the music never ended";
  }  // closing the device flushes the file, and stops it growing

  const auto samples = heard();
  std::size_t first = samples.size(), last = 0;
  for (std::size_t i = 0; i < samples.size(); ++i) {
    if (std::abs(samples[i]) < 3) continue;
    first = std::min(first, i / kChannels);
    last = i / kChannels;
  }
  ASSERT_LT(first, last) << "nothing was heard";
  const double seconds = static_cast<double>(last - first) / kRate;
  // The player's 3 s fade-in starts from silence, so the first chunk or so is inaudible.
  EXPECT_NEAR(seconds, 6.0, 0.25);
  const std::size_t middle = (first + 4 * kRate) * kChannels;
  // A centred 0.3 tone is 0.21 in each channel (equal-power panning), RMS 0.15, at the player's
  // starting volume of 0.8: 0.12.
  EXPECT_NEAR(test::rms(samples, middle, middle + kRate * kChannels), 0.12, 0.015);
}

TEST_F(MusicPlaybackTest, SilentWhilePausedThenCarriesOnWhereItWas) {
  make_steps_track();
  double held = 0;
  {
    auto audio = load_audio_module_lazily({KITBAG_AUDIO_MODULE});
    const AssetLocator locator = assets();
    JourneyPlayer player(*audio, locator);
    player.load("music/test.ogg", kSteps);
    ASSERT_TRUE(player.has_music()) << player.music_problem();
    player.play(Clock::now());
    std::this_thread::sleep_for(2s);
    player.pause(Clock::now());
    held = player.position(Clock::now());
    std::this_thread::sleep_for(1500ms);
    EXPECT_NEAR(player.position(Clock::now()), held, 1e-9) << "a paused player's place moved";
    player.play(Clock::now());
    std::this_thread::sleep_for(1200ms);
  }

  const auto samples = heard();
  constexpr std::size_t kWindow = kRate / 50;  // 20 ms
  // The longest run of silent windows, and what is heard straight after it.
  std::size_t run = 0, longest = 0, longest_end = 0;
  for (std::size_t frame = 0; (frame + kWindow) * kChannels <= samples.size(); frame += kWindow) {
    const bool silent = test::rms(samples, frame * kChannels, (frame + kWindow) * kChannels) < 0.0005;
    run = silent ? run + 1 : 0;
    if (run > longest && frame > kRate / 2) {  // not the silence before the device started
      longest = run;
      longest_end = frame + kWindow;
    }
  }
  const double silent_seconds = static_cast<double>(longest * kWindow) / kRate;
  // 1.5 s paused, less the 0.4 s fade-out: about 1.1 s of true silence.
  EXPECT_GT(silent_seconds, 0.9);
  EXPECT_LT(silent_seconds, 1.7);
  // The first clear step after the silence (past the resume fade's quiet start) is the one it
  // was paused in, or the next if it paused near a step's end.
  std::optional<int> after;
  for (std::size_t frame = longest_end; !after && frame < longest_end + kRate; frame += kWindow)
    after = step_heard(samples, frame, kWindow);
  ASSERT_TRUE(after.has_value()) << "nothing heard after the pause";
  const int paused_in = static_cast<int>(std::floor(held));
  EXPECT_TRUE(*after == paused_in || *after == paused_in + 1)
      << "heard step " << *after << " after pausing at " << held << " s";
}

TEST_F(MusicPlaybackTest, ASeekLandsWithinAQuarterOfASecond) {
  make_steps_track();
  constexpr double kTarget = 6.3;
  {
    auto audio = load_audio_module_lazily({KITBAG_AUDIO_MODULE});
    const AssetLocator locator = assets();
    JourneyPlayer player(*audio, locator);
    player.load("music/test.ogg", kSteps);
    ASSERT_TRUE(player.has_music()) << player.music_problem();
    player.play(Clock::now());
    std::this_thread::sleep_for(1500ms);
    player.seek(kTarget, Clock::now());
    EXPECT_NEAR(player.position(Clock::now()), kTarget, 0.1);
    std::this_thread::sleep_for(2s);
  }

  // In the output: the jump from an early step straight to step 6, then how long step 6 lasts
  // before step 7 begins. It began at the landing point, so it lasts (7 - landed) seconds.
  const auto samples = heard();
  constexpr std::size_t kWindow = kRate / 50;
  std::optional<std::size_t> jumped, next_step;
  int before = -1;
  for (std::size_t frame = 0; !next_step && (frame + kWindow) * kChannels <= samples.size();
       frame += kWindow) {
    const auto step = step_heard(samples, frame, kWindow);
    if (!step) continue;
    if (!jumped && *step == 6 && before >= 0 && before <= 2) jumped = frame;
    if (jumped && *step == 7) next_step = frame;
    before = *step;
  }
  ASSERT_TRUE(jumped.has_value()) << "never heard the jump to step 6";
  ASSERT_TRUE(next_step.has_value()) << "never heard step 7 after the jump";
  const double landed = 7.0 - static_cast<double>(*next_step - *jumped) / kRate;
  EXPECT_NEAR(landed, kTarget, 0.25);
  RecordProperty("landed_ms", static_cast<int>(std::lround(landed * 1000)));
}

TEST_F(MusicPlaybackTest, AFileThatIsNotMusicIsNamedAndNothingPlays) {
  dir_.write("assets/music/test.ogg", "OggS but not really: a text file wearing music's name");
  auto audio = load_audio_module_lazily({KITBAG_AUDIO_MODULE});
  const AssetLocator locator = assets();
  JourneyPlayer player(*audio, locator);
  player.load("music/test.ogg", 60);
  EXPECT_FALSE(player.has_music());
  EXPECT_NE(player.music_problem().find((dir_.path() / "assets/music/test.ogg").string()), std::string::npos)
      << player.music_problem();
  // The story's time still runs without it.
  const auto start = Clock::now();
  player.play(start);
  EXPECT_EQ(player.state(), PlayState::Playing);
  EXPECT_NEAR(player.position(start + 5s), 5.0, 1e-6);
}

}  // namespace
}  // namespace kitbag
