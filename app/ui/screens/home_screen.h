// The home screen: a greeting and a large tile for each tool; below them, who is signed in,
// whether the counts are saved here or sent, the view to share in a video call, and handing
// the app to a child; until it has been seen, the welcome tour is offered there too. In child
// mode only the tiles and the grown-ups' way out are shown.
#pragma once

#include "app/core/child_lock.h"
#include "app/preferences_service.h"
#include "app/ui/presenter_view.h"
#include "app/ui/screens/screen.h"
#include "app/usage_service.h"

namespace kitbag::ui {

class HomeScreen final : public Screen {
 public:
  HomeScreen(UsageService& usage, const ChildLock& lock, PreferencesService& preferences,
             PresenterSwitch& presenter)
      : usage_(usage), lock_(lock), preferences_(preferences), presenter_(presenter) {}
  std::string title() const override;
  void draw(FrameContext& frame, const Rect& area) override;

 private:
  void draw_account_bar(FrameContext& frame, const struct AccountBar& bar);
  // The welcome's tour and "Not now", below the title; returns the space they took.
  Rect draw_welcome_offer(FrameContext& frame, ImVec2 origin, float room);

  UsageService& usage_;
  const ChildLock& lock_;
  PreferencesService& preferences_;  // whether the welcome has been seen on this device
  PresenterSwitch& presenter_;
};

}  // namespace kitbag::ui
