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
