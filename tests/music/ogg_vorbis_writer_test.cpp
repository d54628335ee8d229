// The Ogg Vorbis writer on its own, read back through libvorbisfile: length, rate, channels, a
// tone's pitch and level, the same bytes every time, and a reason whenever it cannot write.
#include "scripts/music/ogg_vorbis_writer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <iterator>
#include <string>

#include "platform/fakes/temp_dir.h"
#include "tests/music/ogg_reader.h"
#include "tests/sounds/sound_measures.h"
#include "tests/support/contains.h"

namespace kitbag::test {
namespace {

using music::write_ogg_vorbis;
using sounds::Envelope;
using sounds::Note;
using sounds::StereoMix;

// A 440 Hz tone with 20-ms fades, panned as asked, at -12 dBFS in a centred note's channels.
StereoMix tone(int rate, double seconds, double pan = 0.0) {
  StereoMix mix(rate, seconds);
  Note note;
  note.length = seconds;
  note.frequency = 440.0;
  note.gain = 0.25 * std::sqrt(2.0);
  note.pan = pan;
  note.envelope = Envelope{.attack = 0.02, .release = 0.02};
  add_note(mix, note);
  return mix;
}

std::string file_bytes(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class OggVorbisWriter : public ::testing::Test {
 protected:
  DecodedOgg round_trip(const StereoMix& mix) {
    const auto file = scratch_.path() / "round-trip.ogg";
    EXPECT_EQ(write_ogg_vorbis(file, mix), "");
    DecodedOgg decoded = read_ogg(file);
    EXPECT_EQ(decoded.error, "");
    return decoded;
  }
  TempDir scratch_;
};

TEST_F(OggVorbisWriter, KeepsTheExactLengthRateAndTwoChannels) {
  for (int rate : {48000, 44100}) {
    SCOPED_TRACE(rate);
    const StereoMix mix = tone(rate, 1.2345);
    const DecodedOgg decoded = round_trip(mix);
    EXPECT_EQ(decoded.channels, 2);
    EXPECT_EQ(decoded.sample_rate, rate);
    EXPECT_EQ(decoded.declared_frames, mix.frames());
    EXPECT_EQ(decoded.frames(), mix.frames());
  }
}

TEST_F(OggVorbisWriter, KeepsATonesPitchAndLevel) {
  const StereoMix mix = tone(48000, 1.0);
  const DecodedOgg decoded = round_trip(mix);
  ASSERT_EQ(decoded.frames(), mix.frames());
  for (int channel = 0; channel < 2; ++channel) {
    SCOPED_TRACE(channel);
    const auto& samples = decoded.samples[static_cast<std::size_t>(channel)];
    EXPECT_NEAR(crossing_pitch(samples, 48000, 4800, 43200), 440.0, 1.0);
    EXPECT_NEAR(dbfs(rms_level(samples, 4800, 43200)), dbfs(rms_level(mix.left, 4800, 43200)), 0.5);
    EXPECT_NEAR(dbfs(peak_level(samples)), -12.0, 0.5);
  }
}

TEST_F(OggVorbisWriter, KeepsLeftOnTheLeft) {
  const DecodedOgg decoded = round_trip(tone(48000, 0.5, -1.0));
  ASSERT_EQ(decoded.samples.size(), 2u);
  EXPECT_GT(dbfs(rms_level(decoded.samples[0])), -20.0);
  EXPECT_LT(dbfs(rms_level(decoded.samples[1])), -60.0);
}

TEST_F(OggVorbisWriter, HoldsSamplesPastFullScaleAtFullScale) {
  StereoMix mix = tone(48000, 0.5);
  scale_to_peak(mix, 12.0);  // four times full scale: without holding, Vorbis would keep all of it
  const DecodedOgg decoded = round_trip(mix);
  ASSERT_EQ(decoded.samples.size(), 2u);
  EXPECT_LT(peak_level(decoded.samples[0]), 1.3);
}

TEST_F(OggVorbisWriter, AnEmptyMixMakesAnEmptyButValidFile) {
  const DecodedOgg decoded = round_trip(StereoMix(48000, 0));
  EXPECT_EQ(decoded.channels, 2);
  EXPECT_EQ(decoded.frames(), 0u);
}

TEST_F(OggVorbisWriter, TheSameMixMakesTheSameBytes) {
  const StereoMix mix = tone(48000, 2.0);
  ASSERT_EQ(write_ogg_vorbis(scratch_.path() / "one.ogg", mix), "");
  ASSERT_EQ(write_ogg_vorbis(scratch_.path() / "two.ogg", mix), "");
  const std::string one = file_bytes(scratch_.path() / "one.ogg");
  EXPECT_GT(one.size(), 1000u);
  EXPECT_TRUE(one == file_bytes(scratch_.path() / "two.ogg"));
}

TEST_F(OggVorbisWriter, SaysWhyItCouldNotWrite) {
  const StereoMix mix = tone(48000, 0.1);
  EXPECT_TRUE(Contains(write_ogg_vorbis(scratch_.path() / "no-such-folder" / "x.ogg", mix),
                       "cannot be opened for writing"));
  EXPECT_TRUE(Contains(write_ogg_vorbis(scratch_.path() / "x.ogg", mix, 5.0f), "quality 5.0"));
  EXPECT_TRUE(Contains(write_ogg_vorbis(scratch_.path() / "x.ogg", StereoMix(1000000, 0.01)), "1000000 Hz"));
  StereoMix lopsided = mix;
  lopsided.right.pop_back();
  EXPECT_TRUE(Contains(write_ogg_vorbis(scratch_.path() / "y.ogg", lopsided), "differ in length"));
  EXPECT_FALSE(std::filesystem::exists(scratch_.path() / "y.ogg"));
}

}  // namespace
}  // namespace kitbag::test
