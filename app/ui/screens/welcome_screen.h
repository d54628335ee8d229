// The first-run welcome: what Kitbag is and what each tool is for, in about a minute. Each tool
// opens straight from it and Start goes home, so a child handed the laptop on its first run is
// one tap from the tools; leaving it any way means it is not offered again.
#pragma once

#include "app/preferences_service.h"
#include "app/ui/screens/screen.h"

namespace kitbag::ui {

class WelcomeScreen final : public Screen {
 public:
  explicit WelcomeScreen(PreferencesService& preferences) : preferences_(preferences) {}

  std::string title() const override;
  void draw(FrameContext& frame, const Rect& area) override;
  void left() override;

 private:
  PreferencesService& preferences_;
};

// Marks the welcome as seen on this device, so home stops offering it.
void put_welcome_aside(PreferencesService& preferences);

}  // namespace kitbag::ui
