// Everything the music tests judge a finished track by, measured in one pass while it is decoded:
// format, length, levels, its quiet ends, stereo width, how much is shrill, and any clicks.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "tests/music/click_detector.h"

namespace kitbag::test {

struct TrackMeasures {
  std::string error;  // why the file could not be decoded; "" when it was
  int channels = 0;
  int sample_rate = 0;
  std::size_t declared_frames = 0;  // the length the stream says it has
  std::size_t frames = 0;           // the frames actually decoded
  // Levels in dBFS, over both channels.
  double peak_db = 0;
  double rms_db = 0;
  double loudest_second_db = 0;  // RMS of the loudest 1-s window, the windows 100 ms apart
  double opening_peak_db = 0;    // the first 50 ms
  double closing_peak_db = 0;    // the last 50 ms
  double largest_mean = 0;       // either channel's DC offset
  // Relative levels in dB.
  double above_5k_db = 0;        // what lies above 5 kHz next to the whole
  double side_db = 0;            // the difference of the channels next to their sum: how wide it is
  std::vector<Click> clicks[2];  // per channel

  double seconds() const { return sample_rate > 0 ? static_cast<double>(frames) / sample_rate : 0; }
};

// Decodes a stereo Ogg Vorbis file and measures it.
TrackMeasures measure_track(const std::filesystem::path& file);

}  // namespace kitbag::test
