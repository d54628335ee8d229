// Decodes Ogg Vorbis files with libvorbisfile, the library players use, independently of the
// music tool's writer, so the music tests judge the bytes on disk rather than the code that wrote them.
#pragma once

#include <vorbis/vorbisfile.h>

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace kitbag::test {

// Reads a file a piece at a time, so an eight-minute track need not be held in memory.
class OggReader {
 public:
  explicit OggReader(const std::filesystem::path& file);
  ~OggReader();
  OggReader(const OggReader&) = delete;
  OggReader& operator=(const OggReader&) = delete;

  // Why the file cannot be decoded; "" while it can.
  const std::string& error() const { return error_; }
  int channels() const { return channels_; }
  int sample_rate() const { return sample_rate_; }
  // The length the stream declares (from its last page's granule position).
  std::size_t frames() const { return frames_; }

  // Decodes the next piece: channels()-many arrays of samples on a -1..1 scale, valid until the
  // next call. Returns how many frames; 0 at the end or on an error (see error()).
  std::size_t read(float**& channels);

 private:
  OggVorbis_File file_{};
  bool open_ = false;
  std::string error_;
  int channels_ = 0;
  int sample_rate_ = 0;
  std::size_t frames_ = 0;
};

// A short file whole, for tests of the writer.
struct DecodedOgg {
  std::string error;
  int channels = 0;
  int sample_rate = 0;
  std::size_t declared_frames = 0;
  std::vector<std::vector<double>> samples;  // one vector per channel

  std::size_t frames() const { return samples.empty() ? 0 : samples[0].size(); }
};

DecodedOgg read_ogg(const std::filesystem::path& file);

}  // namespace kitbag::test
