// Reads a PCM WAV file the way a strict player would, independently of the synthesiser's writer,
// so the sound tests check the bytes on disk rather than the code that wrote them.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace kitbag::test {

struct Wav {
  std::string error;  // why the bytes are not a readable PCM WAV file; "" when they are
  int format = 0;     // 1 is PCM
  int channels = 0;
  int sample_rate = 0;
  int byte_rate = 0;
  int block_align = 0;
  int bits_per_sample = 0;
  std::vector<std::int16_t> samples;  // interleaved, when bits_per_sample is 16

  std::size_t frames() const {
    return channels > 0 ? samples.size() / static_cast<std::size_t>(channels) : 0;
  }
  double seconds() const { return sample_rate > 0 ? static_cast<double>(frames()) / sample_rate : 0; }
  // One channel's samples on a -1..1 scale.
  std::vector<double> channel(int index) const;
};

Wav parse_wav(const std::vector<std::uint8_t>& bytes);
Wav read_wav(const std::filesystem::path& file);
std::vector<std::uint8_t> read_bytes(const std::filesystem::path& file);

}  // namespace kitbag::test
