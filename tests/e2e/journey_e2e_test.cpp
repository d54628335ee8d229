// The Wonder Journey on the real binary: a script pages through each story as a reader would,
// and the shipped music is heard through SDL's disk audio driver for its whole length.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/e2e/kitbag_process.h"
#include "tests/support/wav_file.h"

namespace kitbag::test {
namespace {

namespace fs = std::filesystem;

constexpr double kRate = 48000;
constexpr std::size_t kChannels = 2;

nlohmann::json read_json(const fs::path& file) {
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  return nlohmann::json::parse(text.str());
}

nlohmann::json shipped_story(const std::string& length) {
  return read_json(fs::path(KITBAG_SOURCE_DIR) / "assets/stories" / ("journey-" + length + ".json"));
}

// A page's words live in the language files, by the story's length and the page's id.
std::string page_words(const std::string& length, const std::string& page_id) {
  static const nlohmann::json english =
      read_json(fs::path(KITBAG_SOURCE_DIR) / "assets/lang/en/journey.json");
  return english["strings"]["story." + length + "." + page_id + ".text"].get<std::string>();
}

// The first few words of a page: enough to know it is on screen, short enough to sit on one
// line at any window size.
std::string opening_words(const std::string& text) {
  std::istringstream words(text);
  std::string word, opening;
  for (int i = 0; i < 4 && words >> word; ++i) opening += (opening.empty() ? "" : " ") + word;
  return opening;
}

class JourneyE2eTest : public KitbagE2eTest {
 protected:
  ProcessOptions with_disk_audio(const std::string& delay_ms = "") {
    ProcessOptions options;
    options.set_env.emplace("SDL_AUDIODRIVER", "disk");
    options.set_env.emplace("SDL_DISKAUDIOFILE", output_.string());
    if (!delay_ms.empty()) options.set_env.emplace("SDL_DISKAUDIODELAY", delay_ms);
    return options;
  }

  // Clicks through every page with Next, checking each one's words, then Finish.
  std::string paging_script(const std::string& length) {
    const nlohmann::json story = shipped_story(length);
    const auto& pages = story["pages"];
    std::string steps = "click journey:" + length + "\n";
    for (std::size_t i = 0; i < pages.size(); ++i) {
      steps += "expect Page " + std::to_string(i + 1) + " of " + std::to_string(pages.size()) + "\n";
      steps += "expect " + opening_words(page_words(length, pages[i]["id"].get<std::string>())) + "\n";
      steps += i + 1 < pages.size() ? "click Next page\n" : "click Finish\n";
    }
    return steps + "expect A short journey\nexpect Just the music\n";
  }

  fs::path output_ = scratch_.path() / "sound.raw";
};

TEST_F(JourneyE2eTest, PagesThroughTheFullStory) {
  const auto result =
      kitbag({"--screen", "journey", "--script", script(paging_script("full"))}, with_disk_audio());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err.find("cannot play"), std::string::npos) << result.err;
}

TEST_F(JourneyE2eTest, PagesThroughTheShortStoryWithNoSoundDevice) {
  ProcessOptions options;
  options.set_env.emplace("SDL_AUDIODRIVER", "no-such-driver");
  const auto result =
      kitbag({"--screen", "journey", "--script",
              script("click journey:short\n"
                     "expect The music cannot play on this computer\n"
                     "expect Turn the pages for me\n" +
                     paging_script("short").substr(std::string("click journey:short\n").size()))},
             options);
  ASSERT_EQ(result.exit_code, 0) << result.err;
}

TEST_F(JourneyE2eTest, TheShortStorysMusicIsHeardForItsWholeLength) {
  // A millisecond's pause per 43 ms buffer: the 3½ minutes play out in a few seconds.
  const auto result = kitbag({"--screen", "journey", "--journey", "short", "--play", "--script",
                              script("expect Pause\n"
                                     "wait 14\n"
                                     "expect Play\n"
                                     "expect 3:30\n")},
                             with_disk_audio("1"));
  ASSERT_EQ(result.exit_code, 0) << result.err;

  const std::vector<std::int16_t> samples = read_raw_s16(output_);
  std::size_t first = samples.size(), last = 0;
  for (std::size_t i = 0; i < samples.size(); ++i) {
    if (std::abs(samples[i]) < 2) continue;
    first = std::min(first, i / kChannels);
    last = i / kChannels;
  }
  ASSERT_LT(first, last) << "no music was heard";
  // The sound device opens as the music starts, so the file's time is the music's. The music
  // and the player both fade in from silence, so it is heard a moment after it starts; it is
  // heard to within a breath of its end, 210 s in.
  EXPECT_LT(static_cast<double>(first) / kRate, 3.0);
  EXPECT_NEAR(static_cast<double>(last) / kRate, 210.0, 1.0);
  // Soft, but clearly there, all the way through: every 10 s stretch (past the fades) is heard.
  for (double at = 5; at < 200; at += 10) {
    const auto begin =
        static_cast<std::size_t>((static_cast<double>(first) / kRate + at) * kRate) * kChannels;
    EXPECT_GT(rms(samples, begin, begin + static_cast<std::size_t>(kRate) * 10 * kChannels), 0.01)
        << "near silence at " << at << " s";
  }
}

TEST_F(JourneyE2eTest, PausedMusicIsSilentAndPlayCarriesOn) {
  const auto result = kitbag({"--screen", "journey", "--journey", "music", "--play", "--script",
                              script("wait 4\n"
                                     "click journey:pause\n"
                                     "wait 2\n"
                                     "expect Play\n"
                                     "click journey:play\n"
                                     "wait 2\n")},
                             with_disk_audio());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::vector<std::int16_t> samples = read_raw_s16(output_);
  // Find the pause: the longest silent stretch after the music began.
  const std::size_t window = static_cast<std::size_t>(kRate / 50) * kChannels;
  std::size_t run = 0, longest = 0;
  bool begun = false;
  for (std::size_t begin = 0; begin + window <= samples.size(); begin += window) {
    const bool silent = rms(samples, begin, begin + window) < 0.0003;
    begun = begun || !silent;
    run = begun && silent ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  const double paused = static_cast<double>(longest) / 50;
  EXPECT_GT(paused, 1.2) << "the pause was heard as silence";
  EXPECT_LT(paused, 2.5);
  const double tail = rms(samples, samples.size() - window * 25, samples.size());
  EXPECT_GT(tail, 0.003) << "the music carried on after Play";
}

}  // namespace
}  // namespace kitbag::test
