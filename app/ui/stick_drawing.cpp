#include "app/ui/stick_drawing.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

#include "app/core/i18n/current_strings.h"
#include "app/core/timer/timer_lengths.h"
#include "app/ui/text.h"
#include "app/ui/theme.h"

namespace kitbag::ui {
namespace {

constexpr float kPi = std::numbers::pi_v<float>;

constexpr ImU32 rgb(unsigned hex) {
  return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, 0xFF);
}

// In the same order as the animals in seat_animal().
constexpr std::array<SeatLook, 8> kSeats = {{
    {"art/fox.png", rgb(0xF4A06B)},
    {"art/owl.png", rgb(0xB49BE0)},
    {"art/turtle.png", rgb(0x86C98F)},
    {"art/rabbit.png", rgb(0xF3B4CB)},
    {"art/whale.png", rgb(0x8CC3EA)},
    {"art/bee.png", rgb(0xF6D36B)},
    {"art/bear.png", rgb(0xC9A27E)},
    {"art/penguin.png", rgb(0xA9B4C6)},
}};

// The first letter of `word`, whole: "Ż" is two bytes in UTF-8.
std::string_view first_letter(std::string_view word) {
  if (word.empty()) return word;
  std::size_t end = 1;
  while (end < word.size() && (static_cast<unsigned char>(word[end]) & 0xC0) == 0x80) ++end;
  return word.substr(0, end);
}

}  // namespace

const SeatLook& seat_look(std::size_t seat) {
  return kSeats[seat % kSeats.size()];
}

const std::string& seat_animal(std::size_t seat) {
  switch (seat % kSeats.size()) {
    case 0:
      return tr("stick.animal.fox");
    case 1:
      return tr("stick.animal.owl");
    case 2:
      return tr("stick.animal.turtle");
    case 3:
      return tr("stick.animal.rabbit");
    case 4:
      return tr("stick.animal.whale");
    case 5:
      return tr("stick.animal.bee");
    case 6:
      return tr("stick.animal.bear");
    default:
      return tr("stick.animal.penguin");
  }
}

Card seat_picture_card(std::size_t seat) {
  Card card;
  card.id = "seat-" + std::to_string(seat + 1);
  card.title = seat_animal(seat);
  card.picture = seat_look(seat).picture;
  return card;
}

std::string seat_label(std::size_t seat, std::string_view name) {
  return name.empty() ? seat_animal(seat) : std::string(name);
}

void draw_seat(FrameContext& frame, std::size_t seat, ImVec2 centre, float radius,
               const std::optional<Texture>& picture, bool holding) {
  const SeatLook& look = seat_look(seat);
  const Palette& p = palette();
  ImDrawList* draw = frame.draw;
  draw->AddCircleFilled(ImVec2(centre.x, centre.y + frame.px(3)), radius + frame.px(1), p.shadow, 64);
  draw->AddCircleFilled(centre, radius, look.colour, 64);
  draw->AddCircleFilled(centre, radius * 0.8f, with_alpha(p.surface, 0.55f), 64);
  if (picture) {
    const float half = radius * 0.6f;
    draw->AddImage(reinterpret_cast<ImTextureID>(picture->id), ImVec2(centre.x - half, centre.y - half),
                   ImVec2(centre.x + half, centre.y + half));
  } else {
    const std::string_view letter = first_letter(seat_animal(seat));
    const ImVec2 size = measure_text(frame.fonts.title, letter);
    draw->AddText(frame.fonts.title, frame.fonts.title->FontSize,
                  ImVec2(centre.x - size.x / 2, centre.y - size.y / 2), p.ink, letter.data(),
                  letter.data() + letter.size());
  }
  // The holder's seat wears a thick dark ring: clear without colour.
  if (holding) draw->AddCircle(centre, radius + frame.px(7), p.ink, 64, frame.px(5));
}

ImVec2 seat_centre(const Rect& ring, std::size_t i, std::size_t n) {
  const float angle = -kPi / 2 + 2 * kPi * static_cast<float>(i) / static_cast<float>(n);
  return ImVec2(ring.center_x() + std::cos(angle) * ring.width / 2,
                ring.center_y() + std::sin(angle) * ring.height / 2);
}

