// Cards laid out in a grid that scrolls, each a control with the script ID "card:<id>", and
// optionally a corner button to show the card large ("card:<id>:show").
#pragma once

#include <functional>
#include <optional>
#include <span>
#include <string>

#include "app/core/card_grid.h"
#include "app/ui/card_face.h"
#include "app/ui/card_pictures.h"

namespace kitbag::ui {

struct CardTableEvent {
  std::string tapped;  // the card tapped, or empty
  std::string shown;   // the card whose "show large" button was pressed, or empty
};

struct CardTableSetup {
  std::string scroll_id;
  CardGridRules rules;
  bool show_buttons = false;
  std::function<CardLook(const Card&)> look_of;
  // What a screen reader, a script or a test reads for the card: its title unless told otherwise.
  std::function<std::string(const Card&)> label_of;
};

CardTableEvent card_table_view(FrameContext& frame, const Rect& area, std::span<const Card* const> cards,
                               CardPictures& pictures, const CardTableSetup& setup);

// Where a screen's card table goes: from `top` to the bottom of `area`, reaching a little into the
// page margins so the cards' shadows and focus rings have room.
Rect card_table_area(const FrameContext& frame, const Rect& area, float top);

// The grid rules every card screen starts from, scaled for the screen.
CardGridRules card_grid_rules(const FrameContext& frame, float aspect);

}  // namespace kitbag::ui
