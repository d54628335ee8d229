#include "tests/music/high_pass.h"

#include <cmath>
#include <numbers>

namespace kitbag::test {

HighPass::HighPass(int sample_rate, double cutoff)
    : first_(sample_rate, cutoff, 0.54119610), second_(sample_rate, cutoff, 1.3065630) {}

HighPass::Biquad::Biquad(int sample_rate, double cutoff, double q) {
  const double w0 = 2 * std::numbers::pi * cutoff / sample_rate;
  const double alpha = std::sin(w0) / (2 * q);
  const double cosine = std::cos(w0);
  const double a0 = 1 + alpha;
  b0_ = (1 + cosine) / 2 / a0;
  b1_ = -(1 + cosine) / a0;
  b2_ = b0_;
  a1_ = -2 * cosine / a0;
  a2_ = (1 - alpha) / a0;
}

double HighPass::Biquad::operator()(double x) {
  const double y = b0_ * x + b1_ * x1_ + b2_ * x2_ - a1_ * y1_ - a2_ * y2_;
  x2_ = x1_;
  x1_ = x;
  y2_ = y1_;
  y1_ = y;
  return y;
}

}  // namespace kitbag::test
