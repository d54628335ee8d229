// The real SDL2_mixer module, loaded lazily and played through SDL's disk audio driver, whose
// output file is read back and listened to.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <thread>

#include "platform/audio.h"
#include "platform/fakes/temp_dir.h"
#include "tests/support/contains.h"
#include "tests/support/scoped_env.h"
#include "tests/support/wav_file.h"

namespace kitbag {
namespace {

using test::Contains;

namespace fs = std::filesystem;
using namespace std::chrono_literals;

// What the module asks SDL for: 48 kHz, signed 16-bit, stereo (interleaved L/R).
constexpr std::size_t kRate = 48000;
constexpr std::size_t kChannels = 2;
constexpr std::size_t samples_for(double seconds) {
  return static_cast<std::size_t>(seconds * kRate) * kChannels;
}

using test::ScopedEnv;

// Every test sends SDL's output to its own file in its own folder.
class AudioModuleTest : public ::testing::Test {
 protected:
  fs::path output() const { return dir_.path() / "sdl-output.raw"; }

  TempDir dir_;
  ScopedEnv driver_{"SDL_AUDIODRIVER", "disk"};
  ScopedEnv output_file_{"SDL_DISKAUDIOFILE", output().string()};
};

double loudest_window(const std::vector<std::int16_t>& samples, std::size_t window, std::size_t from) {
  double loudest = 0;
  for (std::size_t begin = from; begin + window <= samples.size(); begin += samples_for(0.01))
    loudest = std::max(loudest, test::rms(samples, begin, begin + window));
  return loudest;
}

TEST_F(AudioModuleTest, ToneIsHeardAfterLeadingSilence) {
  const auto tone = dir_.path() / "tone.wav";
  test::write_tone_wav(tone, 48000, 440, 0.4, 0.5);
  {
    auto audio = load_audio_module_lazily({KITBAG_AUDIO_MODULE});
    ASSERT_TRUE(audio->available()) << audio->status();
    EXPECT_EQ(audio->status(), "");
    auto sound = audio->load_sound(tone);
    ASSERT_TRUE(sound.ok()) << sound.error();

    std::this_thread::sleep_for(300ms);
    const auto played = audio->play(sound.value());
    ASSERT_TRUE(played.ok()) << played.error();
    // The disk driver writes in real time, so this is how much output there will be.
    std::this_thread::sleep_for(900ms);
  }  // closing the device flushes the file

  const auto samples = test::read_raw_s16(output());
  EXPECT_GE(samples.size(), samples_for(1.0)) << "only " << samples.size() / kChannels << " frames written";
  EXPECT_LT(test::rms(samples, 0, samples_for(0.2)), 0.001);
  // A 0.5 amplitude sine has an RMS of about 0.35; the exact start depends on the driver's timing.
  EXPECT_GT(loudest_window(samples, samples_for(0.2), samples_for(0.2)), 0.1);
}

TEST_F(AudioModuleTest, NothingPlayedMeansSilentOutput) {
  // The counterpart of the test above: the loudness it sees comes from play(), not the device.
  {
    auto audio = load_audio_module_lazily({KITBAG_AUDIO_MODULE});
    ASSERT_TRUE(audio->available()) << audio->status();
    std::this_thread::sleep_for(500ms);
  }
  const auto samples = test::read_raw_s16(output());
  ASSERT_GE(samples.size(), samples_for(0.3));
  EXPECT_LT(loudest_window(samples, samples_for(0.2), 0), 0.001);
}

TEST_F(AudioModuleTest, MissingModuleIsUnavailableAndStatusNamesThePathTried) {
  const auto missing = dir_.path() / "no-such-module.so";
  auto audio = load_audio_module_lazily({missing});
  EXPECT_FALSE(audio->available());
  EXPECT_TRUE(Contains(audio->status(), missing.string()));
  // The rest of the interface still answers, with the same reason.
  auto sound = audio->load_sound(dir_.path() / "anything.wav");
  ASSERT_FALSE(sound.ok());
  EXPECT_TRUE(Contains(sound.error(), missing.string()));
  EXPECT_FALSE(audio->play(0).ok());
  audio->stop_all();
}

TEST_F(AudioModuleTest, LaterCandidateIsUsedWhenTheFirstIsMissing) {
  const auto missing = dir_.path() / "no-such-module.so";
  auto audio = load_audio_module_lazily({missing, KITBAG_AUDIO_MODULE});
  EXPECT_TRUE(audio->available()) << audio->status();
}

TEST_F(AudioModuleTest, LibraryWithoutTheEntryPointIsSkipped) {
  // libm loads fine but has no kitbag_make_sdl_mixer_audio.
  auto audio = load_audio_module_lazily({"libm.so.6"});
  EXPECT_FALSE(audio->available());
  EXPECT_TRUE(Contains(audio->status(), "libm.so.6 (not a Kitbag audio module)"));
}

TEST_F(AudioModuleTest, GarbageSoundFileIsAnErrorNamingTheFile) {
  const auto garbage = dir_.write("broken.wav", "this is not a sound file at all, just some text bytes");
  auto audio = load_audio_module_lazily({KITBAG_AUDIO_MODULE});
  ASSERT_TRUE(audio->available()) << audio->status();
  auto sound = audio->load_sound(garbage);
  ASSERT_FALSE(sound.ok());
  EXPECT_TRUE(Contains(sound.error(), garbage.string()));
}

TEST_F(AudioModuleTest, PlayingAnUnknownSoundFails) {
  const auto tone = dir_.path() / "tone.wav";
  test::write_tone_wav(tone, 48000, 440, 0.1, 0.5);
  auto audio = load_audio_module_lazily({KITBAG_AUDIO_MODULE});
  ASSERT_TRUE(audio->available()) << audio->status();
  auto sound = audio->load_sound(tone);
  ASSERT_TRUE(sound.ok()) << sound.error();

  EXPECT_FALSE(audio->play(sound.value() + 1).ok());
  EXPECT_FALSE(audio->play(-1).ok());
  EXPECT_TRUE(audio->play(sound.value()).ok());
}

}  // namespace
}  // namespace kitbag
