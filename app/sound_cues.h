// The app's few sounds, by what they mean: the timer's end chime and the talking stick's "turn
// is up". Read ahead of time so a cue is on time; a machine with no sound says so once, calmly,
// and every tool still shows its cue on screen.
#pragma once

#include <array>
#include <optional>

#include "app/core/notices.h"
#include "platform/asset_locator.h"
#include "platform/audio.h"

namespace kitbag {

enum class Cue { TimerEnd, TurnUp };

class SoundCues {
 public:
  SoundCues(Audio& audio, const AssetLocator& assets, Notices& notices)
      : audio_(audio), assets_(assets), notices_(notices) {}

  // Opens the sound device and reads the cues, when a tool starts, so that the first cue does
  // not wait for them. Does the work once; later calls cost nothing.
  void prepare();
  void play(Cue cue);
  // The sound device and assets the cues use, which the Wonder Journey's music shares.
  Audio& audio() { return audio_; }
  const AssetLocator& assets() const { return assets_; }

  // How many cues have played (tests and the e2e check count on it).
  int played() const { return played_; }

 private:
  void report(const std::string& why);

  Audio& audio_;
  const AssetLocator& assets_;
  Notices& notices_;
  bool prepared_ = false;
  bool reported_ = false;
  std::array<std::optional<Audio::SoundId>, 2> sounds_;
  int played_ = 0;
};

}  // namespace kitbag
