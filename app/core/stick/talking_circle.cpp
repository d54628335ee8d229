#include "app/core/stick/talking_circle.h"

#include <algorithm>

namespace kitbag {

TalkingCircle::TalkingCircle(int people) {
  for (int i = 0; i < std::clamp(people, kFewest, kMost); ++i) people_.push_back({next_id_++, {}, 0, {}});
}

TalkingCircle::Person* TalkingCircle::find(int id) {
  auto it = std::find_if(people_.begin(), people_.end(), [&](const Person& p) { return p.id == id; });
  return it == people_.end() ? nullptr : &*it;
}

bool TalkingCircle::add_person() {
  if (static_cast<int>(people_.size()) >= kMost) return false;
  people_.push_back({next_id_++, {}, 0, {}});
  return true;
}

bool TalkingCircle::remove_person(int id, TimePoint now) {
  if (static_cast<int>(people_.size()) <= kFewest) return false;
  auto it = std::find_if(people_.begin(), people_.end(), [&](const Person& p) { return p.id == id; });
  if (it == people_.end()) return false;
  const bool was_holding = holder_ == id;
  const auto index = it - people_.begin();
  if (was_holding) end_turn(now);
  people_.erase(it);
  // The stick goes to whoever sat next, so the circle carries on without a gap.
  if (was_holding) give_to(people_[static_cast<std::size_t>(index) % people_.size()].id, now);
  return true;
}

void TalkingCircle::set_name(int id, std::string name) {
  if (Person* person = find(id)) person->name = std::move(name);
}

void TalkingCircle::end_turn(TimePoint now) {
  if (!holder_) return;
  if (Person* person = find(*holder_)) person->spoken += std::max(Duration::zero(), now - turn_started_);
  holder_.reset();
  turn_.reset();
}

void TalkingCircle::give_to(int id, TimePoint now) {
  Person* person = find(id);
  if (person == nullptr) return;
  end_turn(now);
  holder_ = id;
  turn_started_ = now;
  ++person->turns;
  if (turn_length_) {
    turn_.set_length(*turn_length_);
    turn_.start(now);
  }
}

void TalkingCircle::pass(TimePoint now) {
  if (!holder_) {
    give_to(people_.front().id, now);
    return;
  }
  auto it = std::find_if(people_.begin(), people_.end(), [&](const Person& p) { return p.id == *holder_; });
  const auto next = it == people_.end() || it + 1 == people_.end() ? people_.begin() : it + 1;
  give_to(next->id, now);
}

TalkingCircle::Duration TalkingCircle::holding_for(TimePoint now) const {
  return holder_ ? std::max(Duration::zero(), now - turn_started_) : Duration::zero();
}

TalkingCircle::Duration TalkingCircle::spoken(int id, TimePoint now) const {
  for (const Person& person : people_)
    if (person.id == id) return person.spoken + (holder_ == id ? holding_for(now) : Duration::zero());
  return Duration::zero();
}

std::vector<float> TalkingCircle::shares(TimePoint now) const {
  std::vector<float> shares;
  Duration total{};
  for (const Person& person : people_) total += spoken(person.id, now);
  for (const Person& person : people_)
    shares.push_back(total > Duration::zero()
                         ? static_cast<float>(std::chrono::duration<double>(spoken(person.id, now)) /
                                              std::chrono::duration<double>(total))
                         : 0.0f);
  return shares;
}

void TalkingCircle::set_turn_length(std::optional<Duration> length) {
  turn_length_ = length;
  if (!length) turn_.reset();
}

std::optional<TalkingCircle::TimePoint> TalkingCircle::turn_ends_at() const {
  return turn_.ends_at();
}

bool TalkingCircle::turn_is_up(TimePoint now) const {
  return turn_.state(now) == Countdown::State::Finished;
}

bool TalkingCircle::take_turn_up(TimePoint now) {
  return turn_.take_end(now);
}

void TalkingCircle::begin_closing_round(int id, TimePoint now) {
  if (find(id) == nullptr) return;
  closing_ = true;
  give_to(id, now);
  turn_.reset();  // the last turn, for questions, is never timed
}

void TalkingCircle::finish(TimePoint now) {
  end_turn(now);
  closing_ = false;
}

}  // namespace kitbag
