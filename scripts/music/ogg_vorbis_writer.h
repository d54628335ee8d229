// Saves a synthesised stereo mix as an Ogg Vorbis file, the compressed format the app's longer
// music is shipped in (a WAV of the Wonder Journey would be a hundred megabytes).
#pragma once

#include <filesystem>
#include <string>

#include "scripts/sounds/synth.h"

namespace kitbag::music {

// Encodes `mix` (two channels at the mix's own sample rate, samples past full scale held at full
// scale) with libvorbis's variable bit rate at `quality` (-0.1 to 1; 0.3 is about 100 kbit/s at its
// busiest, far less for soft music) and writes it to `file`, handing the encoder a block at a time.
// The Ogg stream always has the same serial number, so the same mix makes the same bytes on every
// build. Returns why it could not, or "" when it was written.
std::string write_ogg_vorbis(const std::filesystem::path& file, const kitbag::sounds::StereoMix& mix,
                             float quality = 0.3f);

}  // namespace kitbag::music
