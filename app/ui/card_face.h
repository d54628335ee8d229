// How a card looks: its front (a picture or a coloured shape, and its name) and, for animal
// cards, the side with its quality. Every cards screen draws its cards with these.
#pragma once

#include <optional>

#include "app/core/cards/deck.h"
#include "app/ui/frame_context.h"
#include "platform/texture_store.h"

namespace kitbag::ui {

enum class CardSideShown { Front, Words };

struct CardLook {
  CardSideShown side = CardSideShown::Front;
  bool hovered = false;
  bool held = false;
  bool picked = false;  // drawn with a border and a tick, never by colour alone
  bool focus_ring = false;
  float turn_width = 1;
  float top_reserved = 0;  // kept clear of words at the top, for a button drawn over the card  // below 1
                           // while turning over: the card drawn narrower about its centre
};

void draw_card(FrameContext& frame, const Card& card, const Rect& rect, const std::optional<Texture>& picture,
               const CardLook& look);

// A card's picture, or its shape, fitted into `box` (used by the large single-card views too).
void draw_card_picture(FrameContext& frame, const Card& card, const Rect& box,
                       const std::optional<Texture>& picture, ImU32 behind);

ImU32 card_colour(const Card& card);
// The pale fill behind a picture card, so the picture stands out and dark words read on it.
ImU32 card_tint(const Card& card);
// Dark ink or white: whichever reads better on the card's own colour.
ImU32 ink_on(const Card& card);
float card_rounding(const FrameContext& frame, const Rect& rect);

}  // namespace kitbag::ui
