#include "app/core/journey/story.h"

#include <algorithm>

namespace kitbag {

std::string_view story_length_name(StoryLength length) {
  return length == StoryLength::Full ? "full" : "short";
}

std::optional<StoryLength> story_length_from_name(std::string_view name) {
  if (name == "full") return StoryLength::Full;
  if (name == "short") return StoryLength::Short;
  return std::nullopt;
}

std::optional<JourneyChoice> journey_choice_from_name(std::string_view name) {
  if (name == "full") return JourneyChoice::FullStory;
  if (name == "short") return JourneyChoice::ShortStory;
  if (name == "music") return JourneyChoice::MusicOnly;
  return std::nullopt;
}

std::optional<StoryLength> story_of(JourneyChoice choice) {
  switch (choice) {
    case JourneyChoice::FullStory:
      return StoryLength::Full;
    case JourneyChoice::ShortStory:
      return StoryLength::Short;
    case JourneyChoice::MusicOnly:
      break;
  }
  return std::nullopt;
}

int Story::total_seconds() const {
  int total = 0;
  for (const StoryPage& page : pages) total += page.seconds;
  return total;
}

double Story::page_start(std::size_t index) const {
  int start = 0;
  for (std::size_t i = 0; i < std::min(index, pages.size()); ++i) start += pages[i].seconds;
  return start;
}

std::size_t Story::page_at(double seconds) const {
  if (pages.empty()) return 0;
  double end = 0;
  for (std::size_t i = 0; i < pages.size(); ++i) {
    end += pages[i].seconds;
    if (seconds < end) return i;
  }
  return pages.size() - 1;
}

}  // namespace kitbag
