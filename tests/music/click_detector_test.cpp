// The click detector must find the clicks a synthesiser really makes (a note cut off mid-wave, a
// note with no attack, a stray sample) in soft music, before and after Vorbis encoding, and must
// not mistake soft music, bell strikes included, for one. Otherwise "no clicks" in the built
// tracks would prove nothing.
#include "tests/music/click_detector.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <string>
#include <utility>
#include <vector>

#include "platform/fakes/temp_dir.h"
#include "scripts/music/ogg_vorbis_writer.h"
#include "tests/music/ogg_reader.h"

namespace kitbag::test {
namespace {

using sounds::Envelope;
using sounds::Note;
using sounds::Partial;
using sounds::StereoMix;

constexpr int kRate = 48000;
constexpr double kSeconds = 3.0;

// Built whole, partials included: building a Note and then replacing its one default partial sets
// off a false maybe-uninitialized warning in GCC 12 here.
Note soft_note(double start, double length, double frequency, Envelope envelope,
               std::vector<Partial> partials) {
  return Note{.start = start,
              .length = length,
              .frequency = frequency,
              .envelope = envelope,
              .partials = std::move(partials)};
}

// Three seconds of what the Wonder Journey sounds like: a soft three-note pad and a bell struck at
// 1 s (its 8-ms attack is the fastest thing in the music), peaking at -6 dBFS.
StereoMix soft_music() {
  StereoMix mix(kRate, kSeconds);
  for (double frequency : {196.0, 246.9, 293.7})
    add_note(mix, soft_note(0, kSeconds, frequency, {.attack = 0.5, .release = 0.5},
                            {{1.0, 1.0, 0.0}, {2.0, 0.12, 0.0}, {3.0, 0.035, 0.0}}));
  Note bell = soft_note(1.0, 1.9, 987.8, {.attack = 0.008, .release = 0.5},
                        {{1.0, 1.0, 2.5}, {2.0, 0.15, 1.0}, {3.0, 0.04, 0.4}});
  bell.gain = 0.5;
  add_note(mix, bell);
  scale_to_peak(mix, -6.0);
  return mix;
}

// A quiet tone (-40 dBFS) that ends with no release at the top of its wave: a step of 0.01.
void plant_cut_off_note(StereoMix& mix, double at) {
  Note note;
  note.frequency = 500.0;
  note.length = 0.25 + 0.25 / note.frequency;  // ends a quarter of a cycle on: at its crest
  note.start = at - note.length;
  note.gain = 0.01 * std::sqrt(2.0);  // 0.01 in each channel once panned to the centre
  note.envelope = Envelope{.attack = 0.05, .release = 0};
  add_note(mix, note);
}

// A -20 dBFS tone that starts with no attack: it rises from zero, but at full slope at once.
void plant_note_without_attack(StereoMix& mix, double at) {
  Note note;
  note.start = at;
  note.length = 0.5;
  note.frequency = 440.0;
  note.gain = 0.1 * std::sqrt(2.0);
  note.envelope = Envelope{.attack = 0, .release = 0.1};
  add_note(mix, note);
}

// One sample out of place by -46 dBFS (0.005).
void plant_stray_sample(StereoMix& mix, double at) {
  const auto frame = static_cast<std::size_t>(at * kRate);
  mix.left[frame] += 0.005;
  mix.right[frame] += 0.005;
}

std::vector<Click> detect(const std::vector<double>& samples) {
  ClickDetector detector(kRate);
  for (double sample : samples) detector.add(sample);
  return detector.clicks();
}

std::string describe(const std::vector<Click>& clicks) {
  std::string text;
  for (const Click& click : clicks)
    text += std::to_string(click.seconds) + " s (" + std::to_string(click.level_db) + " dBFS) ";
  return text.empty() ? "none" : text;
}

// The clicks in the mix's left channel as it is, and as it comes back from an Ogg Vorbis file.
struct Found {
  std::vector<Click> raw;
  std::vector<Click> encoded;
};

Found find_clicks(const StereoMix& mix) {
  TempDir scratch;
  const auto file = scratch.path() / "music.ogg";
  EXPECT_EQ(music::write_ogg_vorbis(file, mix), "");
  const DecodedOgg decoded = read_ogg(file);
  EXPECT_EQ(decoded.error, "");
  return {detect(mix.left), decoded.samples.empty() ? std::vector<Click>{} : detect(decoded.samples[0])};
}

void expect_one_click_at(const Found& found, double at) {
  for (const auto* clicks : {&found.raw, &found.encoded}) {
    SCOPED_TRACE(clicks == &found.raw ? "as made" : "after Vorbis");
    ASSERT_EQ(clicks->size(), 1u) << describe(*clicks);
    EXPECT_NEAR(clicks->front().seconds, at,
                0.01);  // Vorbis can smear a click up to a short block (5 ms) early
  }
}

TEST(ClickDetector, FindsNoClickInSoftMusicWithABell) {
  const StereoMix mix = soft_music();
  const Found found = find_clicks(mix);
  EXPECT_TRUE(found.raw.empty()) << describe(found.raw);
  EXPECT_TRUE(found.encoded.empty()) << describe(found.encoded);
  ClickDetector detector(kRate);
  for (double sample : mix.left) detector.add(sample);
  EXPECT_LT(detector.closest_db(), -10.0) << "soft music should be nowhere near a click";
}

TEST(ClickDetector, FindsANoteCutOffMidWave) {
  StereoMix mix = soft_music();
  plant_cut_off_note(mix, 1.5);
  expect_one_click_at(find_clicks(mix), 1.5);
}

TEST(ClickDetector, FindsANoteStartedWithoutAnAttack) {
  StereoMix mix = soft_music();
  plant_note_without_attack(mix, 1.7);
  expect_one_click_at(find_clicks(mix), 1.7);
}

TEST(ClickDetector, FindsAStraySample) {
  StereoMix mix = soft_music();
  plant_stray_sample(mix, 2.2);
  expect_one_click_at(find_clicks(mix), 2.2);
}

TEST(ClickDetector, CountsEachClickOnce) {
  StereoMix mix = soft_music();
  plant_stray_sample(mix, 0.6);
  plant_cut_off_note(mix, 1.2);
  plant_stray_sample(mix, 2.4);
  const auto clicks = detect(mix.left);
  ASSERT_EQ(clicks.size(), 3u) << describe(clicks);
  EXPECT_NEAR(clicks[0].seconds, 0.6, 0.005);
  EXPECT_NEAR(clicks[1].seconds, 1.2, 0.005);
  EXPECT_NEAR(clicks[2].seconds, 2.4, 0.005);
}

TEST(ClickDetector, FindsASoundThatStartsAtFullLevel) {
  // A track whose first sample is already loud begins with a step from the silence before it.
  StereoMix mix(kRate, 0.5);
  for (std::size_t i = 0; i < mix.frames(); ++i)
    mix.left[i] = 0.1 * std::cos(2 * std::numbers::pi * 300 * static_cast<double>(i) / kRate);
  const auto clicks = detect(mix.left);
  ASSERT_EQ(clicks.size(), 1u) << describe(clicks);
  EXPECT_LT(clicks[0].seconds, 0.001);
}

}  // namespace
}  // namespace kitbag::test
