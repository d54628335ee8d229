// The Wonder Journey's player: its music, streamed through the audio module, with what people
// expect of a player (play, pause, stop, a seek bar, volume, gentle fades). With no sound device
// or an unreadable music file it keeps the story's time on a Playhead instead, so the story and
// its auto-advance still work, and says once, in plain words, why there is no music.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "app/core/journey/playhead.h"
#include "app/core/notices.h"
#include "platform/asset_locator.h"
#include "platform/audio.h"

namespace kitbag {

enum class PlayState { Stopped, Playing, Paused };

// Fades, so nothing starts or stops with a jolt. Pausing is quick, so "silent while paused"
// is true almost at once; starting and stopping take their time.
struct PlayerFades {
  int start_ms = 3000;
  int resume_ms = 400;
  int pause_ms = 400;
  int stop_ms = 2500;
};

class JourneyPlayer {
 public:
  using TimePoint = std::chrono::steady_clock::time_point;

  // `notices`, when given, hears each new music problem in full (every folder searched, say),
  // once; the player's own view shows only its first line.
  JourneyPlayer(Audio& audio, const AssetLocator& assets, Notices* notices = nullptr)
      : audio_(audio), assets_(assets), notices_(notices) {}
  ~JourneyPlayer();
  JourneyPlayer(const JourneyPlayer&) = delete;
  JourneyPlayer& operator=(const JourneyPlayer&) = delete;

  // Opens `music` (inside the assets folder) for a journey of `story_seconds`, stopping what
  // played before. Nothing plays yet.
  void load(const std::string& music, double story_seconds);
  const std::string& loaded() const { return loaded_; }
  bool has_music() const { return has_music_; }
  // Why there is no music, naming the file or the device; empty when there is.
  const std::string& music_problem() const { return problem_; }

  void play(TimePoint now);  // from where it was: the start after stop or the end
  void pause(TimePoint now);
  void stop(TimePoint now);  // fades out and goes back to the start
  void seek(double seconds, TimePoint now);
  void set_volume(double fraction);
  double volume() const { return volume_; }

  // Once a frame: notices music that has reached its end by itself.
  void keep_time(TimePoint now);
  PlayState state() const { return state_; }
  // It played to the end, rather than being stopped (cleared by the next play).
  bool reached_end() const { return reached_end_; }
  double position(TimePoint now);
  double length() const;

 private:
  void report(std::string problem);

  Audio& audio_;
  const AssetLocator& assets_;
  Notices* notices_;
  std::string reported_;  // the last problem told to the notices, so it is told once
  std::string loaded_;
  bool has_music_ = false;
  std::string problem_;
  double music_length_ = 0;
  Playhead playhead_;  // the time without music
  PlayState state_ = PlayState::Stopped;
  double held_ = 0;  // where a paused or stopped player will carry on from
  bool reached_end_ = false;
  double volume_ = 0.8;
  PlayerFades fades_;
};

}  // namespace kitbag
