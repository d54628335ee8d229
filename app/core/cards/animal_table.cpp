#include "app/core/cards/animal_table.h"

#include <cmath>
#include <numbers>

namespace kitbag {

CardSide other_side(CardSide side) {
  return side == CardSide::Picture ? CardSide::Words : CardSide::Picture;
}

void AnimalTable::turn_to(const std::string& card_id, CardSide to, TimePoint now) {
  const TimePoint started = instant_ ? now - kTurnTime : now;
  turns_.insert_or_assign(card_id, Turn{to, started});
}

void AnimalTable::lay_out(CardSide side, TimePoint now) {
  // Every card not already resting on `side` turns, untouched ones too, before the layout changes
  // what "untouched" means.
  for (const std::string& id : order_.ids())
    if (this->side(id) != side) turn_to(id, side, now);
  layout_ = side;
}

void AnimalTable::turn(std::string_view card_id, TimePoint now) {
  turn_to(std::string(card_id), other_side(side(card_id)), now);
}

void AnimalTable::turn_all_back(TimePoint now) {
  for (auto& [id, turn] : turns_)
    if (turn.to != layout_) turn_to(id, layout_, now);
  chosen_.reset();
}

CardSide AnimalTable::side(std::string_view card_id) const {
  auto it = turns_.find(card_id);
  return it == turns_.end() ? layout_ : it->second.to;
}

bool AnimalTable::any_turned() const {
  for (const std::string& id : order_.ids())
    if (side(id) != layout_) return true;
  return false;
}

AnimalTable::Look AnimalTable::look(std::string_view card_id, TimePoint now) const {
  auto it = turns_.find(card_id);
  if (it == turns_.end()) return {layout_, 1};
  const auto& turn = it->second;
  const double t = std::chrono::duration<double>(now - turn.started) / kTurnTime;
  if (t >= 1 || t < 0) return {turn.to, 1};
  // The first half shows the side it is leaving, narrowing; the second half the side it turns to.
  const float width = static_cast<float>(std::abs(std::cos(t * std::numbers::pi)));
  return {t < 0.5 ? other_side(turn.to) : turn.to, width};
}

std::optional<AnimalTable::TimePoint> AnimalTable::turning_until(TimePoint now) const {
  std::optional<TimePoint> until;
  for (const auto& [id, turn] : turns_) {
    const TimePoint ends = turn.started + kTurnTime;
    if (ends > now && (!until || ends > *until)) until = ends;
  }
  return until;
}

}  // namespace kitbag
