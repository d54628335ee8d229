// How big to draw everything: the monitor's content scale (DPI) times a factor for the window's
// size, so a netbook stays compact and a large screen is readable across a room.
#pragma once

#include "app/core/command_line.h"

namespace kitbag {

inline constexpr WindowSize kDesignSize{1280, 800};  // the size the screens are drawn for at scale 1
inline constexpr float kMinSizeFactor = 0.9f;
inline constexpr float kMaxSizeFactor = 1.6f;

// `window` in pixels. Moves in steps of 0.1, so resizing a window rebuilds fonts rarely.
float ui_scale(float content_scale, WindowSize window);

// A window's scale with the look chosen in Settings (the text size, a little smaller for older
// children), never below `floor`: a finger-sized button stays finger-sized.
float scale_for_look(float window_scale, float floor, const struct Preferences& preferences);
// ui_scale with the look, its floor the smallest window's scale on this monitor.
float ui_scale(float content_scale, WindowSize window, const Preferences& preferences);

}  // namespace kitbag
