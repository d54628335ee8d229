// A tiny additive synthesiser for the app's own sounds: sine partials under envelopes, mixed into
// stereo and saved as 16-bit WAV. Everything is computed, nothing random, so a sound is the same
// bytes on every build.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace kitbag::sounds {

// One sine component of a note.
struct Partial {
  double ratio = 1.0;  // frequency as a multiple of the note's
  double gain = 1.0;   // level relative to the note's gain
  double decay = 0.0;  // seconds to fall to 1/e of its level; 0 holds it steady (pads, drones)
};

// The note's overall shape. Both ends are raised cosines: their slope is zero where they meet
// silence, so a note neither starts nor stops with a click.
struct Envelope {
  double attack = 0.01;   // seconds from silence to full level
  double release = 0.05;  // seconds from the note's level to silence, ending at the note's length
};

struct Note {
  double start = 0.0;   // seconds into the mix
  double length = 1.0;  // seconds until the note is silent
  double frequency = 440.0;
  double gain = 1.0;  // linear level of a partial with gain 1, before panning
  double pan = 0.0;   // -1 left, 0 centre, +1 right (equal power, so a note keeps its loudness)
  Envelope envelope;
  std::vector<Partial> partials{Partial{}};
};

// Two channels of samples on a -1..1 scale (full scale), filled by add_note.
struct StereoMix {
  int sample_rate = 48000;
  std::vector<double> left;
  std::vector<double> right;

  StereoMix(int rate, double seconds);
  std::size_t frames() const { return left.size(); }
  double seconds() const { return static_cast<double>(frames()) / sample_rate; }
};

// Adds the note into the mix; any part of it past the mix's end is left out.
void add_note(StereoMix& mix, const Note& note);

// The same as add_note up to floating-point rounding, but five or so times faster, for long notes
// such as pads and drones: each sine is stepped on by rotating a phasor instead of being recomputed
// every sample, and restarted from add_note's exact value every few hundred samples, so no drift
// (and so no phase jump at a restart) gathers over minutes.
void add_long_note(StereoMix& mix, const Note& note);

// The largest absolute sample in either channel.
double peak(const StereoMix& mix);

// Scales the whole mix so its peak sits at `dbfs` (0 = full scale). A silent mix stays silent.
void scale_to_peak(StereoMix& mix, double dbfs);

// Interleaved signed 16-bit samples (left, right, left, ...), rounded, with anything past full
// scale held at full scale rather than wrapped.
std::vector<std::int16_t> to_pcm16(const StereoMix& mix);

// A complete RIFF WAV file: PCM, 16-bit signed little-endian, 2 channels, the mix's sample rate.
std::vector<std::uint8_t> encode_wav(const StereoMix& mix);

// Writes encode_wav(mix) to `file`. Returns why it could not, or "" when it was written.
std::string write_wav(const std::filesystem::path& file, const StereoMix& mix);

}  // namespace kitbag::sounds
