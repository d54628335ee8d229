// A 4th-order Butterworth high-pass filter that takes one sample at a time, so the music tests can
// look for shrill sound and clicks while a long track streams past.
#pragma once

namespace kitbag::test {

class HighPass {
 public:
  HighPass(int sample_rate, double cutoff);
  double operator()(double sample) { return second_(first_(sample)); }

 private:
  // An RBJ cookbook high-pass biquad; two with these Qs make the Butterworth.
  class Biquad {
   public:
    Biquad(int sample_rate, double cutoff, double q);
    double operator()(double x);

   private:
    double b0_, b1_, b2_, a1_, a2_;
    double x1_ = 0, x2_ = 0, y1_ = 0, y2_ = 0;
  };
  Biquad first_, second_;
};

}  // namespace kitbag::test
