#include "scripts/sounds/synth.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <numbers>

namespace kitbag::sounds {
namespace {

constexpr int kChannels = 2;
constexpr int kBytesPerSample = 2;

// 0 at silence, 1 at full level, with a flat start and end.
double raised_cosine(double fraction) {
  return 0.5 - 0.5 * std::cos(std::numbers::pi * fraction);
}

double envelope_at(const Envelope& envelope, double length, double t) {
  double level = 1.0;
  if (envelope.attack > 0 && t < envelope.attack) level *= raised_cosine(t / envelope.attack);
  const double release_from = length - envelope.release;
  if (envelope.release > 0 && t > release_from)
    level *= raised_cosine(std::max(0.0, length - t) / envelope.release);
  return level;
}

// cos and sin of start, start + step, start + 2 step, ...: a unit phasor turned by one step at a
// time, a few multiplications instead of a call to std::sin. A default one stands still at angle 0.
class Rotor {
 public:
  Rotor() = default;
  Rotor(double start, double step)
      : cos_(std::cos(start)), sin_(std::sin(start)), step_cos_(std::cos(step)), step_sin_(std::sin(step)) {}
  double cos() const { return cos_; }
  double sin() const { return sin_; }
  void turn() {
    const double next_cos = cos_ * step_cos_ - sin_ * step_sin_;
    sin_ = sin_ * step_cos_ + cos_ * step_sin_;
    cos_ = next_cos;
  }

 private:
  double cos_ = 1, sin_ = 0, step_cos_ = 1, step_sin_ = 0;
};

// add_long_note works through a note in blocks this long. Each block restarts every phasor from its
// exact value, so rounding never gathers over more than this many steps (about 1e-13).
constexpr std::size_t kLongNoteBlock = 512;

// Adds the note's partials for frames [begin, begin + size) of the note into `block`. Partials go
// four at a time: their phasors are independent, so the processor turns them side by side.
void add_partials(const Note& note, double rate, std::size_t begin, std::size_t size, double* block) {
  constexpr std::size_t kLanes = 4;
  const double t0 = static_cast<double>(begin) / rate;
  for (std::size_t group = 0; group < note.partials.size(); group += kLanes) {
    Rotor rotors[kLanes];
    double level[kLanes] = {};  // a lane with no partial stays silent
    double fall[kLanes];
    std::fill(std::begin(fall), std::end(fall), 1.0);
    for (std::size_t lane = 0; lane < kLanes && group + lane < note.partials.size(); ++lane) {
      const Partial& partial = note.partials[group + lane];
      // The same expression as add_note's, so each block starts on exactly add_note's value.
      const double angle = 2 * std::numbers::pi * note.frequency * partial.ratio * t0;
      rotors[lane] = Rotor(angle, 2 * std::numbers::pi * note.frequency * partial.ratio / rate);
      level[lane] = partial.decay > 0 ? partial.gain * std::exp(-t0 / partial.decay) : partial.gain;
      fall[lane] = partial.decay > 0 ? std::exp(-1.0 / (partial.decay * rate)) : 1.0;
    }
    for (std::size_t i = 0; i < size; ++i) {
      double sum = 0.0;
      for (std::size_t lane = 0; lane < kLanes; ++lane) {
        sum += level[lane] * rotors[lane].sin();
        rotors[lane].turn();
        level[lane] *= fall[lane];
      }
      block[i] += sum;
    }
  }
}

// Multiplies frames [begin, begin + size) of the note in `block` by envelope_at, with the raised
// cosines' cos taken from phasors. Blocks wholly between the attack and the release are left alone.
void apply_envelope(const Envelope& envelope, double length, double rate, std::size_t begin, std::size_t size,
                    double* block) {
  const double t0 = static_cast<double>(begin) / rate;
  const double t_last = static_cast<double>(begin + size - 1) / rate;
  const bool in_attack = envelope.attack > 0 && t0 < envelope.attack;
  const double release_from = length - envelope.release;
  const bool in_release = envelope.release > 0 && t_last > release_from;
  if (!in_attack && !in_release) return;
  const double pi = std::numbers::pi;
  Rotor attack(in_attack ? pi * t0 / envelope.attack : 0, in_attack ? pi / (envelope.attack * rate) : 0);
  Rotor release(in_release ? pi * (length - t0) / envelope.release : 0,
                in_release ? -pi / (envelope.release * rate) : 0);
  for (std::size_t i = 0; i < size; ++i) {
    // The same tests as envelope_at, on the same t, so the edges of the attack and release match.
    const double t = static_cast<double>(begin + i) / rate;
    if (in_attack && t < envelope.attack) block[i] *= 0.5 - 0.5 * attack.cos();
    if (in_release && t > release_from) block[i] *= 0.5 - 0.5 * release.cos();
    attack.turn();
    release.turn();
  }
}

// Little-endian fields into a buffer sized in advance. (Growing a vector byte by byte here sets
// off GCC 12's false stringop-overflow warnings.)
class ByteWriter {
 public:
  explicit ByteWriter(std::size_t size) : bytes_(size) {}
  void tag(const char (&text)[5]) {
    for (int i = 0; i < 4; ++i) bytes_[at_++] = static_cast<std::uint8_t>(text[i]);
  }
  void u16(std::uint16_t value) {
    bytes_[at_++] = static_cast<std::uint8_t>(value & 0xFF);
    bytes_[at_++] = static_cast<std::uint8_t>(value >> 8);
  }
  void u32(std::uint32_t value) {
    for (int i = 0; i < 4; ++i) bytes_[at_++] = static_cast<std::uint8_t>((value >> (8 * i)) & 0xFF);
  }
  std::vector<std::uint8_t> take() { return std::move(bytes_); }

