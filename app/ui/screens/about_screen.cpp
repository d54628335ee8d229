#include "app/ui/screens/about_screen.h"

#include <algorithm>

#include "app/core/i18n/current_strings.h"
#include "app/core/ui_ids.h"
#include "app/ui/scroll_area.h"
#include "app/ui/text.h"
#include "app/ui/theme.h"
#include "app/ui/widgets.h"

namespace kitbag::ui {

std::string AboutScreen::title() const {
  return tr("about.title");
}

void AboutScreen::draw(FrameContext& frame, const Rect& area) {
  const Palette& p = palette();
  const float margin = page_margin(frame, area.width);
  // On a small window, or with a notice showing, the card may be taller than the room for it.
  ScrollArea scroll(frame, "about", area);
  const float width = std::min(scroll.content_width() - 2 * margin, frame.px(900));
  Rect card{scroll.origin().x + scroll.content_width() / 2 - width / 2, scroll.origin().y + margin / 2, width,
            0};
  const float rounding = frame.px(24);
  // The words go on the upper channel first, so the card behind them can fit their height.
  frame.draw->ChannelsSplit(2);
  frame.draw->ChannelsSetCurrent(1);

  const float padding = frame.px(36);
  const float text_width = card.width - 2 * padding;
  float y = card.y + padding;
  auto paragraph = [&](ImFont* font, const std::string& text, ImU32 colour, float space_after) {
    y = draw_text(frame, font, text, ImVec2(card.x + padding, y), colour, text_width).bottom() + space_after;
  };

  const std::string& typeface = frame.fonts.typeface == kUsualTypeface ? tr("about.typeface.andika")
                                : frame.fonts.typeface == kEasyReadTypeface
                                    ? tr("about.typeface.opendyslexic")
                                    : tr("about.typeface.plain");

  paragraph(frame.fonts.label, tr("about.version", {{"version", facts_.version}}), p.ink, frame.px(14));
  paragraph(frame.fonts.body, tr("about.what"), p.ink, frame.px(14));
  paragraph(frame.fonts.body, tr("about.nothing-stored"), p.ink, frame.px(24));
  paragraph(frame.fonts.small, tr("about.data-folder", {{"folder", facts_.data_dir}}), p.ink_soft,
            frame.px(8));
  paragraph(frame.fonts.small, typeface, p.ink_soft, frame.px(8));
  paragraph(frame.fonts.small, tr("about.pictures"), p.ink_soft, frame.px(20));
  // The one-minute tour, for a colleague new to Kitbag on this laptop.
  const PillButton welcome{std::string(ui_id::kWelcomeAgain), tr("welcome.again"), Icon::Forward, false, true, true};
  if (pill_button(frame, welcome, ImVec2(card.x + padding, y))) frame.navigator.open(ScreenId::Welcome);
  y += pill_button_height(frame);

  card.height = y + padding - card.y;
  frame.draw->ChannelsSetCurrent(0);
  draw_soft_shadow(frame, card, rounding, frame.px(3));
  frame.draw->AddRectFilled(top_left(card), bottom_right(card), p.surface, rounding);
  frame.draw->ChannelsMerge();
  scroll.finish(card.bottom() + margin - scroll.origin().y);
}

}  // namespace kitbag::ui
