// The sound-making tool run for real: the files it writes are what SDL2_mixer opens without
// resampling, sound like what they are for (a gentle chime, a soft nudge), and start and end in
// silence; bad arguments and unwritable folders are refused loudly.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>

#include "platform/fakes/temp_dir.h"
#include "tests/sounds/sound_measures.h"
#include "tests/sounds/wav_reader.h"
#include "tests/support/contains.h"
#include "tests/support/process.h"

namespace kitbag::test {
namespace {

// What each sound is for decides its length, its level and how many notes it strikes.
struct Expected {
  const char* file;
  double min_seconds, max_seconds;
  double min_peak_db, max_peak_db;
  std::size_t strikes;
};

constexpr Expected kTimerEnd{"timer-end.wav", 2.5, 4.0, -12.0, -6.0, 3};
constexpr Expected kTurnUp{"turn-up.wav", 1.2, 2.0, -18.0, -12.0, 1};
constexpr Expected kSounds[] = {kTimerEnd, kTurnUp};

class MakeSounds : public ::testing::Test {
 protected:
  ProcessResult make(const std::filesystem::path& out) {
    return run_process({KITBAG_MAKE_SOUNDS, "--out", out.string()});
  }
  // The tool's output in a fresh folder, made once per test.
  Wav sound(const Expected& expected) {
    if (!made_) {
      const auto result = make(out_dir());
      EXPECT_EQ(result.exit_code, 0) << result.err;
      made_ = true;
    }
    Wav wav = read_wav(out_dir() / expected.file);
    EXPECT_EQ(wav.error, "") << expected.file;
    return wav;
  }
  std::filesystem::path out_dir() const { return scratch_.path() / "sounds"; }

