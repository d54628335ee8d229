// Which screen is showing and how to get back: a stack whose root is always Home.
#pragma once

#include <cstdint>
#include <vector>

#include "app/core/screen_id.h"

namespace kitbag {

class Navigator {
 public:
  explicit Navigator(ScreenId start = ScreenId::Home);

  ScreenId current() const { return stack_.back(); }
  bool at_home() const { return stack_.size() == 1; }

  void open(ScreenId screen);  // opening Home returns to the root
  bool back();                 // false when already home
  void home();

  // Bumped on every change, so the shell can tell a new screen appeared and let it settle.
  std::uint64_t generation() const { return generation_; }

 private:
  std::vector<ScreenId> stack_;
  std::uint64_t generation_ = 0;
};

}  // namespace kitbag
