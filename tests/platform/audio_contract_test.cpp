// What every Audio must do, checked against the real SDL module and against the fake the other
// tests use, so the fake cannot drift from the real thing.
#include <gtest/gtest.h>

#include <cstdlib>
#include <functional>
#include <memory>

#include "platform/audio.h"
#include "platform/fakes/fake_audio.h"
#include "platform/fakes/temp_dir.h"
#include "tests/support/contains.h"
#include "tests/support/wav_file.h"

namespace kitbag {
namespace {

using test::Contains;

struct Implementation {
  const char* name;
  std::function<std::unique_ptr<Audio>()> make;
};

class AudioContract : public ::testing::TestWithParam<Implementation> {
 protected:
  void SetUp() override {
    // The real module plays into a file; nothing here listens to it (audio_module_test does).
    setenv("SDL_AUDIODRIVER", "disk", 1);
    setenv("SDL_DISKAUDIOFILE", (dir_.path() / "out.raw").c_str(), 1);
    audio_ = GetParam().make();
    tone_ = dir_.path() / "tone.wav";
    test::write_tone_wav(tone_, 48000, 440, 0.05, 0.3);
  }

  TempDir dir_;
  std::unique_ptr<Audio> audio_;
  std::filesystem::path tone_;
};

TEST_P(AudioContract, IsAvailableWithAWorkingDevice) {
  EXPECT_TRUE(audio_->available());
  EXPECT_TRUE(audio_->status().empty()) << audio_->status();
}

TEST_P(AudioContract, PlaysASoundItLoaded) {
  auto sound = audio_->load_sound(tone_);
  ASSERT_TRUE(sound.ok()) << sound.error();
  EXPECT_TRUE(audio_->play(sound.value()).ok());
  audio_->stop_all();
}

TEST_P(AudioContract, AMissingFileIsAnErrorNamingIt) {
  auto sound = audio_->load_sound(dir_.path() / "nowhere.wav");
  ASSERT_FALSE(sound.ok());
  EXPECT_TRUE(Contains(sound.error(), (dir_.path() / "nowhere.wav").string()));
}

TEST_P(AudioContract, PlayingASoundItNeverLoadedFails) {
  EXPECT_FALSE(audio_->play(7).ok());
  EXPECT_FALSE(audio_->play(-1).ok());
}

INSTANTIATE_TEST_SUITE_P(
    Platform, AudioContract,
    ::testing::Values(Implementation{"SdlModule",
                                     [] { return load_audio_module_lazily({KITBAG_AUDIO_MODULE}); }},
                      Implementation{"Fake", [] { return std::make_unique<FakeAudio>(); }}),
    [](const auto& param_info) { return std::string(param_info.param.name); });

}  // namespace
}  // namespace kitbag
