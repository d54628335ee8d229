// Presence cards: one short exercise at a time, with next, previous, a random draw and a
// shuffle, or all of them laid out to choose from.
#pragma once

#include "app/core/cards/presence_table.h"
#include "app/core/i18n/current_strings.h"
#include "app/ui/running_tools.h"
#include "app/ui/screens/card_screen_kit.h"
#include "app/ui/screens/screen.h"

namespace kitbag::ui {

class PresenceScreen final : public Screen {
 public:
  // `tools` and `sounds` time a card with the shared timer, shown small under the card.
  PresenceScreen(CardScreenKit kit, RunningTools& tools, SoundCues& sounds,
                 std::uint32_t seed = std::random_device{}())
      : kit_(std::move(kit)), tools_(tools), sounds_(sounds), table_(seed) {}
  std::string title() const override { return tr("presence.screen-title"); }
  void draw(FrameContext& frame, const Rect& area) override;
  void present(FrameContext& frame, const Rect& area) override;

  const PresenceTable& table() const { return table_; }

 private:
  void draw_one_fitted(FrameContext& frame, const Rect& area, const Deck& deck, float top);
  void draw_one(FrameContext& frame, const Rect& area, const Deck& deck, float top);
  void draw_all(FrameContext& frame, const Rect& area, const Deck& deck, float top);

  CardScreenKit kit_;
  RunningTools& tools_;
  SoundCues& sounds_;
  PresenceTable table_;
  std::uint64_t library_generation_ = 0;  // the library starts at 1, so the first frame follows
};

// "About 1 minute", "About 30 seconds": a suggested length as a tired adult would say it.
std::string suggested_length(int seconds);

}  // namespace kitbag::ui
