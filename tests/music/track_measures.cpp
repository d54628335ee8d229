#include "tests/music/track_measures.h"

#include <algorithm>
#include <cmath>
#include <deque>

#include "tests/music/high_pass.h"
#include "tests/music/ogg_reader.h"
#include "tests/sounds/sound_measures.h"

namespace kitbag::test {
namespace {

constexpr double kEdgeSeconds = 0.05;
constexpr double kWindowSeconds = 1.0;
constexpr double kWindowStepSeconds = 0.1;

// The loudest 1-s window, from sums of squares over 100-ms steps.
class LoudestSecond {
 public:
  explicit LoudestSecond(int sample_rate)
      : step_frames_(static_cast<std::size_t>(kWindowStepSeconds * sample_rate)),
        steps_per_window_(static_cast<std::size_t>(std::lround(kWindowSeconds / kWindowStepSeconds))) {}
  void add(double square_sum_of_frame) {
    current_ += square_sum_of_frame;
    if (++frames_in_step_ < step_frames_) return;
    steps_.push_back(current_);
    window_ += current_;
    current_ = 0;
    frames_in_step_ = 0;
    if (steps_.size() > steps_per_window_) {
      window_ -= steps_.front();
      steps_.pop_front();
    }
    if (steps_.size() == steps_per_window_) loudest_ = std::max(loudest_, window_);
  }
  // As an RMS over both channels.
  double rms() const {
    return std::sqrt(loudest_ / (2.0 * static_cast<double>(step_frames_ * steps_per_window_)));
  }

 private:
  std::size_t step_frames_;
  std::size_t steps_per_window_;
  std::deque<double> steps_;
  double current_ = 0, window_ = 0, loudest_ = 0;
  std::size_t frames_in_step_ = 0;
};

}  // namespace

TrackMeasures measure_track(const std::filesystem::path& file) {
  TrackMeasures measures;
  OggReader reader(file);
  measures.channels = reader.channels();
  measures.sample_rate = reader.sample_rate();
  measures.declared_frames = reader.frames();
  if (!reader.error().empty() || reader.channels() != 2) {
    measures.error = reader.error().empty() ? "is not stereo" : reader.error();
    return measures;
  }
  const int rate = reader.sample_rate();
  const auto edge = static_cast<std::size_t>(kEdgeSeconds * rate);
  const std::size_t closing_from = reader.frames() > edge ? reader.frames() - edge : 0;
  HighPass high_passes[2] = {HighPass(rate, 5000), HighPass(rate, 5000)};
  ClickDetector detectors[2] = {ClickDetector(rate), ClickDetector(rate)};
  LoudestSecond loudest(rate);
  double peak = 0, opening = 0, closing = 0;
  double squares = 0, high_squares = 0, mid_squares = 0, side_squares = 0;
  double sums[2] = {0, 0};
  std::size_t frame = 0;
  float** pcm = nullptr;
  while (const std::size_t count = reader.read(pcm)) {
    for (std::size_t i = 0; i < count; ++i, ++frame) {
      double frame_squares = 0;
      for (int c = 0; c < 2; ++c) {
        const double sample = pcm[c][i];
        const double level = std::abs(sample);
        peak = std::max(peak, level);
        if (frame < edge) opening = std::max(opening, level);
        if (frame >= closing_from) closing = std::max(closing, level);
        frame_squares += sample * sample;
        sums[c] += sample;
        const double high = high_passes[c](sample);
        high_squares += high * high;
        detectors[c].add(sample);
      }
      squares += frame_squares;
      loudest.add(frame_squares);
      const double mid = (pcm[0][i] + pcm[1][i]) / 2, side = (pcm[0][i] - pcm[1][i]) / 2;
      mid_squares += mid * mid;
      side_squares += side * side;
    }
  }
  measures.error = reader.error();
  measures.frames = frame;
  const double samples = 2.0 * static_cast<double>(std::max<std::size_t>(frame, 1));
  measures.peak_db = dbfs(peak);
  measures.rms_db = dbfs(std::sqrt(squares / samples));
  measures.loudest_second_db = dbfs(loudest.rms());
  measures.opening_peak_db = dbfs(opening);
  measures.closing_peak_db = dbfs(closing);
  measures.largest_mean = std::max(std::abs(sums[0]), std::abs(sums[1])) / (samples / 2);
  measures.above_5k_db = dbfs(std::sqrt(high_squares)) - dbfs(std::sqrt(squares));
  measures.side_db = dbfs(std::sqrt(side_squares)) - dbfs(std::sqrt(mid_squares));
  for (int c = 0; c < 2; ++c) measures.clicks[c] = detectors[c].clicks();
  return measures;
}

}  // namespace kitbag::test
