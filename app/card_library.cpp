#include "app/card_library.h"

#include "app/core/i18n/current_strings.h"

namespace kitbag {
namespace {

Error no_folder() {
  return Error{tr("own-cards.no-folder-to-save")};
}

Error card_gone() {
  return Error{tr("own-cards.card-gone")};
}

// One whole sentence per deck, so each language can say it in its own word order.
std::string deck_not_loaded(DeckId id, bool none) {
  switch (id) {
    case DeckId::Feelings:
      return none ? tr("card-library.none-loaded.feelings") : tr("card-library.some-not-loaded.feelings");
    case DeckId::Animals:
      return none ? tr("card-library.none-loaded.animals") : tr("card-library.some-not-loaded.animals");
    case DeckId::Presence:
      return none ? tr("card-library.none-loaded.presence") : tr("card-library.some-not-loaded.presence");
  }
  return {};
}

}  // namespace

CardLibrary::CardLibrary(const AssetLocator& assets, std::optional<std::filesystem::path> data_root,
                         Notices& notices)
    : assets_(assets) {
  load_shipped_decks(&notices);
  if (data_root) {
    folder_.emplace(*data_root);
    OwnCardsLoad own = folder_->load();
    own_ = std::move(own.cards);
    own_problems_ = own.problems;
    if (!own.problems.empty())
      notices.add({tr("card-library.own-not-read"), summarise_problems(own.problems)});
  }
  rebuild();
}

void CardLibrary::load_shipped_decks(Notices* notices) {
  for (DeckId id : kAllDecks) {
    DeckLoad load = load_deck_file(assets_, id);
    built_in_[index(id)] = load.deck.value_or(Deck{id, {}, {}, {}});
    problems_[index(id)] = load.problems;
    if (notices != nullptr && !load.problems.empty()) {
      const bool none = !load.deck || load.deck->cards.empty();
      notices->add({deck_not_loaded(id, none), summarise_problems(load.problems)});
    }
  }
}

void CardLibrary::reload_shipped_words() {
  load_shipped_decks(nullptr);
  rebuild();
}

void CardLibrary::rebuild() {
  for (DeckId id : kAllDecks) shown_[index(id)] = own_.apply_to(built_in_[index(id)]);
  ++generation_;
}

std::optional<CardWords> CardLibrary::original_words(DeckId id, std::string_view card_id) const {
  const Card* card = built_in_[index(id)].find(card_id);
  if (card == nullptr) return std::nullopt;
  return CardWords{card->title, card->text};
}

Status CardLibrary::commit(OwnCards changed) {
  if (!folder_) return no_folder();
  if (auto saved = folder_->save(changed); !saved) return saved;
  own_ = std::move(changed);
  rebuild();
  return ok_status();
}

Result<std::string> CardLibrary::add_card(DeckId id, CardWords words, Rgb colour,
                                          const std::optional<std::filesystem::path>& picture) {
  if (auto wrong = OwnCards::check_words(words)) return Error{*wrong};
  OwnCards changed = own_;
  const std::string card_id = changed.add(id, std::move(words), colour);
  if (auto saved = save_with_picture(std::move(changed), id, card_id, picture); !saved)
    return Error{saved.error()};
  return card_id;
}

Status CardLibrary::update_card(DeckId id, std::string card_id, CardWords words, Rgb colour,
                                const std::optional<std::filesystem::path>& picture) {
  if (auto wrong = OwnCards::check_words(words)) return Error{*wrong};
  OwnCards changed = own_;
  if (!changed.update(id, card_id, std::move(words), colour)) return card_gone();
  return save_with_picture(std::move(changed), id, card_id, picture);
}

// The new picture is copied in under a name of its own first; only once the cards are saved
// does the old picture go. A failure anywhere leaves the card exactly as it was.
Status CardLibrary::save_with_picture(OwnCards changed, DeckId id, const std::string& card_id,
                                      const std::optional<std::filesystem::path>& picture) {
  if (!folder_) return no_folder();  // before a picture is copied anywhere
  std::string old_picture;
  if (const OwnCard* before = own_.find(id, card_id)) old_picture = before->picture_file;
  std::string new_picture;
  if (picture) {
    auto file = folder_->import_picture(*picture, card_id);
    if (!file) return Error{file.error()};
    new_picture = file.value();
    changed.set_picture(id, card_id, new_picture);
  }
  if (auto saved = commit(std::move(changed)); !saved) {
    if (!new_picture.empty()) folder_->remove_picture(new_picture);
    return saved;
  }
  if (!new_picture.empty() && !old_picture.empty()) folder_->remove_picture(old_picture);
  return ok_status();
}

Status CardLibrary::remove_card(DeckId id, std::string card_id) {
  OwnCards changed = own_;
  const OwnCard* card = own_.find(id, card_id);
  const std::string picture = card != nullptr ? card->picture_file : std::string();
  if (!changed.remove(id, card_id)) return card_gone();
  if (auto saved = commit(std::move(changed)); !saved) return saved;
  if (folder_ && !picture.empty()) folder_->remove_picture(picture);
  return ok_status();
}

Status CardLibrary::edit_words(DeckId id, std::string card_id, CardWords words) {
  if (auto wrong = OwnCards::check_words(words)) return Error{*wrong};
  const Card* original = built_in_[index(id)].find(card_id);
  if (original == nullptr) return card_gone();
  OwnCards changed = own_;
  // Saving the shipped words unchanged is no edit: the card stays the shipped one.
  if (words.title == original->title && words.text == original->text)
    changed.reset_built_in(id, card_id);
  else
    changed.edit_built_in(id, card_id, std::move(words));
  return commit(std::move(changed));
}

Status CardLibrary::reset_words(DeckId id, std::string card_id) {
  OwnCards changed = own_;
  changed.reset_built_in(id, card_id);
  return commit(std::move(changed));
}

Result<std::filesystem::path> CardLibrary::picture_file(const Card& card) const {
  if (card.picture.empty()) return Error{"the card \"" + card.id + "\" has no picture"};
  if (card.picture.starts_with(kOwnPicturePrefix)) {
    if (!folder_) return Error{"there is no data folder for the picture of \"" + card.id + "\""};
    return folder_->picture_path(std::string_view(card.picture).substr(kOwnPicturePrefix.size()));
  }
  return assets_.find(card.picture);
}

}  // namespace kitbag
