#include "scripts/music/journey.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace kitbag::music {
namespace {

using sounds::Envelope;
using sounds::Note;
using sounds::Partial;
using sounds::StereoMix;

constexpr int kSampleRate = 48000;

// splitmix64: a small generator whose sequence is fixed by its seed on every compiler and library
// (the standard distributions are not), so the same plan makes the same track everywhere.
class SeededRandom {
 public:
  explicit SeededRandom(std::uint64_t seed) : state_(seed) {}
  // Uniform in [low, high).
  double between(double low, double high) {
    return low + (high - low) * static_cast<double>(next() >> 11) * 0x1.0p-53;
  }
  // Uniform over 0 .. count-1.
  int below(int count) { return static_cast<int>(next() % static_cast<std::uint64_t>(count)); }

 private:
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  std::uint64_t state_;
};

// Equal temperament from A4 (MIDI note 69) = 440 Hz.
double frequency_of(int midi_note) {
  return 440.0 * std::pow(2.0, (midi_note - 69) / 12.0);
}

// A chord as the pad plays it: a root in the bass and three voices from G3 to F#4, mostly close
// to the chord before so voices move by step or hold. Nothing above 400 Hz: warm, never bright.
struct Voicing {
  int root;
  std::array<int, 3> upper;
};

Voicing voicing(Chord chord) {
  switch (chord) {
    case Chord::one:
      return {50, {57, 61, 66}};  // D3 | A3 C#4 F#4: Dmaj7
    case Chord::one_add9:
      return {50, {57, 64, 66}};  // D3 | A3 E4 F#4: D add9
    case Chord::two:
      return {40, {55, 59, 62}};  // E2 | G3 B3 D4: Em7
    case Chord::three:
      return {42, {57, 61, 64}};  // F#2 | A3 C#4 E4: F#m7
    case Chord::four:
      return {43, {59, 62, 66}};  // G2 | B3 D4 F#4: Gmaj7
    case Chord::four_add9:
      return {43, {57, 59, 62}};  // G2 | A3 B3 D4: G add9
    case Chord::five_sus:
      return {45, {55, 62, 64}};  // A2 | G3 D4 E4: A9sus4
    case Chord::six:
      return {47, {57, 62, 66}};  // B2 | A3 D4 F#4: Bm7
  }
  return {50, {57, 61, 66}};
}

// A chord's voices come in a second before it and sound 3.5 s past the next change. With a 3-s
// attack and a 4-s release that crossfade keeps the pad's power within half a dB: shorter
// overlaps leave a dip at every change, felt as the music catching its breath.
constexpr double kBefore = 1.0;
constexpr double kPastChange = 3.5;

struct TimedChord {
  Chord chord;
  double start;
};

// Chords last 8 to 12 s, never in step with the 10-s breath for long. Near the end the progression
// gives way to a sus chord and then home, which holds through the fade-out.
std::vector<TimedChord> chord_times(const JourneyPlan& plan, SeededRandom& random) {
  constexpr double kSusSeconds = 10.0;
  constexpr double kHomeAtLeast = 18.0;
  std::vector<TimedChord> chords;
  double at = 0.0;
  for (std::size_t i = 0;; ++i) {
    const double length = random.between(8.0, 12.0);
    if (at + length + kSusSeconds + kHomeAtLeast > plan.seconds) break;
    chords.push_back({plan.progression[i % plan.progression.size()], at});
    at += length;
  }
  if (chords.empty() || chords.back().chord != Chord::five_sus) {
    chords.push_back({Chord::five_sus, at});
    at += kSusSeconds;
  }
  chords.push_back({Chord::one, at});
  return chords;
}

// A pad voice: a sine with a slightly detuned twin a little apart in the stereo field (the slow
// beating between them is what makes it breathe and shimmer), with faint 2nd and 3rd harmonics
// for warmth and nothing above them, so it is round with no buzz. Each twin is its own note so the
// beating happens between the speakers rather than in one.
void add_pad_voice(StereoMix& mix, int midi_note, double start, double length, double gain, double pan,
                   double detune_cents, const std::vector<Partial>& partials) {
  // Each change of chord is a long crossfade: the old voice's release overlaps the new one's attack.
  // Raised cosines, so a voice leaves and arrives with no edge at all.
  const Envelope envelope{.attack = 3.0, .release = 4.0};
  for (int side : {-1, 1}) {
    Note note;
    note.start = start;
    note.length = length;
    note.frequency = frequency_of(midi_note) * std::pow(2.0, side * detune_cents / 1200.0);
    note.gain = gain / 2;
    note.pan = pan + side * 0.25;
    note.envelope = envelope;
    note.partials = partials;
    add_long_note(mix, note);
  }
}

// Every voice holds its pitch for as long as the chords keep it (one long note, so a common tone
// never dips in a crossfade) and moves only when the harmony does.
void add_pads(StereoMix& mix, const std::vector<TimedChord>& chords) {
  // The upper voices low, middle, high; the root voice last.
  constexpr double kGain[4] = {1.0, 0.9, 0.8, 0.65};
  constexpr double kPan[4] = {-0.35, 0.35, 0.0, 0.0};
  constexpr double kDetuneCents[4] = {3.5, 4.5, 3.0, 2.5};
  const std::vector<Partial> upper_partials{{1.0, 1.0, 0.0}, {2.0, 0.12, 0.0}, {3.0, 0.035, 0.0}};
  const std::vector<Partial> root_partials{{1.0, 1.0, 0.0}, {2.0, 0.3, 0.0}, {3.0, 0.08, 0.0}};
  const auto pitch = [&](std::size_t chord, int voice) {
    const Voicing v = voicing(chords[chord].chord);
    return voice < 3 ? v.upper[static_cast<std::size_t>(voice)] : v.root;
  };
  for (int voice = 0; voice < 4; ++voice) {
    for (std::size_t from = 0; from < chords.size();) {
      std::size_t to = from + 1;
      while (to < chords.size() && pitch(to, voice) == pitch(from, voice)) ++to;
      const double start = std::max(0.0, chords[from].start - kBefore);
      const double end = to < chords.size() ? chords[to].start + kPastChange : mix.seconds();
      add_pad_voice(mix, pitch(from, voice), start, end - start, kGain[voice], kPan[voice],
                    kDetuneCents[voice], voice < 3 ? upper_partials : root_partials);
      from = to;
    }
  }
}

// Six breaths a minute: the pads swell by about 1.3 dB and settle again every 10 s, starting from
// the low point so the first thing the music does is breathe in.
void breathe(StereoMix& mix) {
  constexpr double kBreathSeconds = 10.0;
  constexpr double kDepth = 0.15;
  for (std::size_t i = 0; i < mix.frames(); ++i) {
    const double t = static_cast<double>(i) / mix.sample_rate;
    const double swell = 1.0 - kDepth * std::cos(2 * std::numbers::pi * t / kBreathSeconds);
    mix.left[i] *= swell;
    mix.right[i] *= swell;
  }
}

// The tonic, D2, held under the whole track with its fifth and octave faintly above it. D is in
// every chord of the progression, so the drone never clashes. Two twins a few cents apart beat
// very slowly.
void add_drone(StereoMix& mix) {
  for (int side : {-1, 1}) {
    Note note;
    note.length = mix.seconds();
    note.frequency = frequency_of(38) * std::pow(2.0, side * 2.0 / 1200.0);
    note.gain = 0.3;
    note.pan = side * 0.2;
    note.envelope = Envelope{.attack = 8.0, .release = 10.0};
    note.partials = {{1.0, 1.0, 0.0}, {1.5, 0.15, 0.0}, {2.0, 0.4, 0.0}, {3.0, 0.08, 0.0}};
    add_long_note(mix, note);
  }
}

// A soft celesta-like bell: a round fundamental with a detuned twin for shimmer, a quiet octave and
// a fainter twelfth that fade first. No overtone past 3x the note, so the highest (B5) stays under
// 3 kHz. The 8-ms attack is a felt mallet, not a strike.
void add_bell(StereoMix& mix, int midi_note, double start, double gain, double pan) {
  Note note;
  note.start = start;
  note.length = 6.0;
  note.frequency = frequency_of(midi_note);
  note.gain = gain;
  note.pan = pan;
  note.envelope = Envelope{.attack = 0.008, .release = 2.0};
  note.partials = {{1.0, 1.0, 2.5}, {1.0023, 0.3, 2.5}, {2.0, 0.15, 1.0}, {3.0, 0.04, 0.4}};
  add_long_note(mix, note);
}

// Whether a bell note grates against a chord: not one of its notes, but a semitone above one
// (a flat ninth). The pentatonic scale has one such meeting with these chords: D over F#m7's C#.
bool grates(int midi_note, Chord chord) {
  const Voicing v = voicing(chord);
  const int notes[] = {v.root, v.upper[0], v.upper[1], v.upper[2]};
  const auto same_pitch_class = [](int a, int b) { return (a - b + 120) % 12 == 0; };
  bool above_one = false;
  for (int note : notes) {
    if (same_pitch_class(midi_note, note)) return false;
    above_one = above_one || same_pitch_class(midi_note - 1, note);
  }
  return above_one;
}

// Whether the note grates against any chord heard while a bell on it rings (about 3 s), counting
// the crossfades on either side.
bool grates_at(int midi_note, double at, const std::vector<TimedChord>& chords) {
  constexpr double kRings = 3.0;
  for (std::size_t i = 0; i < chords.size(); ++i) {
    const double from = chords[i].start - kBefore;
    const double to = i + 1 < chords.size() ? chords[i + 1].start + kPastChange : at + kRings;
    if (from < at + kRings && to > at && grates(midi_note, chords[i].chord)) return true;
  }
  return false;
}

// Bells from the D major pentatonic (five notes, no semitone between them) between A4 and B5,
// wandering by a step or two, and stepping past a note that would grate. They begin once the pads
// have settled and none is struck in the last 20 s, so the fade-out is pads alone.
void add_bells(StereoMix& mix, const JourneyPlan& plan, const std::vector<TimedChord>& chords,
               SeededRandom& random) {
  constexpr std::array<int, 7> kScale = {69, 71, 74, 76, 78, 81, 83};  // A4 B4 D5 E5 F#5 A5 B5
  constexpr int kTop = static_cast<int>(kScale.size()) - 1;
  constexpr double kLevel = 0.35;  // a bell's first second sits 12-15 dB under the pads
  constexpr std::array<int, 4> kSteps = {-2, -1, 1, 2};
  // The scale step nearest `wanted` (ties going up) that does not grate at `at`.
  const auto nearest_sweet = [&](int wanted, double at) {
    for (int distance = 0; distance <= kTop; ++distance)
      for (int place : {wanted + distance, wanted - distance})
        if (place >= 0 && place <= kTop && !grates_at(kScale[static_cast<std::size_t>(place)], at, chords))
          return place;
    return wanted;
  };
  int place = 2;
  double at = 8.0 + random.between(0.0, 4.0);
  while (at < plan.seconds - 20.0) {
    place = nearest_sweet(std::clamp(place + kSteps[static_cast<std::size_t>(random.below(4))], 0, kTop), at);
    const double pan = random.between(-0.5, 0.5);
    add_bell(mix, kScale[static_cast<std::size_t>(place)], at, kLevel * random.between(0.75, 1.0), pan);
    if (plan.bell_pairs && random.below(5) == 0) {
      const double second = at + random.between(0.5, 0.9);
      const int next = nearest_sweet(place + (place < kTop / 2 ? 1 : -1), second);
      add_bell(mix, kScale[static_cast<std::size_t>(next)], second, kLevel * random.between(0.6, 0.8), pan);
    }
    at += random.between(plan.shortest_bell_gap, plan.longest_bell_gap);
  }
}

// Raised-cosine fades on the finished mix: in from silence, out to exact silence on the last frame.
void fade(StereoMix& mix, double in_seconds, double out_seconds) {
  const double rate = mix.sample_rate;
  const auto fade_in = static_cast<std::size_t>(in_seconds * rate);
  const auto fade_out = static_cast<std::size_t>(out_seconds * rate);
  const std::size_t frames = mix.frames();
  for (std::size_t i = 0; i < frames; ++i) {
    double level = 1.0;
    if (i < fade_in) level *= 0.5 - 0.5 * std::cos(std::numbers::pi * static_cast<double>(i) / fade_in);
    if (i + fade_out >= frames)
      level *= 0.5 - 0.5 * std::cos(std::numbers::pi * static_cast<double>(frames - 1 - i) / fade_out);
    if (level == 1.0) continue;
    mix.left[i] *= level;
    mix.right[i] *= level;
  }
}

double rms(const StereoMix& mix) {
  double sum = 0.0;
  for (std::size_t i = 0; i < mix.frames(); ++i)
    sum += mix.left[i] * mix.left[i] + mix.right[i] * mix.right[i];
  return mix.frames() > 0 ? std::sqrt(sum / (2.0 * static_cast<double>(mix.frames()))) : 0.0;
}

// Loud enough to hear over a quiet room, never louder than background music should be.
void set_level(StereoMix& mix) {
  constexpr double kPeakDbfs = -6.0;
  constexpr double kMostRmsDbfs = -20.0;
  scale_to_peak(mix, kPeakDbfs);
  const double level = rms(mix);
  const double most = std::pow(10.0, kMostRmsDbfs / 20.0);
  if (level <= most) return;
  for (auto* channel : {&mix.left, &mix.right})
    for (double& value : *channel) value *= most / level;
}

}  // namespace

StereoMix render_journey(const JourneyPlan& plan) {
  StereoMix mix(kSampleRate, plan.seconds);
  SeededRandom random(plan.seed);
  const std::vector<TimedChord> chords = chord_times(plan, random);
  add_pads(mix, chords);
  breathe(mix);  // the pads alone: the drone stays steady and the bells untouched
  add_drone(mix);
  add_bells(mix, plan, chords, random);
  fade(mix, 4.0, 8.0);
  set_level(mix);
  return mix;
}

}  // namespace kitbag::music
