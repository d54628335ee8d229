// The home screen: a greeting and a large tile for each tool; below them, who is signed in,
// whether the counts are saved here or sent, and handing the app to a child. In child mode
// only the tiles and the grown-ups' way out are shown.
#pragma once

#include "app/core/child_lock.h"
#include "app/ui/screens/screen.h"
#include "app/usage_service.h"

namespace kitbag::ui {

class HomeScreen final : public Screen {
 public:
  HomeScreen(UsageService& usage, const ChildLock& lock) : usage_(usage), lock_(lock) {}
  std::string title() const override;
  void draw(FrameContext& frame, const Rect& area) override;

 private:
  void draw_account_bar(FrameContext& frame, const struct AccountBar& bar);

  UsageService& usage_;
  const ChildLock& lock_;
};

}  // namespace kitbag::ui
