// Which page of the story shows: turned by hand, or, with "turn pages with the music" on, the
// page the timeline has reached. Turning a page by hand while following moves the timeline to
// that page's start, so the words and the music stay together.
#pragma once

#include <cstddef>
#include <optional>

#include "app/core/journey/story.h"

namespace kitbag {

class PageTurner {
 public:
  explicit PageTurner(const Story& story) : story_(story) {}

  std::size_t page() const { return page_; }
  std::size_t page_count() const { return story_.pages.size(); }
  bool at_first() const { return page_ == 0; }
  bool at_last() const { return page_count() == 0 || page_ + 1 >= page_count(); }

  bool follows_timeline() const { return follows_; }
  // Turning it on shows the page the timeline is at.
  void set_follows_timeline(bool follows, double position);

  // Each frame while the timeline runs: the page it has reached, when following.
  void follow(double position);

  // By hand. When following, each returns where the timeline should jump to; else nothing.
  std::optional<double> next();
  std::optional<double> previous();
  std::optional<double> go_to(std::size_t page);

 private:
  const Story& story_;
  std::size_t page_ = 0;
  bool follows_ = false;
};

}  // namespace kitbag