  TempDir scratch_;
  bool made_ = false;
};

TEST_F(MakeSounds, WritesBothSoundsAs48kHzStereo16BitPcm) {
  for (const Expected& expected : kSounds) {
    SCOPED_TRACE(expected.file);
    const Wav wav = sound(expected);
    EXPECT_EQ(wav.format, 1);
    EXPECT_EQ(wav.channels, 2);
    EXPECT_EQ(wav.sample_rate, 48000);
    EXPECT_EQ(wav.bits_per_sample, 16);
    EXPECT_EQ(wav.block_align, 4);
    EXPECT_EQ(wav.byte_rate, 48000 * 4);
  }
  std::set<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(out_dir()))
    names.insert(entry.path().filename().string());
  EXPECT_EQ(names, (std::set<std::string>{"timer-end.wav", "turn-up.wav"}));
}

TEST_F(MakeSounds, LengthsAndLevelsSuitWhatEachSoundIsFor) {
  for (const Expected& expected : kSounds) {
    SCOPED_TRACE(expected.file);
    const Wav wav = sound(expected);
    EXPECT_GE(wav.seconds(), expected.min_seconds);
    EXPECT_LE(wav.seconds(), expected.max_seconds);
    const double peak_db = dbfs(std::max(peak_level(wav.channel(0)), peak_level(wav.channel(1))));
    EXPECT_GE(peak_db, expected.min_peak_db);
    EXPECT_LE(peak_db, expected.max_peak_db);
    for (int channel = 0; channel < 2; ++channel)
      EXPECT_GT(dbfs(rms_level(wav.channel(channel))), -40.0)
          << "channel " << channel << " is all but silent";
  }
}

TEST_F(MakeSounds, TheTimerChimesThreeNotesAndTheCueStrikesOneLowerNote) {
  double first_pitch[2] = {};
  for (int which = 0; which < 2; ++which) {
    const Expected& expected = kSounds[which];
    SCOPED_TRACE(expected.file);
    const Wav wav = sound(expected);
    const auto left = wav.channel(0);
    const auto right = wav.channel(1);
    std::vector<double> mono(left.size());
    for (std::size_t i = 0; i < mono.size(); ++i) mono[i] = (left[i] + right[i]) / 2;

    const auto strikes = strike_times(mono, wav.sample_rate);
    ASSERT_EQ(strikes.size(), expected.strikes) << "a chime, not a repeating alarm";
    EXPECT_LT(strikes[0], 0.02);
    for (std::size_t i = 1; i < strikes.size(); ++i) {
      EXPECT_GE(strikes[i] - strikes[i - 1], 0.3);
      EXPECT_LE(strikes[i] - strikes[i - 1], 0.6);
    }
    // Between the first strike and the next (or 300 ms), only the first note sounds.
    const double until = strikes.size() > 1 ? strikes[1] : 0.3;
    first_pitch[which] = crossing_pitch(mono, wav.sample_rate, wav.sample_rate / 50,
                                        static_cast<std::size_t>(until * wav.sample_rate));
    EXPECT_GE(first_pitch[which], 200.0) << "not a rumble";
    EXPECT_LE(first_pitch[which], 1000.0) << "not a squeal";
  }
  EXPECT_LT(first_pitch[1], first_pitch[0]) << "the turn cue is lower than the timer's chime";
}

TEST_F(MakeSounds, NothingShrill) {
  for (const Expected& expected : kSounds) {
    SCOPED_TRACE(expected.file);
    const Wav wav = sound(expected);
    for (int channel = 0; channel < 2; ++channel)
      EXPECT_LT(above_frequency_db(wav.channel(channel), wav.sample_rate, 6000), -40.0)
          << "channel " << channel;
  }
}

TEST_F(MakeSounds, StartsAndEndsInSilenceWithoutAClick) {
  for (const Expected& expected : kSounds) {
    SCOPED_TRACE(expected.file);
    const Wav wav = sound(expected);
    const std::size_t rate = static_cast<std::size_t>(wav.sample_rate);
    for (int channel = 0; channel < 2; ++channel) {
      SCOPED_TRACE("channel " + std::to_string(channel));
      const auto samples = wav.channel(channel);
      ASSERT_GT(samples.size(), rate);
      EXPECT_LE(std::abs(samples.front() * 32768), 1.0);
      EXPECT_LE(std::abs(samples.back() * 32768), 1.0);
      EXPECT_LT(dbfs(peak_level(samples, samples.size() - rate / 20)), -60.0) << "the last 50 ms";
      // A click reaches full level within a quarter of a cycle; a soft attack takes 5 ms or more.
      const double opening_peak = peak_level(samples, 0, rate / 10);
      std::size_t loud = 0;
      while (std::abs(samples[loud]) < 0.9 * opening_peak) ++loud;
      EXPECT_GE(loud, rate * 5 / 1000) << "reached 90% of its opening level after " << loud << " samples";
    }
  }
}

TEST_F(MakeSounds, NoClippingAndNoDcOffset) {
  for (const Expected& expected : kSounds) {
    SCOPED_TRACE(expected.file);
    const Wav wav = sound(expected);
    int at_full_scale = 0;
    for (std::int16_t sample : wav.samples)
      if (sample >= 32767 || sample <= -32767) ++at_full_scale;
    EXPECT_EQ(at_full_scale, 0);
    for (int channel = 0; channel < 2; ++channel)
      EXPECT_LT(std::abs(mean_level(wav.channel(channel))), 1e-3) << "channel " << channel;
  }
}

TEST_F(MakeSounds, TheSameBytesOnEveryRun) {
  const auto again = scratch_.path() / "again";
  ASSERT_EQ(make(out_dir()).exit_code, 0);
  ASSERT_EQ(make(again).exit_code, 0);
  for (const Expected& expected : kSounds) {
    const auto first = read_bytes(out_dir() / expected.file);
    EXPECT_GT(first.size(), 44u) << expected.file;
    EXPECT_TRUE(first == read_bytes(again / expected.file)) << expected.file << " differs between runs";
  }
}

TEST_F(MakeSounds, ReplacesSoundsLeftFromAnEarlierRun) {
  scratch_.write("sounds/turn-up.wav", std::string(2'000'000, 'x'));
  ASSERT_EQ(make(out_dir()).exit_code, 0);
  EXPECT_EQ(sound(kTurnUp).error, "");
}

TEST_F(MakeSounds, BadArgumentsNameTheFlagAndExit2) {
  struct Case {
    std::vector<std::string> arguments;
    std::string named;
  };
  const Case cases[] = {
      {{}, "--out is required"},
      {{"--out"}, "missing value for '--out'"},
      {{"--out", ""}, "--out is required"},
      {{"--outdir", "x"}, "unknown option '--outdir'"},
      {{"--out", "x", "--loud"}, "unknown option '--loud'"},
  };
  for (const Case& bad : cases) {
    std::vector<std::string> argv{KITBAG_MAKE_SOUNDS};
    argv.insert(argv.end(), bad.arguments.begin(), bad.arguments.end());
    ProcessOptions options;
    options.working_dir = scratch_.path().string();
    const auto result = run_process(argv, options);
    EXPECT_EQ(result.exit_code, 2) << bad.named;
    EXPECT_TRUE(Contains(result.err, bad.named));
    EXPECT_TRUE(Contains(result.err, "Usage: make_sounds --out DIR"));
  }
  EXPECT_FALSE(std::filesystem::exists(scratch_.path() / "x")) << "nothing is written after a bad argument";
}

TEST_F(MakeSounds, AFolderThatCannotBeMadeIsNamedAndExits1) {
  const auto file = scratch_.write("not-a-folder", "x");
  const auto out = file / "sounds";
  const auto result = make(out);
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_TRUE(Contains(result.err, out.string() + ": cannot create the folder"));
}

TEST_F(MakeSounds, AFileThatCannotBeWrittenIsNamedAndExits1) {
  std::filesystem::create_directories(out_dir() / "timer-end.wav");  // a folder where the file should go
  const auto result = make(out_dir());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_TRUE(
      Contains(result.err, (out_dir() / "timer-end.wav").string() + ": cannot be opened for writing"));
  EXPECT_EQ(read_wav(out_dir() / "turn-up.wav").error, "") << "the other sound is still made";
}

}  // namespace
}  // namespace kitbag::test
