// Pictures drawn from shapes, so they stay crisp at any size and need no image files.
#pragma once

#include <imgui.h>

#include "app/core/tool_catalog.h"

namespace kitbag::ui {

enum class Icon {
  None,
  Back,
  Forward,
  Info,
  Feelings,
  Animals,
  Presence,
  Timer,
  TalkingStick,
  WonderJourney,
  Play,
  Pause,
  Stop,
  Tick,    // done, chosen, sent
  Person,  // who is signed in
  Lock,    // child mode, for grown-ups
  Laptop,        // kept on this device
  SecondWindow   // the view to share in a video call
};

Icon tool_icon(ToolId tool);
// Draws `icon` to fit a circle of `radius` around `centre`. `background` is what it sits on,
// for the shapes that are cut out of others (the crescent moon).
void draw_icon(ImDrawList* draw, Icon icon, ImVec2 centre, float radius, ImU32 colour, ImU32 background);

}  // namespace kitbag::ui
