#include "app/sound_cues.h"

#include <string>

namespace kitbag {
namespace {

constexpr std::array<const char*, 2> kFiles = {"sounds/timer-end.wav", "sounds/turn-up.wav"};

}  // namespace

void SoundCues::report(const std::string& why) {
  if (reported_) return;
  reported_ = true;
  notices_.add({"The timer's sounds cannot play",
                why + "\nThe timer and the talking stick still show on screen when time is up."});
}

void SoundCues::prepare() {
  if (prepared_) return;
  prepared_ = true;
  if (!audio_.available()) {
    report(audio_.status());
    return;
  }
  for (std::size_t i = 0; i < kFiles.size(); ++i) {
    auto file = assets_.find(kFiles[i]);
    if (!file) {
      report(file.error());
      continue;
    }
    auto sound = audio_.load_sound(file.value());
    if (!sound) {
      report(sound.error());
      continue;
    }
    sounds_[i] = sound.value();
  }
}

void SoundCues::play(Cue cue) {
  prepare();
  const auto& sound = sounds_[static_cast<std::size_t>(cue)];
  if (!sound) return;
  if (const Status played = audio_.play(*sound); !played) {
    report(played.error());
    return;
  }
  ++played_;
}

}  // namespace kitbag
