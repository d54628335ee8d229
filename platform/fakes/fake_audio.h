// Sound that is only recorded: which files were loaded and which sounds played, in order.
#pragma once

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

  std::vector<std::filesystem::path> loaded;
  std::vector<SoundId> played;
  int stops = 0;

 private:
  bool available_ = true;
};

}  // namespace kitbag
