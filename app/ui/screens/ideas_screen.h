// Ideas for grown-ups: what each tool is for, ways to use it (to break the ice, as a check-in,
// with siblings, parents, teenagers, in team meetings) and how to close a session gently.
// Opened from a tool's top bar on that tool; the other tools' ideas are a tap away.
#pragma once

#include "app/core/tool_catalog.h"
#include "app/ui/screens/screen.h"

namespace kitbag::ui {

class IdeasScreen final : public Screen {
 public:
  std::string title() const override;
  void draw(FrameContext& frame, const Rect& area) override;

  // The tool whose ideas show first.
  void show_for(ToolId tool) { tool_ = tool; }
  ToolId showing() const { return tool_; }

 private:
  float draw_ideas(FrameContext& frame, float x, float y, float width);

  ToolId tool_ = ToolId::Feelings;
};

}  // namespace kitbag::ui
