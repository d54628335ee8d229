// Animal cards: laid out pictures up or words up; a tap turns a card over to show the other
// side; any card can be shown large with a question to talk about.
#pragma once

#include "app/core/cards/animal_table.h"
#include "app/core/i18n/current_strings.h"
#include "app/ui/screens/card_screen_kit.h"
#include "app/ui/screens/screen.h"

namespace kitbag::ui {

class AnimalsScreen final : public Screen {
 public:
  explicit AnimalsScreen(CardScreenKit kit, std::uint32_t seed = std::random_device{}())
      : kit_(std::move(kit)), table_(seed) {}
  std::string title() const override { return tr("animals.screen-title"); }
  void draw(FrameContext& frame, const Rect& area) override;
  void present(FrameContext& frame, const Rect& area) override;

  const AnimalTable& table() const { return table_; }

 private:
  void draw_table(FrameContext& frame, const Rect& area, const Deck& deck);
  void draw_chosen(FrameContext& frame, const Rect& area, const Deck& deck, const Card& card);

  CardScreenKit kit_;
  AnimalTable table_;
};

}  // namespace kitbag::ui
