// The Wonder Journey's story: pages an adult reads aloud, each with how long it takes to read
// slowly (its pauses included), a picture and a colour wash. Page times laid end to end make
// the story's timeline, which the music and the gentle auto-advance follow.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/core/cards/colour.h"

namespace kitbag {

// The full story, or the short one for younger children.
enum class StoryLength { Full, Short };

std::string_view story_length_name(StoryLength length);  // "full", "short"
std::optional<StoryLength> story_length_from_name(std::string_view name);

// What the journey screen can open: a story with its music, or the music alone.
enum class JourneyChoice { FullStory, ShortStory, MusicOnly };
std::optional<JourneyChoice> journey_choice_from_name(std::string_view name);  // full, short, music
std::optional<StoryLength> story_of(JourneyChoice choice);                     // none for music only

struct StoryPage {
  std::string id;
  std::string text;
  int seconds = 0;      // reading it slowly, pauses and all
  std::string picture;  // "art/leaves.png", or empty
  Rgb wash_top;
  Rgb wash_bottom;
};

struct Story {
  StoryLength length = StoryLength::Full;
  std::string title;
  std::string music;  // inside the assets folder, e.g. "music/journey-full.ogg"
  std::vector<StoryPage> pages;

  int total_seconds() const;
  // When page `index` begins on the timeline; the story's end for an index past the last page.
  double page_start(std::size_t index) const;
  // The page being read at `seconds` into the story: the first before it starts, the last after
  // it ends. 0 for a story with no pages.
  std::size_t page_at(double seconds) const;
};

}  // namespace kitbag
