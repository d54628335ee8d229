#include "app/core/journey/page_turner.h"

namespace kitbag {

void PageTurner::set_follows_timeline(bool follows, double position) {
  follows_ = follows;
  follow(position);
}

void PageTurner::follow(double position) {
  if (follows_) page_ = story_.page_at(position);
}

std::optional<double> PageTurner::next() {
  return at_last() ? std::nullopt : go_to(page_ + 1);
}

std::optional<double> PageTurner::previous() {
  return at_first() ? std::nullopt : go_to(page_ - 1);
}

std::optional<double> PageTurner::go_to(std::size_t page) {
  if (page >= page_count()) return std::nullopt;
  page_ = page;
  if (!follows_) return std::nullopt;
  return story_.page_start(page);
}

}  // namespace kitbag
