// The animal cards on the table: which side of each card is up, cards turning over (timed by
// the clock, not by frames), and the card a child chose to show large.
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "app/core/cards/card_order.h"

namespace kitbag {

enum class CardSide { Picture, Words };
CardSide other_side(CardSide side);

class AnimalTable {
 public:
  using TimePoint = std::chrono::steady_clock::time_point;
  static constexpr std::chrono::milliseconds kTurnTime{420};

  explicit AnimalTable(std::uint32_t seed = std::random_device{}()) : order_(seed) {}

  // Every card turns to show `side`; it is also the side "turn all back" returns to.
  void lay_out(CardSide side, TimePoint now);
  CardSide layout() const { return layout_; }

  void turn(std::string_view card_id, TimePoint now);
  void turn_all_back(TimePoint now);
  // The side a card will rest on once any turn has finished.
  CardSide side(std::string_view card_id) const;
  bool any_turned() const;

  // What to draw for a card at `now`: the side showing and how wide it looks (1 flat on the table,
  // 0 edge-on), so a turn is the card narrowing, swapping sides and widening again.
  struct Look {
    CardSide showing = CardSide::Picture;
    float width = 1;
  };
  Look look(std::string_view card_id, TimePoint now) const;
  // When the last turn still under way ends, for asking the frame scheduler for frames until then.
  std::optional<TimePoint> turning_until(TimePoint now) const;
  // Cards turn at once, without the animation (for reduced motion).
  void set_instant(bool instant) { instant_ = instant; }

  void choose(std::string_view card_id) { chosen_ = std::string(card_id); }
  const std::optional<std::string>& chosen() const { return chosen_; }
  void put_back() { chosen_.reset(); }

  CardOrder& order() { return order_; }
  const CardOrder& order() const { return order_; }

 private:
  struct Turn {
    CardSide to;
    TimePoint started;
  };
  void turn_to(const std::string& card_id, CardSide to, TimePoint now);

  CardSide layout_ = CardSide::Picture;
  std::map<std::string, Turn, std::less<>> turns_;
  std::optional<std::string> chosen_;
  CardOrder order_;
  bool instant_ = false;
};

}  // namespace kitbag
