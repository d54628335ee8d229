// The feelings cards on the table: which set is showing (colours or faces), which cards the
// child picked, in the order picked, and whether the picks are shown side by side. Held in
// memory only: what a child chose is never written anywhere.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/core/cards/deck.h"

namespace kitbag {

enum class FeelingsSet { Colours, Faces };
std::string_view group_of(FeelingsSet set);

class FeelingsTable {
 public:
  void show_set(FeelingsSet set) { set_ = set; }
  // A child comes to the table (from home): for younger children the faces come first, unless
  // they have picks on the table already, which stay as they were.
  void arrive(bool faces_first);
  FeelingsSet set() const { return set_; }
  // The cards of the set showing, in deck order.
  std::vector<const Card*> cards_in_set(const Deck& deck) const;

  void toggle(std::string_view card_id);
  bool picked(std::string_view card_id) const;
  const std::vector<std::string>& picks() const { return picks_; }
  // Drops picks of cards the deck no longer has (an own card removed meanwhile).
  void follow(const Deck& deck);

  // Side by side needs at least one pick; turning the cards back clears them and starts again.
  void show_picks();
  bool showing_picks() const { return showing_picks_; }
  void back_to_table() { showing_picks_ = false; }
  void turn_back();

 private:
  FeelingsSet set_ = FeelingsSet::Colours;
  std::vector<std::string> picks_;
  bool showing_picks_ = false;
};

}  // namespace kitbag
