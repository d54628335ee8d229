#include <dlfcn.h>

#include "platform/asset_locator.h"
#include "platform/audio.h"

namespace kitbag {
namespace {

// Stands in for the SDL module until the first call that needs sound, then forwards to it.
class LazyAudio final : public Audio {
 public:
  explicit LazyAudio(std::vector<std::filesystem::path> candidates) : candidates_(std::move(candidates)) {}

  // The module stays loaded for the life of the process: unloading it at exit would gain
  // nothing, and would hide the memory of the libraries it brought from leak checkers.
  ~LazyAudio() override = default;

  bool available() override { return load() && real_->available(); }

  std::string status() const override {
    if (real_) return real_->status();
    return load_error_;
  }

  Result<SoundId> load_sound(const std::filesystem::path& file) override {
    if (!load()) return Error{load_error_};
    return real_->load_sound(file);
  }

  Status play(SoundId sound) override {
    if (!load()) return Error{load_error_};
    return real_->play(sound);
  }

  void stop_all() override {
    if (real_) real_->stop_all();
  }

  Result<double> open_music(const std::filesystem::path& file) override {
    if (!load()) return Error{load_error_};
    return real_->open_music(file);
  }

  Status play_music(double from_seconds, int fade_in_ms) override {
    if (!load()) return Error{load_error_};
    return real_->play_music(from_seconds, fade_in_ms);
  }

  Status seek_music(double to_seconds) override {
    if (!load()) return Error{load_error_};
    return real_->seek_music(to_seconds);
  }

  void fade_out_music(int fade_ms) override {
    if (real_) real_->fade_out_music(fade_ms);
  }

  std::optional<double> music_position() override {
    if (!real_) return std::nullopt;
    return real_->music_position();
  }

  void set_music_volume(double fraction) override {
    if (real_) real_->set_music_volume(fraction);
  }

 private:
  bool load() {
    if (real_) return true;
    if (tried_) return false;
    tried_ = true;
    std::string tried;
    for (const auto& path : candidates_) {
      void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
      if (handle == nullptr) {
        tried += "\n  " + path.string() + " (" + dlerror() + ")";
        continue;
      }
      auto* make = reinterpret_cast<decltype(&kitbag_make_sdl_mixer_audio)>(
          dlsym(handle, "kitbag_make_sdl_mixer_audio"));
      if (make != nullptr) {
        real_.reset(make());
        return true;
      }
      tried += "\n  " + path.string() + " (not a Kitbag audio module)";
      dlclose(handle);
    }
    load_error_ = "Sound is unavailable: the audio module could not be loaded. Tried:" + tried;
    return false;
  }

  std::vector<std::filesystem::path> candidates_;
  std::unique_ptr<Audio> real_;
  bool tried_ = false;
  std::string load_error_;
};

}  // namespace

std::unique_ptr<Audio> load_audio_module_lazily(std::vector<std::filesystem::path> candidates) {
  return std::make_unique<LazyAudio>(std::move(candidates));
}

std::vector<std::filesystem::path> standard_audio_module_paths() {
  std::vector<std::filesystem::path> paths;
  if (auto exe_dir = executable_directory(); !exe_dir.empty()) paths.push_back(exe_dir / "kitbag_audio.so");
  paths.emplace_back(KITBAG_INSTALLED_AUDIO_MODULE);
  return paths;
}

}  // namespace kitbag
