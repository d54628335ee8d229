// Finds clicks in one channel of sound, a sample at a time. A click is a discontinuity (a note
// starting or stopping mid-wave, a jump in phase, a stray sample): whatever its size, it spreads
// energy right up the spectrum at one instant. Soft music has next to nothing above 8 kHz, so the
// detector high-passes the sound there and flags any sample that stands far above both the
// high-passed sound of the moment before and an absolute floor.
#pragma once

#include <cstddef>
#include <vector>

#include "tests/music/high_pass.h"

namespace kitbag::test {

struct Click {
  double seconds = 0;   // when it happened
  double level_db = 0;  // the largest high-passed sample in it, in dBFS
};

class ClickDetector {
 public:
  explicit ClickDetector(int sample_rate);
  void add(double sample);
  const std::vector<Click>& clicks() const { return clicks_; }
  // How close the sound came to counting as a click, in dB (0 is the threshold): the margin a
  // clean track has to spare.
  double closest_db() const;

 private:
  int sample_rate_;
  HighPass high_pass_;
  double background_ = 0;  // mean square of the high-passed sound over the last ~10 ms
  double smoothing_;       // how much of each new sample goes into the background
  double closest_ = 0;     // the largest spike over its threshold, as a ratio
  std::size_t frame_ = 0;
  std::size_t quiet_until_ = 0;  // a click rings in the filter for a moment; count it once
  double click_peak_ = 0;        // the largest high-passed sample in the latest click so far
  std::vector<Click> clicks_;
};

}  // namespace kitbag::test
