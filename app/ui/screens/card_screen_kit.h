// What every cards screen shares: the decks, their pictures, and the way to "Your cards".
#pragma once

#include <functional>

#include "app/card_library.h"
#include "app/ui/card_pictures.h"

namespace kitbag::ui {

struct CardScreenKit {
  CardLibrary& library;
  CardPictures& pictures;
  std::function<void(DeckId)> open_own_cards;  // opens "Your cards" on that deck
};

}  // namespace kitbag::ui
