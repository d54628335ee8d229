// The talking stick's pictures: each seat in the circle (a colour and an animal, so nobody is
// told apart by colour alone), the stick itself, and the bars that show who has spoken how much.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "app/core/cards/deck.h"
#include "app/ui/frame_context.h"
#include "platform/texture_store.h"

namespace kitbag::ui {

struct SeatLook {
  const char* picture;  // the card art it uses: "art/fox.png"
  ImU32 colour;
};
// Seat 0 to 7, in the order people join.
const SeatLook& seat_look(std::size_t seat);
// The seat's animal in the language in use ("Fox"), shown when nobody typed a name.
const std::string& seat_animal(std::size_t seat);
// A card standing for the seat's picture, for CardPictures to load.
Card seat_picture_card(std::size_t seat);
// What a seat is called: the typed name, else its animal.
std::string seat_label(std::size_t seat, std::string_view name);

// Where seat `i` of `n` sits round `ring`: an ellipse, the first at the top, clockwise.
ImVec2 seat_centre(const Rect& ring, std::size_t i, std::size_t n);
void draw_seat(FrameContext& frame, std::size_t seat, ImVec2 centre, float radius,
               const std::optional<Texture>& picture, bool holding);
// Where the stick rests while the seat at `seat` (of `seat_radius`) holds it: across the seat's
// lower right, as if in their hand.
ImVec2 held_stick_at(ImVec2 seat, float seat_radius);
// The stick, a wooden rod with coloured bands, centred on `at` and leaning as a held stick
// does, sized for seats of `seat_radius`.
void draw_talking_stick(FrameContext& frame, ImVec2 at, float seat_radius);

struct ShareRow {
  std::size_t seat;
  std::string label;
  float share;  // 0..1 of all the time spoken
  long long seconds;
  int turns;
};
// One row a person: their colour, name, a bar for their share with a mark at an equal share,
// and their time and turns in words. Returns the height used.
float draw_share_bars(FrameContext& frame, std::span<const ShareRow> rows, const Rect& area,
                      float row_height);

}  // namespace kitbag::ui
