// One full-window screen. The shell gives it the area below its top bar; it owns no rules,
// only turning what the core says into pictures and clicks into core calls.
#pragma once

#include <string>

#include "app/ui/frame_context.h"

namespace kitbag::ui {

class Screen {
 public:
  virtual ~Screen() = default;
  // Shown in the top bar; the home screen has none.
  virtual std::string title() const = 0;
  virtual void draw(FrameContext& frame, const Rect& area) = 0;
};

}  // namespace kitbag::ui
