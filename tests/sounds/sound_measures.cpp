#include "tests/sounds/sound_measures.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace kitbag::test {
namespace {

std::size_t clamp_end(const std::vector<double>& signal, std::size_t end) {
  return std::min(end, signal.size());
}

// An RBJ cookbook high-pass biquad; two with these Qs make a 4th-order Butterworth.
std::vector<double> high_pass(const std::vector<double>& in, int sample_rate, double cutoff, double q) {
  const double w0 = 2 * std::numbers::pi * cutoff / sample_rate;
  const double alpha = std::sin(w0) / (2 * q);
  const double cosine = std::cos(w0);
  const double a0 = 1 + alpha;
  const double b0 = (1 + cosine) / 2 / a0, b1 = -(1 + cosine) / a0, b2 = b0;
  const double a1 = -2 * cosine / a0, a2 = (1 - alpha) / a0;
  std::vector<double> out(in.size());
  double x1 = 0, x2 = 0, y1 = 0, y2 = 0;
  for (std::size_t i = 0; i < in.size(); ++i) {
    const double y = b0 * in[i] + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
    x2 = x1;
    x1 = in[i];
    y2 = y1;
    y1 = y;
    out[i] = y;
  }
  return out;
}

}  // namespace

double dbfs(double level) {
  return level > 0 ? 20 * std::log10(level) : -200.0;
}

double peak_level(const std::vector<double>& signal, std::size_t begin, std::size_t end) {
  double highest = 0;
  for (std::size_t i = begin; i < clamp_end(signal, end); ++i)
    highest = std::max(highest, std::abs(signal[i]));
  return highest;
}

double rms_level(const std::vector<double>& signal, std::size_t begin, std::size_t end) {
  end = clamp_end(signal, end);
  if (begin >= end) return 0;
  double sum = 0;
  for (std::size_t i = begin; i < end; ++i) sum += signal[i] * signal[i];
  return std::sqrt(sum / static_cast<double>(end - begin));
}

double mean_level(const std::vector<double>& signal) {
  double sum = 0;
  for (double value : signal) sum += value;
  return signal.empty() ? 0 : sum / static_cast<double>(signal.size());
}

double above_frequency_db(const std::vector<double>& signal, int sample_rate, double cutoff) {
  const auto filtered =
      high_pass(high_pass(signal, sample_rate, cutoff, 0.54119610), sample_rate, cutoff, 1.3065630);
  return dbfs(rms_level(filtered)) - dbfs(rms_level(signal));
}

std::vector<double> strike_times(const std::vector<double>& signal, int sample_rate, double rise) {
  // 20 ms windows are long enough to smooth the beating of close partials, and 50 ms back is before
  // a soft attack began.
  const std::size_t hop = static_cast<std::size_t>(sample_rate) / 100;
  const std::size_t window = 2 * hop;
  const std::size_t back = 5;
  std::vector<double> levels;
  for (std::size_t at = 0; at + window <= signal.size(); at += hop)
    levels.push_back(rms_level(signal, at, at + window));
  const double floor = std::pow(10.0, -50.0 / 20);
  std::vector<double> times;
  for (std::size_t w = 0; w < levels.size(); ++w) {
    const double before = w >= back ? levels[w - back] : 0.0;
    const double time = static_cast<double>(w * hop) / sample_rate;
    if (levels[w] > floor && levels[w] >= rise * before && (times.empty() || time - times.back() > 0.1))
      times.push_back(time);
  }
  return times;
}

double crossing_pitch(const std::vector<double>& signal, int sample_rate, std::size_t begin,
                      std::size_t end) {
  end = clamp_end(signal, end);
  int changes = 0;
  for (std::size_t i = begin + 1; i < end; ++i)
    if ((signal[i - 1] < 0) != (signal[i] < 0)) ++changes;
  const double seconds = static_cast<double>(end - begin) / sample_rate;
  return seconds > 0 ? changes / 2.0 / seconds : 0;
}

}  // namespace kitbag::test
