// The timer on the real binary, heard through SDL's disk audio driver: silence while it runs,
// the chime at the end, and the end shown on screen for anyone who cannot hear it.
#include <gtest/gtest.h>

#include <algorithm>

#include "tests/e2e/kitbag_process.h"
#include "tests/support/wav_file.h"

namespace kitbag::test {
namespace {

namespace fs = std::filesystem;

// What the audio module asks SDL for: 48 kHz, 16-bit, stereo.
constexpr double kRate = 48000;
constexpr std::size_t kChannels = 2;

std::size_t at(double seconds) {
  return static_cast<std::size_t>(seconds * kRate) * kChannels;
}

// Where sound first rises above a whisper (RMS over 10 ms windows), in seconds from the start.
std::optional<double> first_sound(const std::vector<std::int16_t>& samples, double threshold) {
  const std::size_t window = at(0.01);
  for (std::size_t begin = 0; begin + window <= samples.size(); begin += window)
    if (rms(samples, begin, begin + window) > threshold)
      return static_cast<double>(begin) / kChannels / kRate;
  return std::nullopt;
}

class TimerE2eTest : public KitbagE2eTest {
 protected:
  ProcessOptions with_disk_audio() {
    ProcessOptions options;
    options.set_env.emplace("SDL_AUDIODRIVER", "disk");
    options.set_env.emplace("SDL_DISKAUDIOFILE", output_.string());
    return options;
  }
  fs::path output_ = scratch_.path() / "sound.raw";
};

TEST_F(TimerE2eTest, ATimerRunsToItsEndSilentlyThenChimesAndSaysSo) {
  // The sound device opens when Start is pressed, so the file's time runs from the start.
  const auto result = kitbag({"--screen", "timer", "--timer", "3", "--script",
                              script("click timer:start\n"
                                     "expect 0:0\n"
                                     "wait 4.5\n"
                                     "expect Time is up\n"
                                     "expect Start again\n")},
                             with_disk_audio());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err.find("sounds cannot play"), std::string::npos) << result.err;

  const std::vector<std::int16_t> samples = read_raw_s16(output_);
  ASSERT_GT(samples.size(), at(4.0)) << "the disk driver wrote the whole run";
  const auto onset = first_sound(samples, 0.01);
  ASSERT_TRUE(onset) << "no chime was heard";
  // The disk driver paces itself in buffers of ~43 ms, so its clock is a little loose; the
  // app's own accuracy is measured with a fake clock in tests/ui/timer_loop_test.cpp.
  EXPECT_NEAR(*onset, 3.0, 0.35) << "the chime comes when the three seconds are up";
  EXPECT_LT(rms(samples, 0, at(*onset - 0.05)), 0.0005) << "silence while the timer runs";
  EXPECT_GT(rms(samples, at(*onset), at(*onset + 1.0)), 0.02) << "a chime to hear, not a click";
}

TEST_F(TimerE2eTest, PausedTimerStaysSilentPastItsEnd) {
  const auto result = kitbag({"--screen", "timer", "--timer", "2", "--script",
                              script("click timer:start\n"
                                     "wait 0.5\n"
                                     "click timer:pause\n"
                                     "wait 2.5\n"
                                     "expect Carry on\n")},
                             with_disk_audio());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::vector<std::int16_t> samples = read_raw_s16(output_);
  ASSERT_GT(samples.size(), at(2.5));
  EXPECT_FALSE(first_sound(samples, 0.01)) << "a paused timer never chimes";
}

TEST_F(TimerE2eTest, WithNoSoundDeviceTheEndIsStillShownAndExplained) {
  ProcessOptions options;
  options.set_env.emplace("SDL_AUDIODRIVER", "no-such-driver");
  const auto result = kitbag({"--screen", "timer", "--timer", "1", "--script",
                              script("click timer:start\n"
                                     "wait 1.5\n"
                                     "expect Time is up\n"
                                     "expect The timer's sounds cannot play\n")},
                             options);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("The timer's sounds cannot play"), std::string::npos) << result.err;
}

TEST_F(TimerE2eTest, ABadTimerLengthIsRefusedBeforeAnyWindowOpens) {
  const auto result = kitbag_without_display({"--timer", "ten minutes"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("--timer expects"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace kitbag::test
