#include "tests/support/wav_file.h"

#include <cmath>
#include <fstream>
#include <numbers>

namespace kitbag::test {
namespace {

void put32(std::ofstream& out, std::uint32_t value) {
  for (int i = 0; i < 4; ++i) out.put(static_cast<char>((value >> (8 * i)) & 0xFF));
}
void put16(std::ofstream& out, std::uint16_t value) {
  out.put(static_cast<char>(value & 0xFF));
  out.put(static_cast<char>(value >> 8));
}

}  // namespace

void write_tone_wav(const std::filesystem::path& file, int sample_rate, double frequency, double seconds,
                    double amplitude) {
  const auto count = static_cast<std::uint32_t>(seconds * sample_rate);
  std::ofstream out(file, std::ios::binary);
  out.write("RIFF", 4);
  put32(out, 36 + count * 2);
  out.write("WAVEfmt ", 8);
  put32(out, 16);
  put16(out, 1);  // PCM
  put16(out, 1);  // mono
  put32(out, static_cast<std::uint32_t>(sample_rate));
  put32(out, static_cast<std::uint32_t>(sample_rate) * 2);
  put16(out, 2);
  put16(out, 16);
  out.write("data", 4);
  put32(out, count * 2);
  for (std::uint32_t i = 0; i < count; ++i) {
    const double t = static_cast<double>(i) / sample_rate;
    const auto sample = static_cast<std::int16_t>(
        std::lround(amplitude * 32767 * std::sin(2 * std::numbers::pi * frequency * t)));
    put16(out, static_cast<std::uint16_t>(sample));
  }
}

std::vector<std::int16_t> read_raw_s16(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::vector<std::int16_t> samples;
  char bytes[2];
  while (in.read(bytes, 2))
    samples.push_back(static_cast<std::int16_t>(static_cast<std::uint8_t>(bytes[0]) |
                                                (static_cast<std::uint8_t>(bytes[1]) << 8)));
  return samples;
}

double rms(const std::vector<std::int16_t>& samples, std::size_t begin, std::size_t end) {
  if (end > samples.size()) end = samples.size();
  if (begin >= end) return 0;
  double sum = 0;
  for (std::size_t i = begin; i < end; ++i) {
    const double v = samples[i] / 32768.0;
    sum += v * v;
  }
  return std::sqrt(sum / static_cast<double>(end - begin));
}

}  // namespace kitbag::test
