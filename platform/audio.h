// Sound effects, played without blocking the UI. A machine may have no sound device: then
// available() is false, status() says why in plain words, and everything else still works.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/core/result.h"

namespace kitbag {

class Audio {
 public:
  using SoundId = int;
  virtual ~Audio() = default;

  virtual bool available() = 0;            // opens the sound device on first use
  virtual std::string status() const = 0;  // empty, or why sound is unavailable
  virtual Result<SoundId> load_sound(const std::filesystem::path& file) = 0;
  virtual Status play(SoundId sound) = 0;
  virtual void stop_all() = 0;

  // Music: one piece at a time, streamed from its file as it plays, never decoded whole into
  // memory. Opening another closes the last. Times are seconds into the music. Every call
  // returns at once: the playing, fading and decoding happen on the sound device's own thread.
  virtual Result<double> open_music(const std::filesystem::path& file) = 0;  // its length
  virtual Status play_music(double from_seconds, int fade_in_ms) = 0;
  virtual Status seek_music(double to_seconds) = 0;  // while it plays
  // Fades to silence over `fade_ms` and then stops by itself; 0 stops it at once.
  virtual void fade_out_music(int fade_ms) = 0;
  // Where the music is, or nothing while none plays (never started, stopped, or at its end).
  virtual std::optional<double> music_position() = 0;
  virtual void set_music_volume(double fraction) = 0;  // 0 silent .. 1 as made
};

// Sound through SDL2_mixer, which lives in a module (kitbag_audio.so) loaded the first time a
// sound is needed: SDL and its codecs cost tens of milliseconds and megabytes at start-up that a
// session without sound should not pay. `candidates` are the module paths to try, in order.
std::unique_ptr<Audio> load_audio_module_lazily(std::vector<std::filesystem::path> candidates);
// Next to the binary, then the install prefix.
std::vector<std::filesystem::path> standard_audio_module_paths();

}  // namespace kitbag

// The module's one entry point.
extern "C" kitbag::Audio* kitbag_make_sdl_mixer_audio();
