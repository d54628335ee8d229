// What the presenter view shows of each cards screen: the cards themselves, large, with no
// buttons, prompts or hints. The grown-up's window keeps those.
#pragma once

#include "app/core/cards/animal_table.h"
#include "app/core/cards/deck.h"
#include "app/core/cards/feelings_table.h"
#include "app/core/cards/presence_table.h"
#include "app/ui/card_pictures.h"
#include "app/ui/frame_context.h"

namespace kitbag::ui {

// The cards picked, side by side; before any are picked, the set on the table.
void present_feelings(FrameContext& frame, const Rect& area, const Deck& deck, const FeelingsTable& table,
                      CardPictures& pictures);
// The card chosen to look at, large; else every card as it lies, turned or not.
void present_animals(FrameContext& frame, const Rect& area, const Deck& deck, const AnimalTable& table,
                     CardPictures& pictures);
// The exercise in hand, large with its words; or all of them, while the grown-up shows all.
void present_presence(FrameContext& frame, const Rect& area, const Deck& deck, const PresenceTable& table,
                      CardPictures& pictures);

}  // namespace kitbag::ui
