#include "app/ui/card_face.h"

#include <algorithm>

#include "app/core/cards/card_shape.h"
#include "app/core/cards/deck_parser.h"
#include "app/ui/card_shapes.h"
#include "app/ui/text.h"
#include "app/ui/theme.h"
#include "app/ui/widgets.h"

namespace kitbag::ui {
namespace {

constexpr ImU32 kWhite = IM_COL32(255, 255, 255, 255);

// Squeezes everything drawn since `first_vertex` towards `centre_x`, so a turning card narrows
// as one piece, words and all, instead of re-wrapping its text in a thinner box.
void squeeze_horizontally(ImDrawList* draw, int first_vertex, float centre_x, float factor) {
  for (int i = first_vertex; i < draw->VtxBuffer.Size; ++i) {
    ImDrawVert& v = draw->VtxBuffer[i];
    v.pos.x = centre_x + (v.pos.x - centre_x) * factor;
  }
}

void draw_tick_badge(FrameContext& frame, const Rect& card) {
  const float radius = std::clamp(card.width * 0.1f, frame.px(14), frame.px(22));
  const ImVec2 centre(card.right() - radius - frame.px(8), card.y + radius + frame.px(8));
  frame.draw->AddCircleFilled(centre, radius + frame.px(3), kWhite, 32);
  frame.draw->AddCircleFilled(centre, radius, palette().ink, 32);
  const ImVec2 points[] = {ImVec2(centre.x - radius * 0.45f, centre.y + radius * 0.02f),
                           ImVec2(centre.x - radius * 0.1f, centre.y + radius * 0.38f),
                           ImVec2(centre.x + radius * 0.48f, centre.y - radius * 0.35f)};
  frame.draw->AddPolyline(points, 3, kWhite, 0, radius * 0.24f);
}

// The name along the bottom of a card, on a strip of `strip` colour.
float draw_name_strip(FrameContext& frame, const Card& card, const Rect& face, float rounding, ImU32 strip,
                      ImU32 ink) {
  const float padding = std::clamp(face.width * 0.05f, frame.px(6), frame.px(14));
  const float width = face.width - 2 * padding;
  ImFont* font = font_that_fits({frame.fonts.label, frame.fonts.body, frame.fonts.small}, card.title, width,
                                frame.fonts.label->FontSize * 2);
  const float lines =
      static_cast<float>(std::min<std::size_t>(2, wrap_lines(font, card.title, width).size()));
  const float height = lines * font->FontSize + 2 * padding * 0.8f;
  const Rect band{face.x, face.bottom() - height, face.width, height};
  frame.draw->AddRectFilled(top_left(band), bottom_right(band), strip, rounding,
                            ImDrawFlags_RoundCornersBottom);
  draw_text_centred(frame, font, card.title, {band.x + padding, band.y + padding * 0.8f, width, band.height},
                    ink);
  return height;
}

void draw_front(FrameContext& frame, const Card& card, const Rect& face, float rounding,
                const std::optional<Texture>& picture) {
  const Palette& p = palette();
  const bool colour_card =
      shape_of_picture(card.picture).has_value() || (!picture && card.group == "colours");
  if (colour_card) {
    // The colour is the card: it fills it, with its shape on it and its name below.
    frame.draw->AddRectFilled(top_left(face), bottom_right(face), card_colour(card), rounding);
    const float strip = draw_name_strip(frame, card, face, rounding, p.surface, p.ink);
    draw_card_picture(frame, card, {face.x, face.y, face.width, face.height - strip}, picture,
                      card_colour(card));
  } else {
    frame.draw->AddRectFilled(top_left(face), bottom_right(face), card_tint(card), rounding);
    const float strip =
        draw_name_strip(frame, card, face, rounding, with_alpha(card_colour(card), 0.35f), p.ink);
    draw_card_picture(frame, card, {face.x, face.y, face.width, face.height - strip}, picture,
                      card_tint(card));
  }
  // A hairline keeps a white or cream card from melting into the page.
  frame.draw->AddRect(top_left(face), bottom_right(face), with_alpha(p.ink, 0.12f), rounding, 0,
                      frame.px(1.5f));
}

void draw_words(FrameContext& frame, const Card& card, const Rect& whole, float rounding,
                float top_reserved) {
  frame.draw->AddRectFilled(top_left(whole), bottom_right(whole), card_colour(card), rounding);
  const Rect face{whole.x, whole.y + top_reserved, whole.width, whole.height - top_reserved};
  const ImU32 ink = ink_on(card);
  const float padding = std::clamp(face.width * 0.08f, frame.px(8), frame.px(20));
  const float width = face.width - 2 * padding;
  const std::string& word = card.quality.empty() ? card.title : card.quality;
  ImFont* word_font = font_that_fits({frame.fonts.title, frame.fonts.label, frame.fonts.body}, word, width,
                                     face.height * 0.45f);
  const float word_height =
      static_cast<float>(wrap_lines(word_font, word, width).size()) * word_font->FontSize;
  // The sentence only where it fits whole; the word alone says enough on a small card.
  const float room = face.height - 2 * padding - word_height - frame.px(10);
  // A card with no quality (one a carer made) shows its name and its words on this side instead.
  const std::string_view sentence = card.text;
  ImFont* text_font = font_that_fits({frame.fonts.body, frame.fonts.small}, sentence, width, room);
  const float text_height =
      sentence.empty()
          ? 0
          : static_cast<float>(wrap_lines(text_font, sentence, width).size()) * text_font->FontSize;
  const bool show_text = !sentence.empty() && text_height <= room;
  const float total = word_height + (show_text ? frame.px(10) + text_height : 0);
  float y = face.y + (face.height - total) / 2;
  draw_text_centred(frame, word_font, word, {face.x + padding, y, width, word_height}, ink);
  if (show_text)
    draw_text_centred(frame, text_font, sentence,
                      {face.x + padding, y + word_height + frame.px(10), width, text_height},
                      with_alpha(ink, 0.9f));
}

}  // namespace

ImU32 card_colour(const Card& card) {
  return IM_COL32(card.colour.r, card.colour.g, card.colour.b, 255);
}

ImU32 card_tint(const Card& card) {
  return mix(card_colour(card), palette().surface, 0.6f);
}

ImU32 ink_on(const Card& card) {
  return wants_dark_text(card.colour) ? palette().ink : kWhite;
}

float card_rounding(const FrameContext& frame, const Rect& rect) {
  return std::clamp(std::min(rect.width, rect.height) * 0.09f, frame.px(12), frame.px(28));
}

void draw_card_picture(FrameContext& frame, const Card& card, const Rect& box,
                       const std::optional<Texture>& picture, ImU32 behind) {
  const float side = std::min(box.width, box.height) * 0.78f;
  const ImVec2 centre(box.center_x(), box.center_y());
  if (auto shape = shape_of_picture(card.picture)) {
    // Light shapes on dark colours and dark shapes on light ones, so the shape shows on any colour.
    // Opaque, so the overlapping parts some shapes are built from do not show darker seams.
    const ImU32 colour = wants_dark_text(card.colour) ? mix(card_colour(card), palette().ink, 0.5f)
                                                      : mix(card_colour(card), kWhite, 0.85f);
    draw_card_shape(frame.draw, *shape, centre, side / 2, colour, behind);
  } else if (picture && picture->width > 0 && picture->height > 0) {
    // Small art is not blown up past where it turns soft.
    const float shown = std::min(side, 2.0f * static_cast<float>(std::max(picture->width, picture->height)));
    const float aspect = static_cast<float>(picture->width) / static_cast<float>(picture->height);
    const ImVec2 size = aspect >= 1 ? ImVec2(shown, shown / aspect) : ImVec2(shown * aspect, shown);
    frame.draw->AddImage(reinterpret_cast<ImTextureID>(picture->id),
                         ImVec2(centre.x - size.x / 2, centre.y - size.y / 2),
                         ImVec2(centre.x + size.x / 2, centre.y + size.y / 2));
  } else {
    // No picture to show: a soft disc with the card's initial keeps the card from looking broken.
    frame.draw->AddCircleFilled(centre, side * 0.42f, with_alpha(card_colour(card), 0.55f), 48);
    const std::string initial(first_character(card.title));
    const ImVec2 size = measure_text(frame.fonts.title, initial);
    frame.draw->AddText(frame.fonts.title, frame.fonts.title->FontSize,
                        ImVec2(centre.x - size.x / 2, centre.y - size.y / 2), palette().ink, initial.c_str());
  }
}

void draw_card(FrameContext& frame, const Card& card, const Rect& rect, const std::optional<Texture>& picture,
               const CardLook& look) {
  const float rounding = card_rounding(frame, rect);
  const int first_vertex = frame.draw->VtxBuffer.Size;
  const float lift = look.held ? frame.px(1) : look.hovered || look.picked ? frame.px(9) : frame.px(4);
  const Rect face{rect.x,
                  rect.y + (look.held     ? frame.px(2)
                            : look.picked ? -frame.px(4)
                                          : 0),
                  rect.width, rect.height};
  draw_soft_shadow(frame, face, rounding, lift);
  if (look.side == CardSideShown::Words)
    draw_words(frame, card, face, rounding, look.top_reserved);
  else
    draw_front(frame, card, face, rounding, picture);
  if (look.hovered && !look.held)
    frame.draw->AddRectFilled(top_left(face), bottom_right(face), with_alpha(IM_COL32_WHITE, 0.12f),
                              rounding);
  if (look.picked) {
    frame.draw->AddRect(top_left(face), bottom_right(face), palette().ink, rounding, 0, frame.px(5));
    draw_tick_badge(frame, face);
  }
  if (look.turn_width < 1)
    squeeze_horizontally(frame.draw, first_vertex, face.center_x(), std::max(0.02f, look.turn_width));
  if (look.focus_ring) draw_focus_ring(frame, face, rounding);
}

}  // namespace kitbag::ui
