// Settings for the grown-ups: who the tools are set up for, how big everything is drawn, whether
// things move, and high contrast; where this device sends its anonymous counts (the collector's
// address), whether they have gone, and what exactly is counted.
#pragma once

#include <string>

#include "app/preferences_service.h"
#include "app/ui/screens/screen.h"
#include "app/ui/presenter_view.h"
#include "app/usage_service.h"

namespace kitbag::ui {

// What the sync status means, in a sentence for people.
std::string sync_status_sentence(const SyncStatus& status, std::chrono::steady_clock::time_point now);

class SettingsScreen final : public Screen {
 public:
  SettingsScreen(UsageService& usage, PreferencesService& preferences, PresenterSwitch& presenter)
      : usage_(usage), preferences_(preferences), presenter_(presenter) {}
  std::string title() const override;
  void draw(FrameContext& frame, const Rect& area) override;
  void left() override;

 private:
  // Each draws its part from (x, y) in `width` and returns where it ended.
  float draw_looks(FrameContext& frame, float x, float y, float width);
  float draw_counts(FrameContext& frame, float x, float y, float width);
  float draw_video_calls(FrameContext& frame, float x, float y, float width);

  UsageService& usage_;
  PreferencesService& preferences_;
  PresenterSwitch& presenter_;
  bool editing_ = false;  // the address box holds what is being typed, not what is saved
  std::string address_;
  std::string message_;
  bool message_is_problem_ = false;
};

}  // namespace kitbag::ui