ImVec2 held_stick_at(ImVec2 seat, float seat_radius) {
  return ImVec2(seat.x + seat_radius * 0.7f, seat.y + seat_radius * 0.35f);
}

void draw_talking_stick(FrameContext& frame, ImVec2 centre, float seat_radius) {
  ImDrawList* draw = frame.draw;
  const float length = seat_radius * 1.6f;
  const float angle = -kPi / 3;
  const ImVec2 axis(std::cos(angle), std::sin(angle));
  auto at = [&](float t) { return ImVec2(centre.x + axis.x * length * t, centre.y + axis.y * length * t); };
  const float thick = std::max(frame.px(8), length * 0.13f);
  const ImU32 wood = rgb(0x9A6638);
  const ImU32 shade = palette().shadow;
  draw->AddLine(ImVec2(at(-0.5f).x, at(-0.5f).y + frame.px(3)), ImVec2(at(0.5f).x, at(0.5f).y + frame.px(3)),
                shade, thick);
  draw->AddLine(at(-0.5f), at(0.5f), wood, thick);
  draw->AddCircleFilled(at(-0.5f), thick / 2, wood, 24);
  // Bands of colour near the top, and a round knob to hold.
  const std::array<ImU32, 3> bands = {rgb(0xE05D4F), rgb(0xF0B030), rgb(0x3E8EC4)};
  for (std::size_t i = 0; i < bands.size(); ++i) {
    const float t = 0.12f + 0.1f * static_cast<float>(i);
    draw->AddLine(at(t), at(t + 0.06f), bands[i], thick + frame.px(1));
  }
  draw->AddCircleFilled(at(0.5f), thick * 0.8f, rgb(0x7A4C26), 24);
}

float draw_share_bars(FrameContext& frame, std::span<const ShareRow> rows, const Rect& area,
                      float row_height) {
  const Palette& p = palette();
  const float dot = row_height * 0.32f;
  const float label_width = std::min(area.width * 0.3f, frame.px(150));
  auto figures_of = [](const ShareRow& row) {
    return tr_count("stick.figures", row.turns, {{"time", clock_text(row.seconds)}});
  };
  float figures_width = 0;
  for (const ShareRow& row : rows)
    figures_width = std::max(figures_width, measure_text(frame.fonts.small, figures_of(row)).x);
  const float bar_x = area.x + 2 * dot + frame.px(10) + label_width;
  const float bar_width = std::max(frame.px(40), area.right() - figures_width - frame.px(12) - bar_x);
  const float fair = rows.empty() ? 0 : 1.0f / static_cast<float>(rows.size());
  float y = area.y;
  for (const ShareRow& row : rows) {
    const float mid = y + row_height / 2;
    frame.draw->AddCircleFilled(ImVec2(area.x + dot, mid), dot, seat_look(row.seat).colour, 24);
    ImFont* font = font_that_fits({frame.fonts.body, frame.fonts.small}, row.label, label_width, row_height);
    draw_text(frame, font, row.label, ImVec2(area.x + 2 * dot + frame.px(10), mid - font->FontSize / 2),
              p.ink);
    const float bar_height = row_height * 0.45f;
    const Rect bar{bar_x, mid - bar_height / 2, bar_width, bar_height};
    frame.draw->AddRectFilled(top_left(bar), bottom_right(bar), p.page_shape, bar_height / 2);
    if (row.share > 0)
      frame.draw->AddRectFilled(top_left(bar),
                                ImVec2(bar.x + std::max(bar_height, bar.width * row.share), bar.bottom()),
                                seat_look(row.seat).colour, bar_height / 2);
    // The equal share, marked, so "more than their share" can be seen without counting.
    const float fair_x = bar.x + bar.width * fair;
    frame.draw->AddLine(ImVec2(fair_x, bar.y - frame.px(4)), ImVec2(fair_x, bar.bottom() + frame.px(4)),
                        with_alpha(p.ink, 0.6f), frame.px(2));
    const std::string figures = figures_of(row);
    draw_text(frame, frame.fonts.small, figures,
              ImVec2(bar.right() + frame.px(12), mid - frame.fonts.small->FontSize / 2), p.ink_soft);
    y += row_height;
  }
  return y - area.y;
}

}  // namespace kitbag::ui
