#include "tests/sounds/wav_reader.h"

#include <fstream>
#include <iterator>

namespace kitbag::test {
namespace {

std::uint32_t le(const std::vector<std::uint8_t>& bytes, std::size_t at, int size) {
  std::uint32_t value = 0;
  for (int i = size - 1; i >= 0; --i) value = (value << 8) | bytes[at + static_cast<std::size_t>(i)];
  return value;
}

bool tag_at(const std::vector<std::uint8_t>& bytes, std::size_t at, const std::string& tag) {
  return std::string(bytes.begin() + static_cast<std::ptrdiff_t>(at),
                     bytes.begin() + static_cast<std::ptrdiff_t>(at + 4)) == tag;
}

}  // namespace

std::vector<double> Wav::channel(int index) const {
  std::vector<double> values;
  values.reserve(frames());
  for (std::size_t i = static_cast<std::size_t>(index); i < samples.size();
       i += static_cast<std::size_t>(channels))
    values.push_back(samples[i] / 32768.0);
  return values;
}

Wav parse_wav(const std::vector<std::uint8_t>& bytes) {
  Wav wav;
  if (bytes.size() < 12 || !tag_at(bytes, 0, "RIFF") || !tag_at(bytes, 8, "WAVE")) {
    wav.error = "not a RIFF WAVE file";
    return wav;
  }
  if (le(bytes, 4, 4) != bytes.size() - 8) {
    wav.error = "the RIFF size " + std::to_string(le(bytes, 4, 4)) + " is not the " +
                std::to_string(bytes.size() - 8) + " bytes that follow it";
    return wav;
  }
  bool have_format = false;
  bool have_data = false;
  // Chunks may come in any order and a player skips ones it does not know; odd sizes are padded.
  for (std::size_t at = 12; at < bytes.size();) {
    if (at + 8 > bytes.size()) {
      wav.error = "a chunk header is cut short";
      return wav;
    }
    const std::uint32_t size = le(bytes, at + 4, 4);
    const std::size_t body = at + 8;
    if (body + size > bytes.size()) {
      wav.error = "a chunk runs past the end of the file";
      return wav;
    }
    if (tag_at(bytes, at, "fmt ") && size >= 16) {
      have_format = true;
      wav.format = static_cast<int>(le(bytes, body, 2));
      wav.channels = static_cast<int>(le(bytes, body + 2, 2));
      wav.sample_rate = static_cast<int>(le(bytes, body + 4, 4));
      wav.byte_rate = static_cast<int>(le(bytes, body + 8, 4));
      wav.block_align = static_cast<int>(le(bytes, body + 12, 2));
      wav.bits_per_sample = static_cast<int>(le(bytes, body + 14, 2));
    } else if (tag_at(bytes, at, "data")) {
      if (!have_format || wav.bits_per_sample != 16 || wav.block_align == 0 || size % wav.block_align != 0) {
        wav.error = "the data is not whole frames of 16-bit samples described by a format chunk before it";
        return wav;
      }
      have_data = true;
      for (std::size_t i = body; i < body + size; i += 2)
        wav.samples.push_back(static_cast<std::int16_t>(le(bytes, i, 2)));
    }
    at = body + size + (size % 2);
  }
  if (!have_format || !have_data) wav.error = "no format or no data chunk";
  return wav;
}

std::vector<std::uint8_t> read_bytes(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

Wav read_wav(const std::filesystem::path& file) {
  return parse_wav(read_bytes(file));
}

}  // namespace kitbag::test
