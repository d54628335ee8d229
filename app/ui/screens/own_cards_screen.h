// "Your cards": a practitioner or carer adds their own cards to a deck (a title, words, a colour
// and, if they like, a picture from a PNG file) and changes the words of built-in cards. Saved
// in the data directory at once; nothing about a child is asked for or kept.
#pragma once

#include <optional>
#include <string>

#include "app/core/i18n/current_strings.h"
#include "app/ui/screens/card_screen_kit.h"
#include "app/ui/screens/screen.h"

namespace kitbag::ui {

class OwnCardsScreen final : public Screen {
 public:
  explicit OwnCardsScreen(CardLibrary& library, CardPictures& pictures)
      : library_(library), pictures_(pictures) {}
  std::string title() const override { return tr("own-cards.title"); }
  void draw(FrameContext& frame, const Rect& area) override;

  // Opens on `deck` with a new, empty card.
  void start(DeckId deck);
  DeckId deck() const { return deck_; }
  const std::optional<std::string>& editing() const { return editing_; }

 private:
  void select(const Card* card);
  void draw_list(FrameContext& frame, const Rect& area, const Deck& deck);
  void draw_form(FrameContext& frame, const Rect& area, const Deck& deck);
  void save();
  void say(std::string message, bool problem);

  CardLibrary& library_;
  CardPictures& pictures_;
  DeckId deck_ = DeckId::Feelings;
  std::optional<std::string> editing_;  // empty: a new card
  std::string title_;
  std::string text_;
  std::string picture_path_;
  std::size_t colour_ = 0;          // into the palette offered (see palette_for)
  std::optional<Rgb> kept_colour_;  // an own card's colour that no swatch has
  bool asking_to_remove_ = false;   // Remove asks first: one stray tap never loses a carer's card
  std::string message_;
  bool message_is_problem_ = false;
};

}  // namespace kitbag::ui
