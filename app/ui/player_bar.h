// The Wonder Journey's player controls: a seek bar with elapsed and remaining time and volume
// above, and play or pause, stop, back and on 15 seconds and (for a story) "turn pages with the
// music" below. With no music it says so calmly instead, and keeps only the page-turning switch.
#pragma once

#include <optional>
#include <vector>

#include "app/journey_player.h"
#include "app/ui/frame_context.h"

namespace kitbag::ui {

struct PlayerBarLook {
  // Where pages begin on the seek bar (seconds); none for the music alone.
  std::vector<double> marks;
  // "Turn pages with the music": shown for a story, on or off; nothing for the music alone.
  std::optional<bool> follow;
};

struct PlayerBarResult {
  bool follow_pressed = false;
};

class PlayerBar {
 public:
  // Room for the buttons `player` can show, each with the longest label it can take; with no
  // music, only the page-turning switch.
  float height(const FrameContext& frame, const JourneyPlayer& player, float width,
               const PlayerBarLook& look) const;
  PlayerBarResult draw(FrameContext& frame, JourneyPlayer& player, const Rect& area,
                       const PlayerBarLook& look);
  bool dragging() const { return drag_to_.has_value(); }

 private:
  void draw_seek_row(FrameContext& frame, JourneyPlayer& player, const Rect& row, const PlayerBarLook& look);
  void draw_volume(FrameContext& frame, JourneyPlayer& player, const Rect& area);

  std::optional<double> drag_to_;  // where the seek bar is being dragged to, before letting go
};

}  // namespace kitbag::ui
