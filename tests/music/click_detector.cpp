#include "tests/music/click_detector.h"

#include <algorithm>
#include <cmath>

namespace kitbag::test {
namespace {

// Well above anything soft music plays (the bells' highest overtone is under 3 kHz), so tones
// hardly reach the detector, while a click's energy reaches all the way up.
constexpr double kCutoff = 8000.0;
// A spike must be this many times the RMS of the high-passed sound of the last few milliseconds:
// anything that grows over a few milliseconds, even a fast bell attack, keeps pace with it, and
// steady noise (Vorbis's own included) peaks at three or four times its RMS. A click comes from nowhere.
constexpr double kOverBackground = 10.0;
constexpr double kBackgroundSeconds = 0.01;
// ...and at least this large: -70 dBFS after the filter, which a step of -57 dBFS already passes,
// well below anything audible over music.
const double kFloor = std::pow(10.0, -70.0 / 20.0);
constexpr double kOneClickSeconds = 0.02;

}  // namespace

ClickDetector::ClickDetector(int sample_rate)
    : sample_rate_(sample_rate),
      high_pass_(sample_rate, kCutoff),
      smoothing_(1.0 / (kBackgroundSeconds * sample_rate)) {}

void ClickDetector::add(double sample) {
  const double high = high_pass_(sample);
  // Judged against the background before this sample joins it, so a click cannot hide itself.
  const double threshold = std::max(kOverBackground * std::sqrt(background_), kFloor);
  closest_ = std::max(closest_, std::abs(high) / threshold);
  const double size = std::abs(high);
  if (frame_ < quiet_until_) {
    if (size > click_peak_) {
      click_peak_ = size;
      clicks_.back().level_db = 20 * std::log10(size);
    }
  } else if (size > threshold) {
    click_peak_ = size;
    clicks_.push_back({static_cast<double>(frame_) / sample_rate_, 20 * std::log10(size)});
    quiet_until_ = frame_ + static_cast<std::size_t>(kOneClickSeconds * sample_rate_);
  }
  background_ += smoothing_ * (high * high - background_);
  ++frame_;
}

double ClickDetector::closest_db() const {
  return closest_ > 0 ? 20 * std::log10(closest_) : -200.0;
}

}  // namespace kitbag::test
