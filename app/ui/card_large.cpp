#include "app/ui/card_large.h"

#include <algorithm>
#include <string>

#include "app/core/cards/card_shape.h"
#include "app/ui/card_face.h"
#include "app/ui/text.h"
#include "app/ui/theme.h"
#include "app/ui/widgets.h"

namespace kitbag::ui {
namespace {

float lines_height(ImFont* font, std::string_view text, float width) {
  return text.empty() ? 0 : static_cast<float>(wrap_lines(font, text, width).size()) * font->FontSize;
}

}  // namespace

void draw_card_large(FrameContext& frame, const Card& card, const Rect& rect,
                     const std::optional<Texture>& picture, const LargeCardWords& words) {
  const Palette& p = palette();
  const float rounding = frame.px(28);
  draw_soft_shadow(frame, rect, rounding, frame.px(8));
  frame.draw->AddRectFilled(top_left(rect), bottom_right(rect), p.surface, rounding);

  // The picture takes the left part of a wide card and the top of a tall one.
  const bool wide = rect.width >= rect.height * 1.15f;
  const bool colour_card = shape_of_picture(card.picture).has_value();
  const ImU32 behind = colour_card ? card_colour(card) : card_tint(card);
  // On a short wide card the picture keeps to about a square, leaving the words the width they
  // need rather than squeezing them into more lines than the card has room for.
  Rect picture_box = wide ? Rect{rect.x, rect.y, std::min(rect.width * 0.45f, rect.height * 1.2f), rect.height}
                          : Rect{rect.x, rect.y, rect.width, rect.height * 0.48f};
  frame.draw->AddRectFilled(top_left(picture_box), bottom_right(picture_box), behind, rounding,
                            wide ? ImDrawFlags_RoundCornersLeft : ImDrawFlags_RoundCornersTop);
  draw_card_picture(frame, card, inset(picture_box, frame.px(12)), picture, behind);

  const float padding = std::clamp(rect.width * 0.04f, frame.px(16), frame.px(36));
  const Rect words_box =
      wide ? Rect{picture_box.right() + padding, rect.y + padding,
                  rect.right() - picture_box.right() - 2 * padding, rect.height - 2 * padding}
           : Rect{rect.x + padding, picture_box.bottom() + padding * 0.7f, rect.width - 2 * padding,
                  rect.bottom() - picture_box.bottom() - 1.7f * padding};
  const float width = words_box.width;
  const std::string_view title = words.title ? std::string_view(card.title) : std::string_view();
  const std::string_view quality = words.quality ? std::string_view(card.quality) : std::string_view();
  const std::string_view text = words.text ? std::string_view(card.text) : std::string_view();
  const float gap = frame.px(10);

  std::string_view footnote = words.footnote;
  // The biggest fonts with which everything fits; the words shrink before anything is cut.
  ImFont* title_font = frame.fonts.title;
  ImFont* text_font = frame.fonts.label;
  auto total = [&] {
    return lines_height(title_font, title, width) + lines_height(frame.fonts.label, quality, width) +
           lines_height(text_font, text, width) + lines_height(frame.fonts.small, footnote, width) + 3 * gap;
  };
  for (ImFont* font : {frame.fonts.label, frame.fonts.body, frame.fonts.small}) {
    text_font = font;
    if (total() <= words_box.height) break;
  }
  if (total() > words_box.height) title_font = frame.fonts.label;
  // Still too tall (large text on a small window): the suggested length goes before the words do.
  if (total() > words_box.height) footnote = {};

  float y = words_box.y + std::max(0.0f, (words_box.height - total()) / 2);
  auto put = [&](ImFont* font, std::string_view line, ImU32 colour) {
    if (line.empty()) return;
    const Rect used =
        wide ? draw_text(frame, font, line, ImVec2(words_box.x, y), colour, width)
             : draw_text_centred(frame, font, line, {words_box.x, y, width, words_box.bottom() - y}, colour);
    y = used.bottom() + gap;
  };
  put(title_font, title, p.ink);
  if (!quality.empty()) {
    // The quality on a chip of the card's colour, as on the back of the card.
    const ImVec2 size = measure_text(frame.fonts.label, quality);
    const float chip_x = wide ? words_box.x : words_box.center_x() - size.x / 2 - frame.px(14);
    const Rect chip{chip_x, y, size.x + frame.px(28), size.y + frame.px(10)};
    frame.draw->AddRectFilled(top_left(chip), bottom_right(chip), card_colour(card), chip.height / 2);
    draw_text(frame, frame.fonts.label, quality, ImVec2(chip.x + frame.px(14), chip.y + frame.px(5)),
              ink_on(card));
    y = chip.bottom() + gap;
  }
  put(text_font, text, p.ink);
  put(frame.fonts.small, footnote, p.ink_soft);
}

}  // namespace kitbag::ui
