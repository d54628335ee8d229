// The home screen: a greeting and a large tile for each tool.
#pragma once

#include "app/ui/screens/screen.h"

namespace kitbag::ui {

class HomeScreen final : public Screen {
 public:
  std::string title() const override { return "Home"; }
  void draw(FrameContext& frame, const Rect& area) override;
};

}  // namespace kitbag::ui
