#include "app/ui/screens/own_cards_screen.h"

#include <algorithm>
#include <array>

#include "app/core/i18n/current_strings.h"
#include "app/core/ui_ids.h"
#include "app/ui/button_row.h"
#include "app/ui/card_face.h"
#include "app/ui/card_large.h"
#include "app/ui/message_box.h"
#include "app/ui/scroll_area.h"
#include "app/ui/text.h"
#include "app/ui/text_field.h"
#include "app/ui/theme.h"
#include "app/ui/widgets.h"

namespace kitbag::ui {
namespace {

struct Swatch {
  const char* name_key;  // looked up each frame, so the name follows the language
  Rgb colour;
};
// Named, so the choice is read out and shown in words as well as in colour.
constexpr std::array kSwatches = {
    Swatch{"own-cards.colour.sunny-yellow", {0xF6, 0xC9, 0x4E}},
    Swatch{"own-cards.colour.orange", {0xF2, 0x8C, 0x3B}},
    Swatch{"own-cards.colour.coral", {0xE8, 0x6F, 0x68}},
    Swatch{"own-cards.colour.pink", {0xF1, 0xA7, 0xC4}},
    Swatch{"own-cards.colour.purple", {0x8E, 0x6C, 0xC4}},
    Swatch{"own-cards.colour.sky-blue", {0x79, 0xB8, 0xE6}},
    Swatch{"own-cards.colour.sea-green", {0x4F, 0xB3, 0x9A}},
    Swatch{"own-cards.colour.leaf-green", {0x8C, 0xC0, 0x5A}},
    Swatch{"own-cards.colour.sand", {0xD9, 0xB9, 0x8C}},
    Swatch{"own-cards.colour.brown", {0x8D, 0x63, 0x44}},
    Swatch{"own-cards.colour.grey", {0x9A, 0x9A, 0x9A}},
    Swatch{"own-cards.colour.navy", {0x2E, 0x3E, 0x6E}},
};

constexpr std::size_t kTitleCapacity = 4 * kMaxCardTitleLength;  // bytes: room for any UTF-8
constexpr std::size_t kTextCapacity = 4 * kMaxCardTextLength;
constexpr std::size_t kPathCapacity = 1024;

// The palette offered for a card: the named swatches, and the card's own colour when it has one
// that is not among them (set in a hand-edited file), so saving never changes it unasked.
std::vector<Swatch> palette_for(const std::optional<Rgb>& kept) {
  std::vector<Swatch> swatches(kSwatches.begin(), kSwatches.end());
  if (kept) swatches.push_back({"own-cards.colour.kept", *kept});
  return swatches;
}

// Save, and what else the card allows: its original words back, or removing it (asked first).
std::vector<RowButton> form_buttons(const Card* card, bool asking_to_remove) {
  const bool built_in = card != nullptr && card->origin == CardOrigin::BuiltIn;
  const bool own = card != nullptr && !built_in;
  std::vector<RowButton> buttons{
      {{std::string(ui_id::kEditorSave), card == nullptr ? tr("own-cards.add") : tr("own-cards.save")}}};
  if (built_in && card->edited)
    buttons.push_back({{std::string(ui_id::kEditorReset), tr("own-cards.reset")}});
  if (own && asking_to_remove) {
    // "Keep it" takes the place Remove had, so a second tap there keeps the card.
    buttons.push_back({{std::string(ui_id::kEditorCancel), tr("own-cards.keep")}});
    buttons.push_back({{std::string(ui_id::kEditorRemoveYes), tr("own-cards.remove-yes")}});
  } else if (own) {
    buttons.push_back({{std::string(ui_id::kEditorRemove), tr("own-cards.remove")}});
  }
  return buttons;
}

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

}  // namespace

void OwnCardsScreen::start(DeckId deck) {
  deck_ = deck;
  select(nullptr);
  message_.clear();
}

void OwnCardsScreen::select(const Card* card) {
  asking_to_remove_ = false;
  if (card == nullptr) {
    editing_.reset();
    title_.clear();
    text_.clear();
    colour_ = 0;
    kept_colour_.reset();
  } else {
    editing_ = card->id;
    title_ = card->title;
    text_ = card->text;
    auto same = std::find_if(kSwatches.begin(), kSwatches.end(),
                             [&](const Swatch& s) { return s.colour == card->colour; });
    kept_colour_.reset();
    if (same == kSwatches.end() && card->origin == CardOrigin::Own) kept_colour_ = card->colour;
    colour_ = same == kSwatches.end() ? (kept_colour_ ? kSwatches.size() : 0)
                                      : static_cast<std::size_t>(same - kSwatches.begin());
  }
  picture_path_.clear();
}

void OwnCardsScreen::say(std::string message, bool problem) {
  message_ = std::move(message);
  message_is_problem_ = problem;
}

void OwnCardsScreen::save() {
  const Deck& deck = library_.deck(deck_);
  const Card* card = editing_ ? deck.find(*editing_) : nullptr;
  CardWords words{trimmed(title_), trimmed(text_)};
  std::optional<std::filesystem::path> picture;
  if (!trimmed(picture_path_).empty()) picture = std::filesystem::path(trimmed(picture_path_));
  const Rgb colour = palette_for(kept_colour_).at(colour_).colour;

  if (card != nullptr && card->origin == CardOrigin::BuiltIn) {
    auto saved = library_.edit_words(deck_, card->id, std::move(words));
    saved ? say(tr("own-cards.saved-words"), false) : say(saved.error(), true);
    return;
  }
  if (card != nullptr) {
    auto saved = library_.update_card(deck_, card->id, std::move(words), colour, picture);
    saved ? say(tr("own-cards.saved"), false) : say(saved.error(), true);
    if (saved) picture_path_.clear();
    return;
  }
  auto added = library_.add_card(deck_, std::move(words), colour, picture);
  if (!added) return say(added.error(), true);
  select(library_.deck(deck_).find(added.value()));
  say(tr("own-cards.added", {{"deck", library_.deck(deck_).title}}), false);
}

void OwnCardsScreen::draw(FrameContext& frame, const Rect& area) {
  const float margin = page_margin(frame, area.width);
  const RowButton buttons[] = {
      {{std::string(ui_id::kEditorDeck) + "feelings", tr("own-cards.deck.feelings"), Icon::None,
        deck_ == DeckId::Feelings}},
      {{std::string(ui_id::kEditorDeck) + "animals", tr("own-cards.deck.animals"), Icon::None,
        deck_ == DeckId::Animals}},
      {{std::string(ui_id::kEditorDeck) + "presence", tr("own-cards.deck.presence"), Icon::None,
        deck_ == DeckId::Presence}},
      {{std::string(ui_id::kEditorNew), tr("own-cards.new-card")}, true},
  };
  const RowResult row = button_row(frame, buttons, {area.x + margin, area.y, area.width - 2 * margin, 0});
  if (row.clicked >= 0 && row.clicked < 3) start(kAllDecks[row.clicked]);
  if (row.clicked == 3) {
    select(nullptr);
    message_.clear();
  }
  const Deck& deck = library_.deck(deck_);
  if (editing_ && deck.find(*editing_) == nullptr) select(nullptr);

  const float top = row.bottom + frame.px(16);
  const float list_width = std::clamp(area.width * 0.3f, frame.px(220), frame.px(380));
  draw_list(frame, {area.x + margin, top, list_width, area.bottom() - margin - top}, deck);
  const float form_x = area.x + margin + list_width + margin * 0.8f;
  draw_form(frame, {form_x, top, area.right() - margin - form_x, area.bottom() - margin - top}, deck);
}

void OwnCardsScreen::draw_list(FrameContext& frame, const Rect& area, const Deck& deck) {
  const Palette& p = palette();
  frame.draw->AddRectFilled(top_left(area), bottom_right(area), with_alpha(p.surface, 0.6f), frame.px(20));
  ScrollArea scroll(frame, "own-cards-list", inset(area, frame.px(6)));
  const float row_height = std::max(frame.px(kMinTouchTarget + 6), frame.fonts.body->FontSize + frame.px(22));
  float y = scroll.origin().y;
  const float x = scroll.origin().x;
  const float width = scroll.content_width();
  auto heading = [&](const std::string& text) {
    const Rect used =
        draw_text(frame, frame.fonts.small, text, ImVec2(x + frame.px(10), y + frame.px(6)), p.ink_soft);
    y = used.bottom() + frame.px(6);
  };
  auto row = [&](const Card& card) {
    const bool selected = editing_ == card.id;
    ImFont* font = selected ? frame.fonts.label : frame.fonts.body;
    const std::string name = card.origin == CardOrigin::BuiltIn && card.edited
                                 ? tr("own-cards.edited-title", {{"card", card.title}})
                                 : card.title;
    // A long name (or a language's longer note) wraps, and its row grows to hold it.
    const float text_width = width - frame.px(50);
    const float text_height = static_cast<float>(wrap_lines(font, name, text_width).size()) * font->FontSize;
    const Rect rect{x, y, width, std::max(row_height, text_height + frame.px(22))};
    const Interaction state = interact(frame, "editor:card:" + card.id, card.title, rect);
    if (selected || state.hovered)
      frame.draw->AddRectFilled(top_left(rect), bottom_right(rect), selected ? p.surface : p.surface_hover,
                                frame.px(14));
    frame.draw->AddCircleFilled(ImVec2(rect.x + frame.px(24), rect.center_y()), frame.px(11),
                                card_colour(card), 24);
    frame.draw->AddCircle(ImVec2(rect.x + frame.px(24), rect.center_y()), frame.px(11),
                          with_alpha(p.ink, 0.3f), 24, frame.px(1.5f));
    draw_text(frame, font, name, ImVec2(rect.x + frame.px(44), rect.center_y() - text_height / 2), p.ink,
              text_width);
    if (state.focus_ring) draw_focus_ring(frame, rect, frame.px(14));
    if (state.clicked) {
      select(&card);
      message_.clear();
    }
    y += rect.height + frame.px(4);
  };
  bool any_own = false;
  for (const Card& card : deck.cards) {
    if (card.origin != CardOrigin::Own) continue;
    if (!any_own) heading(tr("own-cards.list.own"));
    any_own = true;
    row(card);
  }
  heading(tr("own-cards.list.built-in"));
  for (const Card& card : deck.cards)
    if (card.origin == CardOrigin::BuiltIn) row(card);
  scroll.finish(y - scroll.origin().y + frame.px(8));
}

void OwnCardsScreen::draw_form(FrameContext& frame, const Rect& visible, const Deck& deck) {
  const Palette& p = palette();
  // On a netbook the form is taller than the window: it scrolls, while the list beside it and the
  // buttons below it stay where they are.
  const Card* card = editing_ ? deck.find(*editing_) : nullptr;
  const bool built_in = card != nullptr && card->origin == CardOrigin::BuiltIn;
  const bool own = card != nullptr && !built_in;
  if (!own) asking_to_remove_ = false;
  // The buttons are laid out first: on a narrow window, or in a language with longer words, they
  // wrap onto a second line, and the form above makes room for it.
  const std::vector<RowButton> buttons = form_buttons(card, asking_to_remove_);
  // Inset, so the buttons' shadows and focus rings are not cut by the scrolling area's edge.
  const float pad = frame.px(10);
  const float buttons_width = visible.width - 2 * pad;
  const float buttons_top = visible.bottom() - button_row_height(frame, buttons, buttons_width);
  ScrollArea scroll(frame, "own-card-form",
                    {visible.x, visible.y, visible.width, buttons_top - frame.px(12) - visible.y});
  const Rect area{scroll.origin().x + pad, scroll.origin().y + pad, scroll.content_width() - 2 * pad,
                  visible.height - 2 * pad};
  const float gap = frame.px(10);
  const float field_height = frame.fonts.body->FontSize + frame.px(30);

  const std::string heading = card == nullptr ? tr("own-cards.heading.new", {{"deck", deck.title}})
                              : built_in      ? tr("own-cards.heading.built-in", {{"card", card->title}})
                                              : tr("own-cards.heading.own", {{"card", card->title}});
  Rect used = draw_text(frame, frame.fonts.label, heading, ImVec2(area.x, area.y), p.ink, area.width);
  // What the last save did, under the heading where it is seen, not below the fold on a netbook.
  // A problem sits on the notice colour, so it is told by more than the words.
  if (!message_.empty())
    used = message_box(frame, message_, message_is_problem_, ImVec2(area.x, used.bottom() + gap * 0.6f),
                       area.width);
  if (!library_.can_keep_own_cards()) {
    used = draw_text(frame, frame.fonts.small, tr("own-cards.no-folder"), ImVec2(area.x, used.bottom() + gap),
                     p.ink_soft, area.width);
  }

  // The form on the left of the area and a live preview of the card on the right, when wide enough.
  const bool side_preview = area.width >= frame.px(700);
  const float form_width = side_preview ? area.width * 0.56f : area.width;
  float y = used.bottom() + gap * 1.5f;
  auto label = [&](const std::string& text) {
    const Rect l = draw_text(frame, frame.fonts.small, text, ImVec2(area.x, y), p.ink_soft, form_width);
    y = l.bottom() + frame.px(4);
  };
  label(tr("own-cards.field.title"));
  text_field(frame, std::string(ui_id::kEditorTitle), tr("own-cards.field.title"), title_, kTitleCapacity,
             {area.x, y, form_width, field_height});
  y += field_height + gap;
  label(tr("own-cards.field.words"));
  text_field(frame, std::string(ui_id::kEditorText), tr("own-cards.field.words"), text_, kTextCapacity,
             {area.x, y, form_width, field_height});
  y += field_height + gap;

  if (!built_in) {
    label(tr("own-cards.field.colour"));
    const float swatch = std::max(kMinTouchTarget, frame.px(kMinTouchTarget));
    float x = area.x;
    const std::vector<Swatch> swatches = palette_for(kept_colour_);
    for (std::size_t i = 0; i < swatches.size(); ++i) {
      if (x + swatch > area.x + form_width) {
        x = area.x;
        y += swatch + frame.px(8);
      }
      const Rect rect{x, y, swatch, swatch};
      const Interaction state = interact(frame, std::string(ui_id::kEditorColour) + std::to_string(i),
                                         tr(swatches[i].name_key), rect);
      const ImU32 fill = IM_COL32(swatches[i].colour.r, swatches[i].colour.g, swatches[i].colour.b, 255);
      frame.draw->AddCircleFilled(ImVec2(rect.center_x(), rect.center_y()), swatch / 2 - frame.px(3), fill,
                                  32);
      if (i == colour_)
        frame.draw->AddCircle(ImVec2(rect.center_x(), rect.center_y()), swatch / 2, p.ink, 32,
                              frame.px(3.5f));
      if (state.focus_ring) draw_focus_ring(frame, rect, swatch / 2);
      if (state.clicked) colour_ = i;
      x += swatch + frame.px(8);
    }
    y += swatch + frame.px(4);
    const Rect name =
        draw_text(frame, frame.fonts.small, tr(swatches[colour_].name_key), ImVec2(area.x, y), p.ink_soft);
    y = name.bottom() + gap;
    // A file dragged onto the window while a card is open here becomes its picture.
    if (!frame.dropped_files.empty()) {
      picture_path_ = frame.dropped_files.front().string();
      say(tr("own-cards.picture-chosen", {{"file", frame.dropped_files.front().filename().string()}}), false);
    }
    label(tr("own-cards.field.picture"));
    text_field(frame, std::string(ui_id::kEditorPicture), tr("own-cards.field.picture-file"), picture_path_,
               kPathCapacity, {area.x, y, form_width, field_height});
    y += field_height + gap;
  }

  // The preview shows the card as it will look, words wrapped, before anything is saved.
  float content_bottom = y;
  if (side_preview) {
    Card preview = card != nullptr ? *card : Card{};
    preview.title = title_.empty() ? tr("own-cards.preview-title") : title_;
    preview.text = text_;
    if (!built_in) preview.colour = palette_for(kept_colour_).at(colour_).colour;
    const float px = area.x + form_width + frame.px(28);
    const float width = area.right() - px;
    const float top = used.bottom() + gap * 1.5f;
    const Rect box{px, top, width,
                   std::max(frame.px(200), std::min(buttons_top - frame.px(24) - top, width * 1.3f))};
    draw_card_large(frame, preview, box, card != nullptr ? pictures_.texture_for(*card) : std::nullopt);
    content_bottom = std::max(content_bottom, box.bottom() + frame.px(12));
  }
  scroll.finish(content_bottom + pad - area.y);

  // Saving rebuilds the decks, so the card is looked up again afterwards, never kept across it.
  const std::string card_id = card != nullptr ? card->id : std::string();
  const std::string card_title = card != nullptr ? card->title : std::string();
  const RowResult row = button_row(frame, buttons, {area.x, buttons_top, buttons_width, 0});
  if (row.clicked < 0) return;
  const std::string& chosen = buttons[static_cast<std::size_t>(row.clicked)].button.id;
  if (chosen == ui_id::kEditorSave) {
    save();
  } else if (chosen == ui_id::kEditorReset) {
    auto reset = library_.reset_words(deck_, card_id);
    reset ? say(tr("own-cards.reset-done"), false) : say(reset.error(), true);
    if (reset) select(library_.deck(deck_).find(card_id));
  } else if (chosen == ui_id::kEditorRemove) {
    asking_to_remove_ = true;
  } else if (chosen == ui_id::kEditorCancel) {
    asking_to_remove_ = false;
  } else if (chosen == ui_id::kEditorRemoveYes) {
    asking_to_remove_ = false;
    auto gone = library_.remove_card(deck_, card_id);
    gone ? say(tr("own-cards.removed", {{"card", card_title}}), false) : say(gone.error(), true);
    if (gone) select(nullptr);
  }
}

}  // namespace kitbag::ui
