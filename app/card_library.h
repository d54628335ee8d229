// The three decks as every screen sees them: loaded once at start from the assets, with the
// user's own cards and edits laid over them, saved the moment they change.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "app/core/cards/deck.h"
#include "app/core/cards/own_cards.h"
#include "app/core/notices.h"
#include "app/core/result.h"
#include "platform/asset_locator.h"
#include "platform/card_files.h"

namespace kitbag {

class CardLibrary {
 public:
  // `data_root` empty: there is no data directory, so own cards cannot be kept (and say so).
  // Problems with any file become notices; the decks hold whatever could be read.
  CardLibrary(const AssetLocator& assets, std::optional<std::filesystem::path> data_root, Notices& notices);

  const Deck& deck(DeckId id) const { return shown_[index(id)]; }
  // Problems found loading the shipped deck, each naming the file, card and field.
  const std::vector<std::string>& deck_problems(DeckId id) const { return problems_[index(id)]; }
  // Problems found reading the user's own cards.
  const std::vector<std::string>& own_card_problems() const { return own_problems_; }
  // Goes up whenever any deck changes, so screens can notice cards added or removed; 1 or more
  // once constructed, so 0 means "never seen".
  std::uint64_t generation() const { return generation_; }

  bool can_keep_own_cards() const { return folder_.has_value(); }
  std::optional<CardWords> original_words(DeckId id, std::string_view card_id) const;

  // Each saves at once; on failure nothing changes and the error says why. Card ids are taken
  // by value: saving rebuilds the decks, so a view into a deck's card would not outlive it.
  Result<std::string> add_card(DeckId id, CardWords words, Rgb colour,
                               const std::optional<std::filesystem::path>& picture);
  Status update_card(DeckId id, std::string card_id, CardWords words, Rgb colour,
                     const std::optional<std::filesystem::path>& picture);
  Status remove_card(DeckId id, std::string card_id);
  Status edit_words(DeckId id, std::string card_id, CardWords words);
  Status reset_words(DeckId id, std::string card_id);

  // The shipped decks read again in the language now in use; own cards and edits stay as they are.
  // Their problems were said when they were first read, and are not said again (the same files
  // have the same ones, now only in other words); problems() has them.
  void reload_shipped_words();

  // Where a card's picture file is (an asset, or an own picture), or why there is none.
  Result<std::filesystem::path> picture_file(const Card& card) const;

 private:
  static std::size_t index(DeckId id) { return static_cast<std::size_t>(id); }
  Status commit(OwnCards changed);
  Status save_with_picture(OwnCards changed, DeckId id, const std::string& card_id,
                           const std::optional<std::filesystem::path>& picture);
  // Says what went wrong in `notices`, when given.
  void load_shipped_decks(Notices* notices);
  void rebuild();

  const AssetLocator& assets_;
  std::optional<OwnCardsFolder> folder_;
  std::array<Deck, 3> built_in_;
  std::array<std::vector<std::string>, 3> problems_;
  std::array<Deck, 3> shown_;
  OwnCards own_;
  std::vector<std::string> own_problems_;
  std::uint64_t generation_ = 0;
};

}  // namespace kitbag
