#include "app/journey_player.h"

#include <algorithm>

#include "app/core/i18n/current_strings.h"

namespace kitbag {

JourneyPlayer::~JourneyPlayer() {
  if (has_music_) audio_.fade_out_music(0);
}

void JourneyPlayer::load(const std::string& music, double story_seconds) {
  if (has_music_ && state_ != PlayState::Stopped) audio_.fade_out_music(0);
  loaded_ = music;
  has_music_ = false;
  problem_.clear();
  state_ = PlayState::Stopped;
  held_ = 0;
  reached_end_ = false;
  playhead_ = Playhead(story_seconds);

  if (!audio_.available()) return report(audio_.status());
  auto file = assets_.find(music);
  if (!file) return report(file.error());
  auto length = audio_.open_music(file.value());
  if (!length) return report(length.error());
  has_music_ = true;
  music_length_ = length.value();
  audio_.set_music_volume(volume_);
}

void JourneyPlayer::report(std::string problem) {
  problem_ = std::move(problem);
  if (notices_ == nullptr || problem_ == reported_) return;
  reported_ = problem_;
  notices_->add({tr("journey.notice.no-music"), problem_ + "\n" + tr("journey.notice.no-music-still")});
}

double JourneyPlayer::length() const {
  return has_music_ ? music_length_ : playhead_.length();
}

void JourneyPlayer::play(TimePoint now) {
  if (state_ == PlayState::Playing) return;
  if (reached_end_ || held_ >= length()) held_ = 0;
  reached_end_ = false;
  if (has_music_) {
    const int fade = held_ > 0 ? fades_.resume_ms : fades_.start_ms;
    if (const Status played = audio_.play_music(held_, fade); !played) {
      // The device went away mid-journey: carry on without music rather than stall the story.
      report(played.error());
      has_music_ = false;
      playhead_.seek(held_, now);
    }
  }
  if (!has_music_) {
    playhead_.seek(held_, now);
    playhead_.play(now);
  }
  state_ = PlayState::Playing;
}

void JourneyPlayer::pause(TimePoint now) {
  if (state_ != PlayState::Playing) return;
  if (has_music_) {
    // The fade-out still plays a moment of music; carrying on starts after it, not before.
    held_ = std::min(position(now) + fades_.pause_ms / 1000.0, music_length_);
    audio_.fade_out_music(fades_.pause_ms);
  } else {
    playhead_.pause(now);
    held_ = playhead_.position(now);
  }
  state_ = PlayState::Paused;
}

void JourneyPlayer::stop(TimePoint now) {
  if (has_music_ && state_ == PlayState::Playing) audio_.fade_out_music(fades_.stop_ms);
  playhead_.stop();
  (void)now;
  held_ = 0;
  reached_end_ = false;
  state_ = PlayState::Stopped;
}

void JourneyPlayer::seek(double seconds, TimePoint now) {
  const double to = std::clamp(seconds, 0.0, length());
  reached_end_ = false;
  if (state_ == PlayState::Playing) {
    if (has_music_) {
      if (audio_.seek_music(to)) return;
      if (const Status played = audio_.play_music(to, fades_.resume_ms); !played) {
        // As in play(): the device went away, so the journey goes on without music.
        report(played.error());
        has_music_ = false;
        playhead_.seek(to, now);
        playhead_.play(now);
      }
    } else {
      playhead_.seek(to, now);
    }
    return;
  }
  held_ = to;
  playhead_.seek(to, now);
  // A stopped player moved along is one waiting to carry on from there.
  if (state_ == PlayState::Stopped && to > 0) state_ = PlayState::Paused;
}

void JourneyPlayer::set_volume(double fraction) {
  volume_ = std::clamp(fraction, 0.0, 1.0);
  if (has_music_) audio_.set_music_volume(volume_);
}

void JourneyPlayer::keep_time(TimePoint now) {
  if (state_ != PlayState::Playing) return;
  const bool ended = has_music_ ? !audio_.music_position().has_value() : playhead_.finished(now);
  if (!ended) return;
  playhead_.stop();
  state_ = PlayState::Stopped;
  held_ = length();
  reached_end_ = true;
}

double JourneyPlayer::position(TimePoint now) {
  if (state_ != PlayState::Playing) return held_;
  if (!has_music_) return playhead_.position(now);
  // No position while "playing" means it has just ended; keep_time will say so.
  return std::clamp(audio_.music_position().value_or(music_length_), 0.0, music_length_);
}

}  // namespace kitbag
