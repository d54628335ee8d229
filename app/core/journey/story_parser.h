// Reads a story file (JSON, schema 1) and checks every field, as decks are checked: a bad page
// is reported and left out and the rest of the story still reads; only a file that is not a
// story at all, or has no usable page, loads nothing.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/core/journey/story.h"
#include "app/core/json_object_reader.h"

namespace kitbag {

inline constexpr int kStorySchemaVersion = 1;
inline constexpr std::size_t kMaxStoryPages = 60;
inline constexpr std::size_t kMaxPageTextLength = 700;  // a page is read in one breath of layout
inline constexpr int kMinPageSeconds = 3;
inline constexpr int kMaxPageSeconds = 300;

struct StoryLoad {
  std::optional<Story> story;
  std::vector<std::string> problems;  // each names the file, and the page and field at fault
};

// `source` names the file in messages; `expected` is the version the file should hold. The
// shipped story's words come from `words` ("story.full.title", "story.full.<page>.text"); a
// story file may also carry its own, used where `words` has none.
StoryLoad parse_story(std::string_view json_text, std::string_view source, StoryLength expected,
                      const WordLookup& words = {});

}  // namespace kitbag
