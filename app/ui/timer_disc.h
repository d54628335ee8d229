// The timer's picture: a coloured disc that shrinks as time passes, on a round face with
// twelve marks, and a soft swelling ring when time is up. Drawn the same at any size, so the
// full timer, the presence card's timer and the talking stick's turn all look alike.
#pragma once

#include "app/ui/frame_context.h"

namespace kitbag::ui {

struct TimerDiscLook {
  float fraction_left = 1;     // of the coloured disc, 0..1
  bool colours_change = true;  // green, amber, red; else one calm blue
  bool finished = false;       // time is up: the face turns a soft gold
  float end_pulse = -1;        // 0..1 through one swell of the end cue; below 0 for none
};

// The colour of the disc with this much left.
ImU32 timer_disc_colour(float fraction_left, bool colours_change);
void draw_timer_disc(FrameContext& frame, ImVec2 centre, float radius, const TimerDiscLook& look);

}  // namespace kitbag::ui