 private:
  std::vector<std::uint8_t> bytes_;
  std::size_t at_ = 0;
};

}  // namespace

StereoMix::StereoMix(int rate, double seconds)
    : sample_rate(rate),
      left(static_cast<std::size_t>(std::max(0.0, std::round(seconds * rate)))),
      right(left.size()) {}

void add_note(StereoMix& mix, const Note& note) {
  const double rate = mix.sample_rate;
  const auto first = static_cast<std::size_t>(std::max(0.0, std::round(note.start * rate)));
  const auto count = static_cast<std::size_t>(std::max(0.0, std::ceil(note.length * rate)));
  const double angle = (std::clamp(note.pan, -1.0, 1.0) + 1.0) * std::numbers::pi / 4;
  const double to_left = std::cos(angle) * note.gain;
  const double to_right = std::sin(angle) * note.gain;
  for (std::size_t n = 0; n < count && first + n < mix.frames(); ++n) {
    // Time from the frame number, not a running phase, so long notes gather no rounding drift.
    const double t = static_cast<double>(n) / rate;
    double value = 0.0;
    for (const Partial& partial : note.partials) {
      const double level = partial.decay > 0 ? partial.gain * std::exp(-t / partial.decay) : partial.gain;
      value += level * std::sin(2 * std::numbers::pi * note.frequency * partial.ratio * t);
    }
    value *= envelope_at(note.envelope, note.length, t);
    mix.left[first + n] += value * to_left;
    mix.right[first + n] += value * to_right;
  }
}

void add_long_note(StereoMix& mix, const Note& note) {
  const double rate = mix.sample_rate;
  const auto first = static_cast<std::size_t>(std::max(0.0, std::round(note.start * rate)));
  const auto count = static_cast<std::size_t>(std::max(0.0, std::ceil(note.length * rate)));
  if (first >= mix.frames()) return;
  const std::size_t frames = std::min(count, mix.frames() - first);
  const double angle = (std::clamp(note.pan, -1.0, 1.0) + 1.0) * std::numbers::pi / 4;
  const double to_left = std::cos(angle) * note.gain;
  const double to_right = std::sin(angle) * note.gain;
  double block[kLongNoteBlock];
  for (std::size_t begin = 0; begin < frames; begin += kLongNoteBlock) {
    const std::size_t size = std::min(kLongNoteBlock, frames - begin);
    std::fill(block, block + size, 0.0);
    add_partials(note, rate, begin, size, block);
    apply_envelope(note.envelope, note.length, rate, begin, size, block);
    double* left = mix.left.data() + first + begin;
    double* right = mix.right.data() + first + begin;
    for (std::size_t i = 0; i < size; ++i) {
      left[i] += block[i] * to_left;
      right[i] += block[i] * to_right;
    }
  }
}

double peak(const StereoMix& mix) {
  double highest = 0.0;
  for (const auto* channel : {&mix.left, &mix.right})
    for (double value : *channel) highest = std::max(highest, std::abs(value));
  return highest;
}

void scale_to_peak(StereoMix& mix, double dbfs) {
  const double current = peak(mix);
  if (current == 0.0) return;
  const double factor = std::pow(10.0, dbfs / 20.0) / current;
  for (auto* channel : {&mix.left, &mix.right})
    for (double& value : *channel) value *= factor;
}

std::vector<std::int16_t> to_pcm16(const StereoMix& mix) {
  // Scaled by 32767 so +1 and -1 are equally far from zero; -32768 is reached only by clamping.
  const auto convert = [](double value) {
    return static_cast<std::int16_t>(std::clamp(std::round(value * 32767.0), -32768.0, 32767.0));
  };
  std::vector<std::int16_t> samples;
  samples.reserve(mix.frames() * kChannels);
  for (std::size_t i = 0; i < mix.frames(); ++i) {
    samples.push_back(convert(mix.left[i]));
    samples.push_back(convert(mix.right[i]));
  }
  return samples;
}

std::vector<std::uint8_t> encode_wav(const StereoMix& mix) {
  const std::vector<std::int16_t> samples = to_pcm16(mix);
  const auto data_bytes = static_cast<std::uint32_t>(samples.size() * kBytesPerSample);
  const auto rate = static_cast<std::uint32_t>(mix.sample_rate);
  constexpr std::uint32_t kHeaderBytes = 44;
  ByteWriter out(kHeaderBytes + data_bytes);
  out.tag("RIFF");
  out.u32(kHeaderBytes - 8 + data_bytes);  // everything after this field
  out.tag("WAVE");
  out.tag("fmt ");
  out.u32(16);  // the plain PCM format block
  out.u16(1);   // PCM
  out.u16(kChannels);
  out.u32(rate);
  out.u32(rate * kChannels * kBytesPerSample);  // bytes per second
  out.u16(kChannels * kBytesPerSample);         // bytes per frame
  out.u16(8 * kBytesPerSample);                 // bits per sample
  out.tag("data");
  out.u32(data_bytes);
  for (std::int16_t sample : samples) out.u16(static_cast<std::uint16_t>(sample));
  return out.take();
}

std::string write_wav(const std::filesystem::path& file, const StereoMix& mix) {
  const std::vector<std::uint8_t> bytes = encode_wav(mix);
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  if (!out) return "cannot be opened for writing";
  out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) return "could not be written in full";
  return "";
}

}  // namespace kitbag::sounds
