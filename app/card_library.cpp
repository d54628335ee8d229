#include "app/card_library.h"

namespace kitbag {
namespace {

constexpr std::size_t kProblemsInANotice = 6;

std::string summarise(const std::vector<std::string>& problems) {
  std::string detail;
  for (std::size_t i = 0; i < problems.size() && i < kProblemsInANotice; ++i)
    detail += (i ? "\n" : "") + problems[i];
  if (problems.size() > kProblemsInANotice)
    detail += "\n...and " + std::to_string(problems.size() - kProblemsInANotice) + " more";
  return detail;
}

}  // namespace

CardLibrary::CardLibrary(const AssetLocator& assets, std::optional<std::filesystem::path> data_root,
                         Notices& notices)
    : assets_(assets) {
  for (DeckId id : kAllDecks) {
    DeckLoad load = load_deck_file(assets, id);
    built_in_[index(id)] = load.deck.value_or(Deck{id, {}, {}, {}});
    problems_[index(id)] = load.problems;
    if (!load.problems.empty()) {
      const bool none = !load.deck || load.deck->cards.empty();
      notices.add({none ? "The " + std::string(deck_name(id)) + " cards could not be loaded"
                        : "Some " + std::string(deck_name(id)) + " cards could not be loaded",
                   summarise(load.problems)});
    }
  }
  if (data_root) {
    folder_.emplace(*data_root);
    OwnCardsLoad own = folder_->load();
    own_ = std::move(own.cards);
    own_problems_ = own.problems;
    if (!own.problems.empty())
      notices.add({"Some of your own cards could not be read", summarise(own.problems)});
  }
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
  if (!folder_) return Error{"There is no folder on this computer to keep your cards in."};
  if (auto saved = folder_->save(changed); !saved) return saved;
  own_ = std::move(changed);
  rebuild();
  return ok_status();
}

Result<std::string> CardLibrary::add_card(DeckId id, CardWords words, Rgb colour,
                                          const std::optional<std::filesystem::path>& picture) {
  if (auto wrong = OwnCards::check_words(words)) return Error{*wrong};
  if (!folder_) return Error{"There is no folder on this computer to keep your cards in."};
  OwnCards changed = own_;
  const std::string card_id = changed.add(id, std::move(words), colour);
  if (picture) {
    auto file = folder_->import_picture(*picture, card_id);
    if (!file) return Error{file.error()};
    changed.set_picture(id, card_id, file.value());
  }
  if (auto saved = commit(std::move(changed)); !saved) return Error{saved.error()};
  return card_id;
}

Status CardLibrary::update_card(DeckId id, std::string_view card_id, CardWords words, Rgb colour,
                                const std::optional<std::filesystem::path>& picture) {
  if (auto wrong = OwnCards::check_words(words)) return Error{*wrong};
  if (!folder_) return Error{"There is no folder on this computer to keep your cards in."};
  OwnCards changed = own_;
  if (!changed.update(id, card_id, std::move(words), colour)) return Error{"That card is no longer there."};
  if (picture) {
    auto file = folder_->import_picture(*picture, card_id);
    if (!file) return Error{file.error()};
    changed.set_picture(id, card_id, file.value());
  }
  return commit(std::move(changed));
}

Status CardLibrary::remove_card(DeckId id, std::string_view card_id) {
  OwnCards changed = own_;
  if (!changed.remove(id, card_id)) return Error{"That card is no longer there."};
  return commit(std::move(changed));
}

Status CardLibrary::edit_words(DeckId id, std::string_view card_id, CardWords words) {
  if (auto wrong = OwnCards::check_words(words)) return Error{*wrong};
  if (built_in_[index(id)].find(card_id) == nullptr) return Error{"That card is no longer there."};
  OwnCards changed = own_;
  changed.edit_built_in(id, card_id, std::move(words));
  return commit(std::move(changed));
}

Status CardLibrary::reset_words(DeckId id, std::string_view card_id) {
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
