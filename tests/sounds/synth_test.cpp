// The synthesiser on its own: pitch, envelopes, panning, levels and the WAV bytes it writes.
#include "scripts/sounds/synth.h"

#include <gtest/gtest.h>

#include <cmath>

#include "platform/fakes/temp_dir.h"
#include "tests/sounds/sound_measures.h"
#include "tests/sounds/wav_reader.h"

namespace kitbag::test {
namespace {

using sounds::Envelope;
using sounds::Note;
using sounds::Partial;
using sounds::StereoMix;

constexpr int kRate = 48000;
const double kCentre = std::sqrt(0.5);  // each channel's share of a centred note at equal power

// A steady tone with no attack or release, so every sample is the sine itself.
Note steady(double frequency, double length) {
  Note note;
  note.length = length;
  note.frequency = frequency;
  note.envelope = Envelope{.attack = 0, .release = 0};
  note.partials = {Partial{.ratio = 1, .gain = 1, .decay = 0}};
  return note;
}

std::size_t at_seconds(double seconds) {
  return static_cast<std::size_t>(seconds * kRate);
}

TEST(Synth, ASinePartialSoundsAtItsFrequencyAndLevel) {
  StereoMix mix(kRate, 1.0);
  add_note(mix, steady(1000, 1.0));
  ASSERT_EQ(mix.frames(), 48000u);
  EXPECT_NEAR(crossing_pitch(mix.left, kRate, 0, mix.frames()), 1000, 2);
  EXPECT_NEAR(peak_level(mix.left), kCentre, 1e-3);
  EXPECT_NEAR(rms_level(mix.left), kCentre / std::sqrt(2.0), 1e-3);
}

TEST(Synth, APartialsRatioMultipliesTheNotesFrequency) {
  StereoMix mix(kRate, 0.5);
  Note note = steady(300, 0.5);
  note.partials = {Partial{.ratio = 2.5, .gain = 1, .decay = 0}};
  add_note(mix, note);
  EXPECT_NEAR(crossing_pitch(mix.left, kRate, 0, mix.frames()), 750, 4);
}

TEST(Synth, TheAttackRisesFromSilence) {
  StereoMix mix(kRate, 0.2);
  Note note = steady(1000, 0.2);
  note.envelope.attack = 0.02;
  add_note(mix, note);
  EXPECT_EQ(mix.left[0], 0.0);
  EXPECT_LT(peak_level(mix.left, 0, at_seconds(0.001)), 0.01 * kCentre);
  // A raised cosine is halfway at half the attack, and full once it is over.
  EXPECT_NEAR(peak_level(mix.left, at_seconds(0.0095), at_seconds(0.0105)), 0.5 * kCentre, 0.06 * kCentre);
  EXPECT_NEAR(peak_level(mix.left, at_seconds(0.05), at_seconds(0.1)), kCentre, 1e-3);
}

TEST(Synth, TheReleaseEndsInSilenceAtTheNotesLength) {
  StereoMix mix(kRate, 1.0);
  Note note = steady(1000, 0.5);
  note.envelope.release = 0.1;
  add_note(mix, note);
  EXPECT_NEAR(peak_level(mix.left, at_seconds(0.3), at_seconds(0.4)), kCentre, 1e-3);
  EXPECT_LT(peak_level(mix.left, at_seconds(0.499), at_seconds(0.5)), 0.001);
  EXPECT_EQ(peak_level(mix.left, at_seconds(0.5)), 0.0);
}

TEST(Synth, APartialFallsToOneOverEInItsDecayTime) {
  StereoMix mix(kRate, 0.5);
  Note note = steady(1000, 0.5);
  note.partials = {Partial{.ratio = 1, .gain = 1, .decay = 0.1}};
  add_note(mix, note);
  const double start = peak_level(mix.left, 0, at_seconds(0.001));
  const double later = peak_level(mix.left, at_seconds(0.1), at_seconds(0.101));
  EXPECT_NEAR(later / start, std::exp(-1.0), 0.01);
}

TEST(Synth, PartialsAndNotesAddUp) {
  StereoMix one(kRate, 0.1);
  add_note(one, steady(500, 0.1));
  StereoMix twice(kRate, 0.1);
  add_note(twice, steady(500, 0.1));
  add_note(twice, steady(500, 0.1));
  EXPECT_NEAR(peak_level(twice.left), 2 * peak_level(one.left), 1e-9);
}

TEST(Synth, PanMovesANoteBetweenTheChannelsAtEqualPower) {
  for (double pan : {-1.0, -0.3, 0.0, 0.6, 1.0}) {
    SCOPED_TRACE(pan);
    StereoMix mix(kRate, 0.1);
    Note note = steady(500, 0.1);
    note.pan = pan;
    add_note(mix, note);
    const double left = peak_level(mix.left);
    const double right = peak_level(mix.right);
    EXPECT_NEAR(left * left + right * right, 1.0, 1e-3);
    if (pan < 0) {
      EXPECT_GT(left, right);
    } else if (pan > 0) {
      EXPECT_GT(right, left);
    } else {
      EXPECT_NEAR(left, right, 1e-12);
    }
  }
  StereoMix hard_left(kRate, 0.1);
  Note note = steady(500, 0.1);
  note.pan = -1;
  add_note(hard_left, note);
  EXPECT_EQ(peak_level(hard_left.right), 0.0);
}

TEST(Synth, ANoteRunningPastTheEndIsCutOff) {
  StereoMix mix(kRate, 0.1);
  Note note = steady(500, 1.0);
  note.start = 0.05;
  add_note(mix, note);
  EXPECT_EQ(mix.frames(), at_seconds(0.1));
  EXPECT_EQ(peak_level(mix.left, 0, at_seconds(0.05)), 0.0);
  EXPECT_GT(peak_level(mix.left, at_seconds(0.05)), 0.5);
  note.start = 0.2;
  StereoMix untouched(kRate, 0.1);
  add_note(untouched, note);
  EXPECT_EQ(peak_level(untouched.left), 0.0);
}

TEST(Synth, ScaleToPeakSetsThePeakInDbfs) {
  StereoMix mix(kRate, 0.1);
  add_note(mix, steady(500, 0.1));
  scale_to_peak(mix, -6.0);
  EXPECT_NEAR(dbfs(sounds::peak(mix)), -6.0, 1e-9);
  StereoMix silent(kRate, 0.1);
  scale_to_peak(silent, -6.0);
  EXPECT_EQ(sounds::peak(silent), 0.0);
}

TEST(Synth, Pcm16IsInterleavedRoundedAndHeldAtFullScale) {
  StereoMix mix(kRate, 0);
  mix.left = {0.0, 0.5, 1.0, 2.0, -1.0, -2.0};
  mix.right = {0.25, -0.5, 0.0, 0.0, 0.0, 0.0};
  const auto samples = to_pcm16(mix);
  const std::vector<std::int16_t> expected{0, 8192, 16384, -16384, 32767, 0, 32767, 0, -32767, 0, -32768, 0};
  EXPECT_EQ(samples, expected);
}

TEST(Synth, TheWavHeaderDescribesTheSamples) {
  StereoMix mix(kRate, 0);
  mix.left = {0.5, 0.0};
  mix.right = {-0.5, 0.0};
  const auto bytes = encode_wav(mix);
  ASSERT_EQ(bytes.size(), 44u + 8);
  EXPECT_EQ(std::string(bytes.begin(), bytes.begin() + 4), "RIFF");
  // 48000 = 0xBB80, little-endian at the sample-rate field; 16384 = 0x4000 as the first sample.
  EXPECT_EQ(bytes[24], 0x80);
  EXPECT_EQ(bytes[25], 0xBB);
  EXPECT_EQ(bytes[44], 0x00);
  EXPECT_EQ(bytes[45], 0x40);
  const Wav wav = parse_wav(bytes);
  ASSERT_EQ(wav.error, "");
  EXPECT_EQ(wav.format, 1);
  EXPECT_EQ(wav.channels, 2);
  EXPECT_EQ(wav.sample_rate, 48000);
  EXPECT_EQ(wav.byte_rate, 192000);
  EXPECT_EQ(wav.block_align, 4);
  EXPECT_EQ(wav.bits_per_sample, 16);
  EXPECT_EQ(wav.samples, (std::vector<std::int16_t>{16384, -16384, 0, 0}));
}

TEST(Synth, WriteWavSaysWhyItCouldNotWrite) {
  TempDir scratch;
  StereoMix mix(kRate, 0.01);
  EXPECT_EQ(write_wav(scratch.path() / "ok.wav", mix), "");
  EXPECT_EQ(read_wav(scratch.path() / "ok.wav").frames(), 480u);
  EXPECT_NE(write_wav(scratch.path() / "no-such-folder" / "x.wav", mix), "");
}

// add_long_note must sound exactly like add_note, only sooner: the largest difference between them
// in either channel, over notes that start and end mid-block, decay, overlap their own attack and
// release, and run past the mix's end.
double long_note_difference(const Note& note, double mix_seconds) {
  StereoMix slow(kRate, mix_seconds);
  add_note(slow, note);
  StereoMix fast(kRate, mix_seconds);
  add_long_note(fast, note);
  double largest = 0;
  for (std::size_t i = 0; i < slow.frames(); ++i)
    largest =
        std::max({largest, std::abs(slow.left[i] - fast.left[i]), std::abs(slow.right[i] - fast.right[i])});
  return largest;
}

TEST(Synth, ALongNoteSoundsTheSameAsANote) {
  Note note;
  note.start = 0.123;
  note.length = 2.71;
  note.frequency = 196.0;
  note.gain = 0.8;
  note.pan = 0.35;
  note.envelope = Envelope{.attack = 0.4, .release = 0.9};
  note.partials = {{1.0, 1.0, 0.0}, {1.002, 0.5, 0.0}, {2.0, 0.2, 0.7}, {3.0, 0.05, 0.2}, {5.4, 0.03, 0.1}};
  EXPECT_LT(long_note_difference(note, 3.0), 1e-9);

  note.envelope = Envelope{.attack = 0.3, .release = 0.5};
  note.length = 0.6;  // the release begins before the attack is over
  EXPECT_LT(long_note_difference(note, 1.0), 1e-9);

  note.envelope = Envelope{.attack = 0, .release = 0};
  note.length = 2.0;  // cut off by the end of the mix
  EXPECT_LT(long_note_difference(note, 1.0), 1e-9);
}

TEST(Synth, ALongNoteGathersNoDriftOverMinutes) {
  Note note = steady(1234.5, 150.0);
  note.envelope = Envelope{.attack = 3, .release = 4};
  note.partials = {{1.0, 1.0, 0.0}, {2.0, 0.3, 60.0}};
  EXPECT_LT(long_note_difference(note, 150.0), 1e-9);
}

// The measures the sound tests rely on must be able to tell a shrill or clicking sound from a soft one.
TEST(SoundMeasures, SeeAHighToneAndIgnoreALowOne) {
  StereoMix mix(kRate, 0.5);
  add_note(mix, steady(8000, 0.5));
  EXPECT_GT(above_frequency_db(mix.left, kRate, 6000), -3.0);
  StereoMix low(kRate, 0.5);
  add_note(low, steady(500, 0.5));
  EXPECT_LT(above_frequency_db(low.left, kRate, 6000), -60.0);
}

TEST(SoundMeasures, CountStrikesNotDecay) {
  StereoMix mix(kRate, 2.0);
  for (double start : {0.0, 0.5, 1.0, 1.05}) {
    Note note = steady(600, 2.0 - start);
    note.start = start;
    note.envelope.attack = 0.01;
    note.partials = {Partial{.ratio = 1, .gain = 1, .decay = 0.3}};
    add_note(mix, note);
  }
  const auto times = strike_times(mix.left, kRate);
  ASSERT_EQ(times.size(), 3u) << "1.0 and 1.05 s are one strike; a decay is none";
  EXPECT_NEAR(times[1], 0.5, 0.02);
  EXPECT_NEAR(times[2], 1.0, 0.02);
}

}  // namespace
}  // namespace kitbag::test
