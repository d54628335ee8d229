// The Wonder Journey's player over a fake sound device: loading and saying why there is no
// music, the fades, pause and carry on, stop, seek, the music's end, volume, and keeping the
// story's time by itself when there is no music.
#include "app/journey_player.h"

#include <gtest/gtest.h>

#include "app/core/journey/page_turner.h"
#include "platform/fakes/fake_audio.h"
#include "platform/fakes/temp_dir.h"
#include "tests/support/contains.h"

namespace kitbag {
namespace {

using namespace std::chrono_literals;
using test::Contains;
using TimePoint = JourneyPlayer::TimePoint;

constexpr const char* kMusic = "music/journey-full.ogg";
constexpr double kMusicSeconds = 300;  // FakeAudio's default length
constexpr double kStorySeconds = 120;
const PlayerFades kFades;

class JourneyPlayerTest : public ::testing::Test {
 protected:
  JourneyPlayerTest() { assets_dir_.write(kMusic, "not really Ogg; the fake only checks it is there"); }

  // Loads kMusic for a story of kStorySeconds.
  JourneyPlayer& loaded() {
    player_.load(kMusic, kStorySeconds);
    return player_;
  }

  TempDir assets_dir_;
  AssetLocator assets_{{assets_dir_.path()}};
  FakeAudio audio_;
  JourneyPlayer player_{audio_, assets_};
  const TimePoint t0_ = TimePoint{} + 1h;
};

// Loading.

TEST_F(JourneyPlayerTest, LoadingOpensTheMusicAndPlaysNothingYet) {
  loaded();
  EXPECT_TRUE(player_.has_music());
  EXPECT_EQ(player_.music_problem(), "");
  EXPECT_EQ(player_.loaded(), kMusic);
  EXPECT_EQ(audio_.music_file, assets_dir_.path() / kMusic);
  EXPECT_DOUBLE_EQ(player_.length(), kMusicSeconds) << "the music's length, not the story's";
  EXPECT_EQ(player_.state(), PlayState::Stopped);
  EXPECT_DOUBLE_EQ(player_.position(t0_), 0);
  EXPECT_TRUE(audio_.plays.empty());
  EXPECT_DOUBLE_EQ(audio_.music_volume, player_.volume()) << "the player's volume is set on the music";
}

TEST_F(JourneyPlayerTest, WithNoSoundDeviceThereIsNoMusicAndTheDeviceIsNamed) {
  audio_.set_available(false);
  loaded();
  EXPECT_FALSE(player_.has_music());
  EXPECT_EQ(player_.music_problem(), audio_.status());
  EXPECT_TRUE(Contains(player_.music_problem(), "no sound device"));
  EXPECT_TRUE(audio_.music_file.empty()) << "nothing was opened";
  EXPECT_DOUBLE_EQ(player_.length(), kStorySeconds) << "the story's own time instead";
}

TEST_F(JourneyPlayerTest, AMissingMusicFileNamesEveryPathTried) {
  TempDir other;
  const AssetLocator two_places({other.path(), assets_dir_.path()});
  JourneyPlayer player(audio_, two_places);
  player.load("music/journey-short.ogg", kStorySeconds);
  EXPECT_FALSE(player.has_music());
  EXPECT_TRUE(Contains(player.music_problem(), "music/journey-short.ogg was not found"));
  EXPECT_TRUE(Contains(player.music_problem(), (other.path() / "music/journey-short.ogg").string()));
  EXPECT_TRUE(Contains(player.music_problem(), (assets_dir_.path() / "music/journey-short.ogg").string()));
  EXPECT_DOUBLE_EQ(player.length(), kStorySeconds);
}

TEST_F(JourneyPlayerTest, UnreadableMusicNamesTheFile) {
  audio_.music_length = std::nullopt;
  loaded();
  EXPECT_FALSE(player_.has_music());
  EXPECT_TRUE(Contains(player_.music_problem(), (assets_dir_.path() / kMusic).string()));
  EXPECT_TRUE(Contains(player_.music_problem(), "could not be read as music"));
}

TEST_F(JourneyPlayerTest, LoadingAgainForgetsTheLastProblem) {
  audio_.set_available(false);
  loaded();
  ASSERT_FALSE(player_.music_problem().empty());
  audio_.set_available(true);
  loaded();
  EXPECT_TRUE(player_.has_music());
  EXPECT_EQ(player_.music_problem(), "");
}

TEST_F(JourneyPlayerTest, LoadingAnotherFileStopsTheFirstAtOnce) {
  assets_dir_.write("music/journey-short.ogg", "short");
  loaded().play(t0_);
  audio_.advance_music(30);
  player_.load("music/journey-short.ogg", 60);
  EXPECT_EQ(audio_.fade_outs, (std::vector<int>{0})) << "no fade: the next journey is starting";
  EXPECT_EQ(audio_.music_position(), std::nullopt);
  EXPECT_EQ(audio_.music_file, assets_dir_.path() / "music/journey-short.ogg");
  EXPECT_EQ(player_.state(), PlayState::Stopped);
  EXPECT_DOUBLE_EQ(player_.position(t0_ + 30s), 0);
  EXPECT_EQ(player_.loaded(), "music/journey-short.ogg");
}

TEST_F(JourneyPlayerTest, LoadingAnotherFileWhilePausedStopsTheFirstToo) {
  loaded().play(t0_);
  audio_.advance_music(10);
  player_.pause(t0_ + 10s);
  player_.load(kMusic, kStorySeconds);
  EXPECT_EQ(audio_.fade_outs, (std::vector<int>{kFades.pause_ms, 0}));
  EXPECT_EQ(player_.state(), PlayState::Stopped);
  EXPECT_DOUBLE_EQ(player_.position(t0_ + 10s), 0) << "a new journey starts at the start";
}

TEST_F(JourneyPlayerTest, LoadingWhileStoppedNeedsNoStop) {
  loaded();
  loaded();
  EXPECT_TRUE(audio_.fade_outs.empty());
}

// Playing the music.

TEST_F(JourneyPlayerTest, PlayFadesInFromTheStart) {
  loaded().play(t0_);
  EXPECT_EQ(player_.state(), PlayState::Playing);
  ASSERT_EQ(audio_.plays.size(), 1u);
  EXPECT_DOUBLE_EQ(audio_.plays[0].from, 0);
  EXPECT_EQ(audio_.plays[0].fade_in_ms, kFades.start_ms);
  audio_.advance_music(42.5);
  EXPECT_DOUBLE_EQ(player_.position(t0_), 42.5) << "the music keeps the time, not the clock";
}

TEST_F(JourneyPlayerTest, PlayWhilePlayingDoesNothing) {
  loaded().play(t0_);
  audio_.advance_music(5);
  player_.play(t0_ + 5s);
  EXPECT_EQ(audio_.plays.size(), 1u);
  EXPECT_DOUBLE_EQ(player_.position(t0_ + 5s), 5);
}

TEST_F(JourneyPlayerTest, PauseHoldsThePlaceAfterItsFadeAndFadesOut) {
  loaded().play(t0_);
  audio_.advance_music(20);
  player_.pause(t0_ + 20s);
  EXPECT_EQ(player_.state(), PlayState::Paused);
  EXPECT_EQ(audio_.fade_outs, (std::vector<int>{kFades.pause_ms}));
  EXPECT_TRUE(audio_.music_fading_out());
  const double held = 20 + kFades.pause_ms / 1000.0;
  EXPECT_DOUBLE_EQ(player_.position(t0_ + 20s), held)
      << "the fade plays on a moment; it carries on after that";
  audio_.advance_music(1);
  EXPECT_EQ(audio_.music_position(), std::nullopt) << "silent once the fade is over";
  EXPECT_DOUBLE_EQ(player_.position(t0_ + 50s), held) << "paused, it holds its place";
  player_.keep_time(t0_ + 50s);
  EXPECT_EQ(player_.state(), PlayState::Paused) << "the music stopping after a pause is not its end";
  EXPECT_FALSE(player_.reached_end());
}

TEST_F(JourneyPlayerTest, PauseWhenNotPlayingDoesNothing) {
  loaded().pause(t0_);
  EXPECT_EQ(player_.state(), PlayState::Stopped);
  EXPECT_TRUE(audio_.fade_outs.empty());
}

TEST_F(JourneyPlayerTest, PauseNearTheEndHoldsNoFurtherThanTheEnd) {
  loaded().play(t0_);
  audio_.advance_music(kMusicSeconds - 0.1);
  player_.pause(t0_);
  EXPECT_DOUBLE_EQ(player_.position(t0_), kMusicSeconds);
}

TEST_F(JourneyPlayerTest, ResumeCarriesOnFromThePauseWithTheQuickFade) {
  loaded().play(t0_);
  audio_.advance_music(20);
  player_.pause(t0_ + 20s);
  audio_.advance_music(1);
  player_.play(t0_ + 60s);
  EXPECT_EQ(player_.state(), PlayState::Playing);
  ASSERT_EQ(audio_.plays.size(), 2u);
  EXPECT_DOUBLE_EQ(audio_.plays[1].from, 20 + kFades.pause_ms / 1000.0);
  EXPECT_EQ(audio_.plays[1].fade_in_ms, kFades.resume_ms);
  EXPECT_DOUBLE_EQ(player_.position(t0_ + 60s), 20.4);
}

TEST_F(JourneyPlayerTest, StopFadesOutSlowlyAndGoesBackToTheStart) {
  loaded().play(t0_);
  audio_.advance_music(50);
  player_.stop(t0_ + 50s);
  EXPECT_EQ(player_.state(), PlayState::Stopped);
  EXPECT_EQ(audio_.fade_outs, (std::vector<int>{kFades.stop_ms}));
  EXPECT_DOUBLE_EQ(player_.position(t0_ + 50s), 0);
  EXPECT_FALSE(player_.reached_end()) << "stopped, not played to the end";
  player_.play(t0_ + 60s);
  ASSERT_EQ(audio_.plays.size(), 2u);
  EXPECT_DOUBLE_EQ(audio_.plays[1].from, 0);
  EXPECT_EQ(audio_.plays[1].fade_in_ms, kFades.start_ms) << "from the start, the long fade in";
}

TEST_F(JourneyPlayerTest, StopWhilePausedNeedsNoSecondFade) {
  loaded().play(t0_);
  audio_.advance_music(50);
  player_.pause(t0_ + 50s);
  player_.stop(t0_ + 51s);
  EXPECT_EQ(audio_.fade_outs, (std::vector<int>{kFades.pause_ms})) << "the pause already faded it out";
  EXPECT_EQ(player_.state(), PlayState::Stopped);
  EXPECT_DOUBLE_EQ(player_.position(t0_ + 51s), 0);
}

TEST_F(JourneyPlayerTest, SeekWhilePlayingMovesTheMusic) {
  loaded().play(t0_);
  audio_.advance_music(10);
  player_.seek(100, t0_ + 10s);
  EXPECT_EQ(audio_.seeks, (std::vector<double>{100}));
  EXPECT_EQ(audio_.plays.size(), 1u) << "moved, not started again";
  EXPECT_EQ(player_.state(), PlayState::Playing);
  EXPECT_DOUBLE_EQ(player_.position(t0_ + 10s), 100);
}

TEST_F(JourneyPlayerTest, SeekIsHeldWithinTheMusic) {
  loaded().play(t0_);
  player_.seek(-5, t0_);
  player_.seek(kMusicSeconds + 100, t0_);
  EXPECT_EQ(audio_.seeks, (std::vector<double>{0, kMusicSeconds}));
}

TEST_F(JourneyPlayerTest, SeekWhilePlayingMusicThatHasJustEndedPlaysItFromThere) {
  loaded().play(t0_);
  audio_.advance_music(kMusicSeconds);  // ended, and keep_time has not noticed yet
  player_.seek(30, t0_);
  EXPECT_TRUE(audio_.seeks.empty());
  ASSERT_EQ(audio_.plays.size(), 2u);
  EXPECT_DOUBLE_EQ(audio_.plays[1].from, 30);
  EXPECT_EQ(audio_.plays[1].fade_in_ms, kFades.resume_ms);
  player_.keep_time(t0_);
  EXPECT_EQ(player_.state(), PlayState::Playing);
}

TEST_F(JourneyPlayerTest, SeekWhileStoppedWaitsPausedAtThatPlace) {
  loaded().seek(75, t0_);
  EXPECT_EQ(player_.state(), PlayState::Paused);
  EXPECT_DOUBLE_EQ(player_.position(t0_), 75);
  EXPECT_TRUE(audio_.plays.empty()) << "nothing plays until asked";
  EXPECT_TRUE(audio_.seeks.empty());
  player_.play(t0_);
  ASSERT_EQ(audio_.plays.size(), 1u);
  EXPECT_DOUBLE_EQ(audio_.plays[0].from, 75);
  EXPECT_EQ(audio_.plays[0].fade_in_ms, kFades.resume_ms) << "carrying on, not starting";
}

TEST_F(JourneyPlayerTest, SeekToTheStartWhileStoppedStaysStopped) {
  loaded().seek(0, t0_);
  EXPECT_EQ(player_.state(), PlayState::Stopped);
  player_.seek(-10, t0_);
  EXPECT_EQ(player_.state(), PlayState::Stopped);
  EXPECT_DOUBLE_EQ(player_.position(t0_), 0);
}

TEST_F(JourneyPlayerTest, SeekWhilePausedMovesWhereItCarriesOn) {
  loaded().play(t0_);
  player_.pause(t0_);
  player_.seek(200, t0_);
  EXPECT_EQ(player_.state(), PlayState::Paused);
  EXPECT_DOUBLE_EQ(player_.position(t0_), 200);
  player_.play(t0_);
  EXPECT_DOUBLE_EQ(audio_.plays.back().from, 200);
}

TEST_F(JourneyPlayerTest, TheMusicsEndStopsThePlayerAndTheNextPlayStartsAgain) {
  loaded().play(t0_);
  audio_.advance_music(kMusicSeconds - 1);
  player_.keep_time(t0_);
  EXPECT_EQ(player_.state(), PlayState::Playing);
  EXPECT_FALSE(player_.reached_end());
  audio_.advance_music(2);
  EXPECT_DOUBLE_EQ(player_.position(t0_), kMusicSeconds) << "at its end before keep_time notices";
  player_.keep_time(t0_);
  EXPECT_EQ(player_.state(), PlayState::Stopped);
  EXPECT_TRUE(player_.reached_end());
  EXPECT_DOUBLE_EQ(player_.position(t0_), kMusicSeconds) << "the bar shows it finished";
  EXPECT_TRUE(audio_.fade_outs.empty()) << "it ended by itself";

  player_.play(t0_);
  EXPECT_FALSE(player_.reached_end());
  ASSERT_EQ(audio_.plays.size(), 2u);
  EXPECT_DOUBLE_EQ(audio_.plays[1].from, 0);
  EXPECT_EQ(audio_.plays[1].fade_in_ms, kFades.start_ms);
}

TEST_F(JourneyPlayerTest, SeekingAfterTheEndForgetsIt) {
  loaded().play(t0_);
  audio_.advance_music(kMusicSeconds);
  player_.keep_time(t0_);
  ASSERT_TRUE(player_.reached_end());
  player_.seek(60, t0_);
  EXPECT_FALSE(player_.reached_end());
  EXPECT_EQ(player_.state(), PlayState::Paused);
  player_.play(t0_);
  EXPECT_DOUBLE_EQ(audio_.plays.back().from, 60) << "carries on from where it was moved to";
}

TEST_F(JourneyPlayerTest, KeepTimeWhileStoppedOrPausedChangesNothing) {
  loaded().keep_time(t0_);
  EXPECT_EQ(player_.state(), PlayState::Stopped);
  EXPECT_FALSE(player_.reached_end());
}

TEST_F(JourneyPlayerTest, VolumeIsHeldWithinSilentAndFullAndPassedOn) {
  loaded();
  player_.set_volume(0.25);
  EXPECT_DOUBLE_EQ(player_.volume(), 0.25);
  EXPECT_DOUBLE_EQ(audio_.music_volume, 0.25);
  player_.set_volume(1.5);
  EXPECT_DOUBLE_EQ(player_.volume(), 1.0);
  EXPECT_DOUBLE_EQ(audio_.music_volume, 1.0);
  player_.set_volume(-0.5);
  EXPECT_DOUBLE_EQ(player_.volume(), 0.0);
  EXPECT_DOUBLE_EQ(audio_.music_volume, 0.0);
}

TEST_F(JourneyPlayerTest, TheVolumeChosenBeforeLoadingIsTheMusicsVolume) {
  player_.set_volume(0.3);
  EXPECT_DOUBLE_EQ(audio_.music_volume, 1.0) << "no music yet to pass it to";
  loaded();
  EXPECT_DOUBLE_EQ(audio_.music_volume, 0.3);
}

TEST_F(JourneyPlayerTest, TheMusicStopsWhenThePlayerGoes) {
  {
    JourneyPlayer player(audio_, assets_);
    player.load(kMusic, kStorySeconds);
    player.play(t0_);
  }
  EXPECT_EQ(audio_.fade_outs, (std::vector<int>{0}));
  EXPECT_EQ(audio_.music_position(), std::nullopt);
}

// Without music: the story's own time.

class JourneyPlayerWithoutMusicTest : public JourneyPlayerTest {
 protected:
  JourneyPlayerWithoutMusicTest() { audio_.set_available(false); }
};

TEST_F(JourneyPlayerWithoutMusicTest, TimeIsKeptByTheClock) {
  loaded().play(t0_);
  EXPECT_EQ(player_.state(), PlayState::Playing);
  EXPECT_DOUBLE_EQ(player_.position(t0_), 0);
  EXPECT_DOUBLE_EQ(player_.position(t0_ + 12500ms), 12.5);
  EXPECT_TRUE(audio_.plays.empty());
}

TEST_F(JourneyPlayerWithoutMusicTest, PauseHoldsTheExactPlaceAndPlayCarriesOn) {
  loaded().play(t0_);
  player_.pause(t0_ + 30s);
  EXPECT_EQ(player_.state(), PlayState::Paused);
  EXPECT_DOUBLE_EQ(player_.position(t0_ + 90s), 30) << "no fade to allow for";
  player_.play(t0_ + 90s);
  EXPECT_DOUBLE_EQ(player_.position(t0_ + 100s), 40);
}

TEST_F(JourneyPlayerWithoutMusicTest, SeekWhilePlayingRunsOnFromThere) {
  loaded().play(t0_);
  player_.seek(90, t0_ + 10s);
  EXPECT_DOUBLE_EQ(player_.position(t0_ + 15s), 95);
  player_.seek(500, t0_ + 15s);
  EXPECT_DOUBLE_EQ(player_.position(t0_ + 15s), kStorySeconds) << "held within the story";
}

TEST_F(JourneyPlayerWithoutMusicTest, SeekWhileStoppedWaitsPausedThere) {
  loaded().seek(40, t0_);
  EXPECT_EQ(player_.state(), PlayState::Paused);
  EXPECT_DOUBLE_EQ(player_.position(t0_ + 1min), 40);
  player_.play(t0_ + 1min);
  EXPECT_DOUBLE_EQ(player_.position(t0_ + 1min + 5s), 45);
}

TEST_F(JourneyPlayerWithoutMusicTest, StopGoesBackToTheStart) {
  loaded().play(t0_);
  player_.stop(t0_ + 50s);
  EXPECT_EQ(player_.state(), PlayState::Stopped);
  EXPECT_DOUBLE_EQ(player_.position(t0_ + 60s), 0);
  player_.play(t0_ + 60s);
  EXPECT_DOUBLE_EQ(player_.position(t0_ + 61s), 1);
}

TEST_F(JourneyPlayerWithoutMusicTest, ItEndsByItselfAtTheStorysEnd) {
  loaded().play(t0_);
  player_.keep_time(t0_ + 119s);
  EXPECT_EQ(player_.state(), PlayState::Playing);
  player_.keep_time(t0_ + 120s);
  EXPECT_EQ(player_.state(), PlayState::Stopped);
  EXPECT_TRUE(player_.reached_end());
  EXPECT_DOUBLE_EQ(player_.position(t0_ + 200s), kStorySeconds);

  player_.play(t0_ + 200s);
  EXPECT_FALSE(player_.reached_end());
  EXPECT_DOUBLE_EQ(player_.position(t0_ + 203s), 3) << "played again from the start";
}

TEST_F(JourneyPlayerWithoutMusicTest, PagesFollowingTheTimelineTurnOnTheirOwn) {
  // As the journey screen does each frame: keep time, then turn to the page the time has reached.
  Story story;
  for (const auto& [id, seconds] : {std::pair{"one", 10}, std::pair{"two", 20}, std::pair{"three", 30}}) {
    story.pages.emplace_back();
    story.pages.back().id = id;
    story.pages.back().seconds = seconds;
  }
  PageTurner turner(story);
  turner.set_follows_timeline(true, 0);
  player_.load(kMusic, story.total_seconds());
  player_.play(t0_);
  const auto page_at = [&](TimePoint now) {
    player_.keep_time(now);
    turner.follow(player_.position(now));
    return turner.page();
  };
  EXPECT_EQ(page_at(t0_ + 9s), 0u);
  EXPECT_EQ(page_at(t0_ + 10s), 1u);
  EXPECT_EQ(page_at(t0_ + 29s), 1u);
  EXPECT_EQ(page_at(t0_ + 30s), 2u);
  EXPECT_EQ(page_at(t0_ + 60s), 2u) << "the last page stays at the end";
  EXPECT_TRUE(player_.reached_end());
  // Turning back a page by hand moves the time there, and it runs on from that page.
  player_.seek(*turner.previous(), t0_ + 70s);
  player_.play(t0_ + 70s);
  EXPECT_EQ(page_at(t0_ + 75s), 1u);
  EXPECT_DOUBLE_EQ(player_.position(t0_ + 75s), 15);
}

TEST_F(JourneyPlayerWithoutMusicTest, VolumeIsStillHeldThoughThereIsNothingToPlay) {
  loaded();
  player_.set_volume(0.5);
  EXPECT_DOUBLE_EQ(player_.volume(), 0.5);
  EXPECT_DOUBLE_EQ(audio_.music_volume, 1.0) << "nothing to pass it to";
}

TEST_F(JourneyPlayerTest, AMusicFileThatWillNotPlayFallsBackToTheStorysTime) {
  loaded();
  audio_.music_file.clear();  // the fake's play_music now fails, as a device gone away would
  player_.play(t0_);
  EXPECT_FALSE(player_.has_music());
  EXPECT_TRUE(Contains(player_.music_problem(), "no music is open"));
  EXPECT_EQ(player_.state(), PlayState::Playing) << "the story carries on without music";
  EXPECT_DOUBLE_EQ(player_.length(), kStorySeconds);
  EXPECT_DOUBLE_EQ(player_.position(t0_ + 7s), 7);
  player_.keep_time(t0_ + 120s);
  EXPECT_TRUE(player_.reached_end());
}

TEST_F(JourneyPlayerTest, AResumeThatWillNotPlayCarriesOnFromThePauseWithoutMusic) {
  loaded().play(t0_);
  audio_.advance_music(30);
  player_.pause(t0_ + 30s);
  audio_.music_file.clear();
  player_.play(t0_ + 40s);
  EXPECT_FALSE(player_.has_music());
  EXPECT_EQ(player_.state(), PlayState::Playing);
  EXPECT_DOUBLE_EQ(player_.position(t0_ + 45s), 30 + kFades.pause_ms / 1000.0 + 5);
}

}  // namespace
}  // namespace kitbag
