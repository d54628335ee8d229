// Feelings cards: colours (each also named and shaped) and faces. The child taps the cards that
// fit how they feel, shows them side by side, and turns them back to start again.
#pragma once

#include "app/core/cards/feelings_table.h"
#include "app/core/i18n/current_strings.h"
#include "app/ui/screens/card_screen_kit.h"
#include "app/ui/screens/screen.h"

namespace kitbag::ui {

class FeelingsScreen final : public Screen {
 public:
  explicit FeelingsScreen(CardScreenKit kit) : kit_(std::move(kit)) {}
  std::string title() const override { return tr("feelings.screen-title"); }
  void draw(FrameContext& frame, const Rect& area) override;
  void present(FrameContext& frame, const Rect& area) override;
  void left() override { arrived_ = false; }

  const FeelingsTable& table() const { return table_; }

 private:
  void draw_table(FrameContext& frame, const Rect& area, const Deck& deck);
  void draw_picks(FrameContext& frame, const Rect& area, const Deck& deck);

  CardScreenKit kit_;
  FeelingsTable table_;
  bool arrived_ = false;  // drawn since the screen was last left
};

}  // namespace kitbag::ui
