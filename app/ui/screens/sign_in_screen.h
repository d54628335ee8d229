// Signing in: the organisation (searched for in the shipped list, the device's last one chosen
// already) and the personal access code it gave. Checked offline, the first time on a device
// too. Only a pseudonym made from the two is ever kept; the code itself is wiped on leaving.
#pragma once

#include <string>

#include "app/ui/screens/screen.h"
#include "app/usage_service.h"

namespace kitbag::ui {

class SignInScreen final : public Screen {
 public:
  explicit SignInScreen(UsageService& usage) : usage_(usage) {}
  std::string title() const override;
  void draw(FrameContext& frame, const Rect& area) override;
  void left() override;

  const std::string& chosen_org() const { return chosen_org_; }

 private:
  void draw_organisations(FrameContext& frame, const Rect& area);
  void draw_code(FrameContext& frame, const Rect& area);
  void submit(FrameContext& frame);

  UsageService& usage_;
  std::string search_;
  std::string chosen_org_;
  bool chose_last_org_ = false;
  std::string code_;
  std::string message_;
};

}  // namespace kitbag::ui
