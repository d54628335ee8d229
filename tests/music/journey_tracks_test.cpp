// The Wonder Journey's music as the build made it (build/bin/assets/music), decoded the way a
// player would: the right format and length, calm levels, silent ends, no clicks, nothing shrill.
// Each track is decoded and measured once per test process; rendering it again would be slow.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>
#include <string>

#include "tests/music/track_measures.h"

namespace kitbag::test {
namespace {

struct Expected {
  const char* file;
  double seconds;
};

constexpr Expected kTracks[] = {{"journey-full.ogg", 510.0}, {"journey-short.ogg", 210.0}};

const std::filesystem::path kMusicDir = KITBAG_MUSIC_DIR;

const TrackMeasures& measured(const Expected& track) {
  static std::map<std::string, TrackMeasures> cache;
  auto found = cache.find(track.file);
  if (found == cache.end()) found = cache.emplace(track.file, measure_track(kMusicDir / track.file)).first;
  return found->second;
}

std::string describe(const std::vector<Click>& clicks) {
  std::string text;
  for (const Click& click : clicks)
    text += std::to_string(click.seconds) + " s (" + std::to_string(click.level_db) + " dBFS) ";
  return text;
}

TEST(JourneyTracks, TheBuildMadeBothTracksAndNothingElse) {
  std::set<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(kMusicDir))
    names.insert(entry.path().filename().string());
  EXPECT_EQ(names, (std::set<std::string>{"journey-full.ogg", "journey-short.ogg"}));
  for (const Expected& track : kTracks) {
    const auto size = std::filesystem::file_size(kMusicDir / track.file);
    EXPECT_LT(size, 5'000'000u) << track.file << " should be a few megabytes at most";
    EXPECT_GT(size, 100'000u) << track.file;
  }
}

TEST(JourneyTracks, Are48kHzStereoOfTheirExactLength) {
  for (const Expected& track : kTracks) {
    SCOPED_TRACE(track.file);
    const TrackMeasures& m = measured(track);
    ASSERT_EQ(m.error, "");
    EXPECT_EQ(m.channels, 2);
    EXPECT_EQ(m.sample_rate, 48000);
    EXPECT_NEAR(m.seconds(), track.seconds, 0.05);
    EXPECT_EQ(m.frames, m.declared_frames) << "decodes to the length it declares";
  }
}

TEST(JourneyTracks, StartFromSilenceAndEndInSilence) {
  for (const Expected& track : kTracks) {
    SCOPED_TRACE(track.file);
    const TrackMeasures& m = measured(track);
    EXPECT_LT(m.opening_peak_db, -60.0) << "the first 50 ms";
    EXPECT_LT(m.closing_peak_db, -60.0) << "the last 50 ms";
  }
}

TEST(JourneyTracks, PeakWellClearOfFullScale) {
  for (const Expected& track : kTracks) {
    SCOPED_TRACE(track.file);
    const TrackMeasures& m = measured(track);
    EXPECT_LE(m.peak_db, -3.0);
    EXPECT_GE(m.peak_db, -12.0) << "so quiet the reader would have to turn it right up";
    EXPECT_LT(m.largest_mean, 1e-3) << "DC offset";
  }
}

// Background music for reading aloud over: comfortable overall, and no moment that stands out.
TEST(JourneyTracks, AreComfortablyLoudAndNeverLoudForLong) {
  for (const Expected& track : kTracks) {
    SCOPED_TRACE(track.file);
    const TrackMeasures& m = measured(track);
    EXPECT_GE(m.rms_db, -26.0);
    EXPECT_LE(m.rms_db, -18.0);
    EXPECT_LE(m.loudest_second_db, -12.0);
  }
}

TEST(JourneyTracks, HaveNoClicks) {
  for (const Expected& track : kTracks) {
    SCOPED_TRACE(track.file);
    const TrackMeasures& m = measured(track);
    EXPECT_TRUE(m.clicks[0].empty()) << "left: " << describe(m.clicks[0]);
    EXPECT_TRUE(m.clicks[1].empty()) << "right: " << describe(m.clicks[1]);
  }
}

TEST(JourneyTracks, HaveLittleAbove5kHz) {
  for (const Expected& track : kTracks) {
    SCOPED_TRACE(track.file);
    EXPECT_LT(measured(track).above_5k_db, -50.0);
  }
}

// Wide enough to feel spacious, narrow enough to sound whole from one speaker or one earbud.
TEST(JourneyTracks, HaveAGentleStereoSpread) {
  for (const Expected& track : kTracks) {
    SCOPED_TRACE(track.file);
    const TrackMeasures& m = measured(track);
    EXPECT_GT(m.side_db, -25.0) << "all but mono";
    EXPECT_LT(m.side_db, -6.0) << "too wide";
  }
}

}  // namespace
}  // namespace kitbag::test
