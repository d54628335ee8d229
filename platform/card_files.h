// Where cards live on disk: the shipped decks in the assets folders, and the user's own cards
// and pictures in the data directory (<data>/cards/).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "app/core/cards/deck_parser.h"
#include "app/core/cards/own_cards.h"
#include "app/core/result.h"
#include "platform/asset_locator.h"

namespace kitbag {

// Reads assets' decks/<name>.json; a missing or unreadable file is a problem naming every path tried.
DeckLoad load_deck_file(const AssetLocator& assets, DeckId deck);

// Own pictures are scaled down to this on import: plenty for a card, and kind to old laptops.
inline constexpr int kMaxOwnPictureSide = 1024;

class OwnCardsFolder {
 public:
  explicit OwnCardsFolder(std::filesystem::path data_root);

  // A missing file is simply no own cards yet. Loading only reads: a damaged file is left as
  // it is, and moved aside under a new name by the first save, so saving can never lose it.
  OwnCardsLoad load();
  Status save(const OwnCards& cards);

  // Checks the picture is a PNG the app can show, and keeps its own copy (scaled down if huge),
  // so the card still has it when the original moves. The copy gets a name no other file has,
  // so an old picture stays whole until the card that used it is saved. Returns the name.
  Result<std::string> import_picture(const std::filesystem::path& source, std::string_view card_id) const;
  // Deletes an own picture no card uses any more (a photo may show a child: none is left behind).
  void remove_picture(std::string_view file_name) const;
  std::filesystem::path picture_path(std::string_view file_name) const;

  const std::filesystem::path& file() const { return file_; }
  std::filesystem::path pictures_folder() const { return folder_ / "pictures"; }

 private:
  std::filesystem::path folder_;
  std::filesystem::path file_;
  bool keep_damaged_file_ = false;  // the last load found problems in the file on disk
};

}  // namespace kitbag
