// A part of the screen whose content may be taller than it: it scrolls by mouse wheel, by its
// bar, and by PageUp, PageDown, Home and End; a control that gets keyboard focus scrolls into
// view. Scripts and tests see only what is scrolled into sight.
#pragma once

#include <string>

#include "app/ui/frame_context.h"

namespace kitbag::ui {

class ScrollArea {
 public:
  // Starts drawing into `area`; everything drawn until finish() scrolls with it.
  ScrollArea(FrameContext& frame, const std::string& id, const Rect& area);
  ~ScrollArea();
  ScrollArea(const ScrollArea&) = delete;
  ScrollArea& operator=(const ScrollArea&) = delete;

  // Where content starts: the area's top-left corner, moved by the scroll.
  ImVec2 origin() const { return origin_; }
  // Width left for content beside the scroll bar.
  float content_width() const { return width_; }
  // Ends the area, telling it how tall its content was.
  void finish(float content_height);

 private:
  FrameContext& frame_;
  ImDrawList* outer_draw_;
  ImVec2 origin_;
  float width_;
  bool finished_ = false;
};

// Draws `draw(room)` into `area` when it is at least `needed` tall. Where it is not (large text
// on a small window), `room` is `needed` tall inside a scroll area over `area`, so whatever is
// drawn scrolls together rather than lying on top of itself.
template <class Draw>
void draw_or_scroll(FrameContext& frame, const std::string& id, const Rect& area, float needed, Draw&& draw) {
  if (area.height >= needed) {
    draw(area);
    return;
  }
  ScrollArea scroll(frame, id, area);
  draw(Rect{scroll.origin().x, scroll.origin().y, scroll.content_width(), needed});
  scroll.finish(needed);
}

}  // namespace kitbag::ui
