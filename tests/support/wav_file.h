// Writing and reading 16-bit PCM sound for audio tests: a test tone in, the disk driver's output back.
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

namespace kitbag::test {

// A mono 16-bit WAV file holding a sine tone.
void write_tone_wav(const std::filesystem::path& file, int sample_rate, double frequency, double seconds,
                    double amplitude);

// Raw interleaved signed 16-bit little-endian samples, as SDL's disk audio driver writes them.
std::vector<std::int16_t> read_raw_s16(const std::filesystem::path& file);

// Root mean square of samples [begin, end) on a 0..1 scale.
double rms(const std::vector<std::int16_t>& samples, std::size_t begin, std::size_t end);

}  // namespace kitbag::test
