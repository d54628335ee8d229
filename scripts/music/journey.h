// The Wonder Journey's music: slow pads on a gentle chord progression over a low drone, a pad level
// that swells at the pace of slow breathing, and now and then a quiet bell note, all computed from
// numbers and a seeded random sequence so every build makes the same track.
#pragma once

#include <cstdint>
#include <vector>

#include "scripts/sounds/synth.h"

namespace kitbag::music {

// The chords the music moves through, in D major. "sus" is the dominant with its third replaced by
// the tonic (A D E G), which leans towards home without the pull of a full cadence.
enum class Chord { one, one_add9, two, three, four, four_add9, five_sus, six };

struct JourneyPlan {
  double seconds = 0;              // the track's exact length
  std::vector<Chord> progression;  // played in turn and round again, then a sus-to-home ending
  std::uint64_t seed = 0;          // chord lengths, bell times, pitches and places in the stereo field
  double shortest_bell_gap = 4.0;  // seconds between one bell and the next, at least
  double longest_bell_gap = 10.0;  // and at most
  bool bell_pairs = false;         // now and then a second bell a step from the first
};

// The finished track: faded in from silence and out to silence, peaking at -6 dBFS or quieter so the
// encoder's small overshoots stay clear of full scale, and at most -20 dBFS RMS overall.
kitbag::sounds::StereoMix render_journey(const JourneyPlan& plan);

}  // namespace kitbag::music
