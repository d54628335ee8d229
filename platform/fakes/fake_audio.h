// Sound that is only recorded: which files were loaded and which sounds played, in order.
#pragma once

#include <algorithm>
#include <optional>
#include <system_error>

#include "platform/audio.h"

namespace kitbag {

class FakeAudio final : public Audio {
 public:
  void set_available(bool available) { available_ = available; }

  bool available() override { return available_; }
  std::string status() const override {
    return available_ ? "" : "Sound is unavailable: no sound device (fake)";
  }

  Result<SoundId> load_sound(const std::filesystem::path& file) override {
    if (!available_) return Error{status()};
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error)) return Error{file.string() + ": not found"};
    loaded.push_back(file);
    return static_cast<SoundId>(loaded.size() - 1);
  }

  Status play(SoundId sound) override {
    if (!available_) return Error{status()};
    if (sound < 0 || static_cast<std::size_t>(sound) >= loaded.size()) return Error{"no such sound"};
    played.push_back(sound);
    return ok_status();
  }

  void stop_all() override { ++stops; }

  // Music that plays only when the test moves it on with advance_music.
  Result<double> open_music(const std::filesystem::path& file) override {
    if (!available_) return Error{status()};
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error)) return Error{file.string() + ": not found"};
    if (!music_length.has_value()) return Error{file.string() + ": could not be read as music (fake)"};
    music_file = file;
    position_.reset();
    return *music_length;
  }
  Status play_music(double from_seconds, int fade_in_ms) override {
    if (music_file.empty()) return Error{"no music is open"};
    position_ = std::max(0.0, from_seconds);
    fading_out_for_.reset();
    plays.push_back({from_seconds, fade_in_ms});
    return ok_status();
  }
  Status seek_music(double to_seconds) override {
    if (!position_) return Error{"no music is playing"};
    position_ = std::max(0.0, to_seconds);
    seeks.push_back(to_seconds);
    return ok_status();
  }
  void fade_out_music(int fade_ms) override {
    if (!position_) return;
    fade_outs.push_back(fade_ms);
    if (fade_ms <= 0)
      position_.reset();
    else
      fading_out_for_ = fade_ms / 1000.0;
  }
  std::optional<double> music_position() override { return position_; }
  void set_music_volume(double fraction) override { music_volume = fraction; }

  // Lets `seconds` of music play: it stops by itself at its end, or when a fade-out is over.
  void advance_music(double seconds) {
    if (!position_) return;
    *position_ += seconds;
    if (fading_out_for_) {
      *fading_out_for_ -= seconds;
      if (*fading_out_for_ <= 0) {
        position_.reset();
        fading_out_for_.reset();
        return;
      }
    }
    if (music_length && *position_ >= *music_length) position_.reset();
  }
  bool music_fading_out() const { return fading_out_for_.has_value(); }

  struct MusicPlay {
    double from = 0;
    int fade_in_ms = 0;
  };
  std::optional<double> music_length = 300.0;  // nullopt: every music file is unreadable
  std::filesystem::path music_file;
  std::vector<MusicPlay> plays;
  std::vector<double> seeks;
  std::vector<int> fade_outs;
  double music_volume = 1.0;

  std::vector<std::filesystem::path> loaded;
  std::vector<SoundId> played;
  int stops = 0;

 private:
  bool available_ = true;
  std::optional<double> position_;
  std::optional<double> fading_out_for_;
};

}  // namespace kitbag
