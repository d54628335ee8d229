// About Kitbag Desk: what it is, what it keeps, where, and whose work it uses.
#pragma once

#include <string>

#include "app/ui/screens/screen.h"

namespace kitbag::ui {

struct AboutFacts {
  std::string version;
  std::string data_dir;  // the folder, or why there is none
};

class AboutScreen final : public Screen {
 public:
  explicit AboutScreen(AboutFacts facts) : facts_(std::move(facts)) {}
  std::string title() const override;
  void draw(FrameContext& frame, const Rect& area) override;

 private:
  AboutFacts facts_;
};

}  // namespace kitbag::ui
