// The audio module: SDL2_mixer behind the Audio interface. Built as kitbag_audio.so and loaded
// on first use (see platform/audio_module.cpp).
#include <SDL.h>
#include <SDL_mixer.h>

#include <algorithm>
#include <cmath>

#include "platform/audio.h"

namespace kitbag {
namespace {

class SdlMixerAudio final : public Audio {
 public:
  ~SdlMixerAudio() override {
    if (!open_) return;
    Mix_HaltChannel(-1);
    close_music();
    for (Mix_Chunk* chunk : chunks_) Mix_FreeChunk(chunk);
    Mix_CloseAudio();
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
  }

  bool available() override { return open(); }
  std::string status() const override { return status_; }

  Result<SoundId> load_sound(const std::filesystem::path& file) override {
    if (!open()) return Error{status_};
    Mix_Chunk* chunk = Mix_LoadWAV(file.c_str());
    if (chunk == nullptr)
      return Error{file.string() + ": could not be read as a sound (" + Mix_GetError() + ")"};
    chunks_.push_back(chunk);
    return static_cast<SoundId>(chunks_.size() - 1);
  }

  Status play(SoundId sound) override {
    if (!open()) return Error{status_};
    if (sound < 0 || static_cast<std::size_t>(sound) >= chunks_.size()) return Error{"no such sound"};
    if (Mix_PlayChannel(-1, chunks_[static_cast<std::size_t>(sound)], 0) < 0)
      return Error{std::string("the sound could not be played (") + Mix_GetError() + ")"};
    return ok_status();
  }

  void stop_all() override {
    if (open_) Mix_HaltChannel(-1);
  }

  Result<double> open_music(const std::filesystem::path& file) override {
    if (!open()) return Error{status_};
    close_music();
    // Mix_LoadMUS reads only the file's headers; the rest is decoded a little at a time as it plays.
    music_ = Mix_LoadMUS(file.c_str());
    if (music_ == nullptr)
      return Error{file.string() + ": could not be read as music (" + Mix_GetError() + ")"};
    const double length = Mix_MusicDuration(music_);
    if (!(length > 0)) {
      close_music();
      return Error{file.string() + ": its length cannot be told, so it cannot be played with a seek bar"};
    }
    Mix_VolumeMusic(volume_);
    return length;
  }

  Status play_music(double from_seconds, int fade_in_ms) override {
    if (music_ == nullptr) return Error{"no music is open"};
    if (Mix_FadeInMusicPos(music_, 0, std::max(0, fade_in_ms), std::max(0.0, from_seconds)) != 0)
      return Error{std::string("the music could not be played (") + Mix_GetError() + ")"};
    return ok_status();
  }

  Status seek_music(double to_seconds) override {
    if (music_ == nullptr || !Mix_PlayingMusic()) return Error{"no music is playing"};
    if (Mix_SetMusicPosition(std::max(0.0, to_seconds)) != 0)
      return Error{std::string("the music could not move (") + Mix_GetError() + ")"};
    return ok_status();
  }

  void fade_out_music(int fade_ms) override {
    if (music_ == nullptr || !Mix_PlayingMusic()) return;
    if (fade_ms <= 0 || Mix_FadeOutMusic(fade_ms) == 0) Mix_HaltMusic();
  }

  std::optional<double> music_position() override {
    if (music_ == nullptr || !Mix_PlayingMusic()) return std::nullopt;
    const double position = Mix_GetMusicPosition(music_);
    if (position < 0) return std::nullopt;
    return position;
  }

  void set_music_volume(double fraction) override {
    volume_ = static_cast<int>(std::lround(std::clamp(fraction, 0.0, 1.0) * MIX_MAX_VOLUME));
    if (open_) Mix_VolumeMusic(volume_);
  }

 private:
  bool open() {
    if (attempted_) return open_;
    attempted_ = true;
    // The app handles SIGINT and SIGTERM itself; SDL must not take them over.
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
      status_ = std::string("Sound is unavailable: ") + SDL_GetError();
      return false;
    }
    if (Mix_OpenAudio(48000, AUDIO_S16SYS, 2, 2048) != 0) {
      status_ = std::string("Sound is unavailable: no sound device could be opened (") + Mix_GetError() + ")";
      SDL_QuitSubSystem(SDL_INIT_AUDIO);
      return false;
    }
    Mix_AllocateChannels(8);
    open_ = true;
    return true;
  }

  void close_music() {
    if (music_ == nullptr) return;
    Mix_HaltMusic();
    Mix_FreeMusic(music_);
    music_ = nullptr;
  }

  bool attempted_ = false;
  Mix_Music* music_ = nullptr;
  int volume_ = MIX_MAX_VOLUME;
  bool open_ = false;
  std::string status_;
  std::vector<Mix_Chunk*> chunks_;
};

}  // namespace
}  // namespace kitbag

extern "C" __attribute__((visibility("default"))) kitbag::Audio* kitbag_make_sdl_mixer_audio() {
  return new kitbag::SdlMixerAudio();
}
