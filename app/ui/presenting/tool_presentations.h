// What the presenter view shows of the timer and the talking stick: the disc and its digits
// as big as the window allows; the circle of seats with the stick beside whoever holds it.
// No buttons, settings or shares: those stay in the grown-up's window.
#pragma once

#include "app/ui/card_pictures.h"
#include "app/ui/frame_context.h"
#include "app/ui/running_tools.h"

namespace kitbag::ui {

void present_timer(FrameContext& frame, const Rect& area, const RunningTools& tools);
void present_stick_circle(FrameContext& frame, const Rect& area, const TalkingCircle& circle,
                          CardPictures& pictures);

}  // namespace kitbag::ui
