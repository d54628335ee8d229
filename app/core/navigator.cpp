#include "app/core/navigator.h"

namespace kitbag {

Navigator::Navigator(ScreenId start) : stack_{ScreenId::Home} {
  if (start != ScreenId::Home) stack_.push_back(start);
}

void Navigator::open(ScreenId screen) {
  if (screen == ScreenId::Home) return home();
  if (screen == current()) return;
  stack_.push_back(screen);
  ++generation_;
}

bool Navigator::back() {
  if (at_home()) return false;
  stack_.pop_back();
  ++generation_;
  return true;
}

void Navigator::home() {
  if (at_home()) return;
  stack_.resize(1);
  ++generation_;
}

}  // namespace kitbag
