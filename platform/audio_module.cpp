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
