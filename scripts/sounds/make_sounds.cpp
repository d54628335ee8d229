// Build-time tool: synthesises the app's own sounds (the Timer's end chime, the Talking Stick's
// "turn is up" cue) into 48 kHz stereo 16-bit WAV files, the format the app's SDL2_mixer opens.
#include <filesystem>
#include <iostream>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "scripts/sounds/synth.h"

namespace {

using kitbag::sounds::Envelope;
using kitbag::sounds::Note;
using kitbag::sounds::Partial;
using kitbag::sounds::StereoMix;

constexpr int kSampleRate = 48000;

constexpr std::string_view kUsage =
    "Usage: make_sounds --out DIR\n"
    "Writes DIR/timer-end.wav and DIR/turn-up.wav (48000 Hz, stereo, 16-bit PCM).\n";

// A small soft bell or chime bar: a strong fundamental with a slightly detuned twin (the slow beat
// real bells have), a quiet octave, and two faint inharmonic overtones (a free bar's 2.76 and 5.40)
// that die first, so the strike shimmers but the ring is round. Kept below 5.4 x the note, which
// for these notes is under 4.3 kHz: nothing shrill. `ring` stretches every decay; `brightness`
// scales the overtones.
std::vector<Partial> bell(double ring, double brightness) {
  return {
      {1.000, 1.00, 0.90 * ring},
      {1.003, 0.20, 0.90 * ring},
      {2.000, 0.28 * brightness, 0.50 * ring},
      {2.760, 0.10 * brightness, 0.30 * ring},
      {5.400, 0.035 * brightness, 0.12 * ring},
  };
}

// Equal temperament from A4 = 440 Hz.
constexpr double kG4 = 392.00;
constexpr double kC5 = 523.25;
constexpr double kE5 = 659.26;
constexpr double kG5 = 783.99;

// The end of a calm timer: three soft bell notes rising through C major, a little apart in the
// stereo field, all left to ring out together. Not an alarm: nothing repeats and nothing is loud.
StereoMix timer_end() {
  constexpr double kSeconds = 3.4;
  constexpr double kApart = 0.42;
  StereoMix mix(kSampleRate, kSeconds);
  const double notes[] = {kC5, kE5, kG5};
  const double pans[] = {-0.3, 0.0, 0.3};
  for (int i = 0; i < 3; ++i) {
    Note note;
    note.start = i * kApart;
    note.length = kSeconds - note.start;  // every note fades out with the end of the sound
    note.frequency = notes[i];
    note.pan = pans[i];
    note.envelope = Envelope{.attack = 0.010, .release = 0.6};
    note.partials = bell(1.0, 1.0);
    add_note(mix, note);
  }
  scale_to_peak(mix, -9.0);
  return mix;
}

// "Your turn is up, time to pass the stick": one lower, darker, shorter bell, quieter than the timer.
StereoMix turn_up() {
  constexpr double kSeconds = 1.6;
  StereoMix mix(kSampleRate, kSeconds);
  Note note;
  note.length = kSeconds;
  note.frequency = kG4;
  note.envelope = Envelope{.attack = 0.015, .release = 0.4};
  note.partials = bell(0.55, 0.5);
  add_note(mix, note);
  scale_to_peak(mix, -15.0);
  return mix;
}

struct Sound {
  const char* file;
  StereoMix (*make)();
};

constexpr Sound kSounds[] = {
    {"timer-end.wav", timer_end},
    {"turn-up.wav", turn_up},
};

bool parse_options(int argc, char** argv, std::string& out) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view option = argv[i];
    if (option != "--out" || i + 1 == argc) {
      std::cerr << "make_sounds: " << (option == "--out" ? "missing value for " : "unknown option ") << "'"
                << option << "'\n";
      return false;
    }
    out = argv[++i];
  }
  if (out.empty()) std::cerr << "make_sounds: --out is required\n";
  return !out.empty();
}

}  // namespace

int main(int argc, char** argv) {
  std::string out;
  if (!parse_options(argc, argv, out)) {
    std::cerr << kUsage;
    return 2;
  }
  std::error_code error;
  std::filesystem::create_directories(out, error);
  if (error) {
    std::cerr << out << ": cannot create the folder: " << error.message() << "\n";
    return 1;
  }
  int failures = 0;
  for (const Sound& sound : kSounds) {
    const std::filesystem::path file = std::filesystem::path(out) / sound.file;
    const std::string problem = write_wav(file, sound.make());
    if (!problem.empty()) {
      std::cerr << file.string() << ": " << problem << "\n";
      ++failures;
    }
  }
  return failures == 0 ? 0 : 1;
}
