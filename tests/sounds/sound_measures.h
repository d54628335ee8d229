// Measures the sound tests judge a sound by: levels in dBFS, how much lies above a frequency,
// where notes are struck and roughly at what pitch. Signals are one channel on a -1..1 scale.
#pragma once

#include <cstddef>
#include <limits>
#include <vector>

namespace kitbag::test {

constexpr std::size_t kToEnd = std::numeric_limits<std::size_t>::max();

// 20 log10(level); silence is given as -200 rather than minus infinity so it prints and compares.
double dbfs(double level);

// Over samples [begin, end).
double peak_level(const std::vector<double>& signal, std::size_t begin = 0, std::size_t end = kToEnd);
double rms_level(const std::vector<double>& signal, std::size_t begin = 0, std::size_t end = kToEnd);
double mean_level(const std::vector<double>& signal);

// How loud the part of the signal above `cutoff` Hz is next to the whole, in dB: the RMS after a
// 4th-order Butterworth high-pass over the RMS before it.
double above_frequency_db(const std::vector<double>& signal, int sample_rate, double cutoff);

// The times (seconds) at which the level jumps up: a note being struck. The level is taken in
// 20 ms windows every 10 ms; a window at least `rise` times as loud as the one 50 ms before, and
// above -50 dBFS, starts a note, and rises within 100 ms of one are the same note. A window
// starts when it rises, so a time can be up to 20 ms before the note.
std::vector<double> strike_times(const std::vector<double>& signal, int sample_rate, double rise = 1.4);

// The pitch of a signal dominated by one sine, in Hz, from its sign changes over [begin, end).
double crossing_pitch(const std::vector<double>& signal, int sample_rate, std::size_t begin, std::size_t end);

}  // namespace kitbag::test
