// Stable IDs of the controls, shared by the screens that draw them and the tests and scripts
// that click them. They never change with wording or language.
#pragma once

#include <string>
#include <string_view>

namespace kitbag::ui_id {

inline constexpr std::string_view kBack = "nav:back";
inline constexpr std::string_view kAbout = "nav:about";
inline constexpr std::string_view kDismissNotices = "notice:dismiss";

// A card on any cards screen: "card:owl". The card's own button to show it large: "card:owl:show".
inline std::string card(std::string_view card_id) {
  return "card:" + std::string(card_id);
}
inline std::string show_card(std::string_view card_id) {
  return card(card_id) + ":show";
}

// The cards screens' buttons.
inline constexpr std::string_view kColours = "cards:colours";
inline constexpr std::string_view kFaces = "cards:faces";
inline constexpr std::string_view kShowPicks = "cards:show-picks";
inline constexpr std::string_view kTurnBack = "cards:turn-back";
inline constexpr std::string_view kBackToTable = "cards:table";
inline constexpr std::string_view kPicturesUp = "cards:pictures-up";
inline constexpr std::string_view kWordsUp = "cards:words-up";
inline constexpr std::string_view kShuffle = "cards:shuffle";
inline constexpr std::string_view kPutBack = "cards:put-back";
inline constexpr std::string_view kDraw = "cards:draw";
inline constexpr std::string_view kNext = "cards:next";
inline constexpr std::string_view kPrevious = "cards:previous";
inline constexpr std::string_view kAllCards = "cards:all";
inline constexpr std::string_view kOneCard = "cards:one";
inline constexpr std::string_view kEditCards = "cards:edit";

// Making and changing cards (the "Your cards" screen).
inline constexpr std::string_view kEditorDeck = "editor:deck:";  // + deck name
inline constexpr std::string_view kEditorNew = "editor:new";
inline constexpr std::string_view kEditorTitle = "editor:title";
inline constexpr std::string_view kEditorText = "editor:text";
inline constexpr std::string_view kEditorColour = "editor:colour:";  // + swatch number
inline constexpr std::string_view kEditorPicture = "editor:picture";
inline constexpr std::string_view kEditorSave = "editor:save";
inline constexpr std::string_view kEditorReset = "editor:reset";
inline constexpr std::string_view kEditorRemove = "editor:remove";
inline constexpr std::string_view kEditorRemoveYes = "editor:remove-yes";  // asked after Remove
inline constexpr std::string_view kEditorCancel = "editor:cancel";

// A home screen tile, from the tool's key: "tile:animals".
inline std::string tile(std::string_view tool_key) {
  return "tile:" + std::string(tool_key);
}

}  // namespace kitbag::ui_id
