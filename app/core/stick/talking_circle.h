// The talking stick: 2 to 8 people in a circle, who holds the stick, each person's turns and
// speaking time (by the clock), optional equal turns, and a closing round. Names live here, in
// memory, for the session only: nothing in this class is ever written anywhere.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "app/core/timer/countdown.h"

namespace kitbag {

class TalkingCircle {
 public:
  using TimePoint = std::chrono::steady_clock::time_point;
  using Duration = std::chrono::steady_clock::duration;

  static constexpr int kFewest = 2;
  static constexpr int kMost = 8;

  struct Person {
    int id = 0;        // stable while the circle lasts, so removing someone never renames another
    std::string name;  // optional, typed in the session
    int turns = 0;
    Duration spoken{};  // finished turns only; see spoken(id, now) for the running total
  };

  explicit TalkingCircle(int people = 2);

  const std::vector<Person>& people() const { return people_; }
  bool add_person();                          // false at kMost
  bool remove_person(int id, TimePoint now);  // false at kFewest; the holder's turn ends, the stick moves on
  void set_name(int id, std::string name);

  // The stick goes to `id` (a new turn, even back to the same person after someone else).
  void give_to(int id, TimePoint now);
  // To the next person round the circle, or to the first when nobody holds it yet.
  void pass(TimePoint now);
  std::optional<int> holder() const { return holder_; }
  Duration holding_for(TimePoint now) const;
  Duration spoken(int id, TimePoint now) const;
  // Everyone's share of the time spoken so far, 0..1 each (all 0 before anyone has spoken).
  std::vector<float> shares(TimePoint now) const;

  // Equal turns: each turn is `length` long, timed by a countdown, with a cue when it is up.
  // Off with nullopt, at once; a new length applies from the next turn.
  void set_turn_length(std::optional<Duration> length);
  std::optional<Duration> turn_length() const { return turn_length_; }
  std::optional<TimePoint> turn_ends_at() const;
  bool turn_is_up(TimePoint now) const;
  // The holder's turn as a countdown, for the disc that shows it; Ready when turns are not timed.
  const Countdown& turn() const { return turn_; }
  // True once per timed turn, when it is up: the cue sounds once, not every frame after.
  bool take_turn_up(TimePoint now);

  // The closing round: one last turn for `id` (the child, to ask anything about what was said).
  void begin_closing_round(int id, TimePoint now);
  bool closing() const { return closing_; }
  // Ends the session: the last turn is counted and nobody holds the stick.
  void finish(TimePoint now);

 private:
  Person* find(int id);
  void end_turn(TimePoint now);

  std::vector<Person> people_;
  int next_id_ = 1;
  std::optional<int> holder_;
  TimePoint turn_started_{};
  std::optional<Duration> turn_length_;
  Countdown turn_;
  bool closing_ = false;
};

}  // namespace kitbag
