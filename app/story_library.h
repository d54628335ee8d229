// The Wonder Journey's two stories, read from the assets the first time the journey opens and
// checked like the decks: each problem becomes a notice naming the file and the page, and a
// story that cannot be read is simply not offered (the music alone still is).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "app/core/journey/story.h"
#include "app/core/notices.h"
#include "platform/asset_locator.h"

namespace kitbag {

// The music offered on its own, with no story: the full story's, the longest.
inline constexpr const char* kMusicOnlyFile = "music/journey-full.ogg";

class StoryLibrary {
 public:
  StoryLibrary(const AssetLocator& assets, Notices& notices) : assets_(assets), notices_(notices) {}

  // Nothing when the file is missing or unusable (a notice has said why).
  const Story* story(StoryLength length);
  const std::vector<std::string>& problems(StoryLength length);
  // Read again, in the language now in use, if they have been read; a story a screen holds
  // stays at the same address.
  void reload_words();

 private:
  // Reports what it finds unless `announce` is false (read again for a language: the files have
  // not changed, and their problems were said when they were first read).
  void load(bool announce = true);

  const AssetLocator& assets_;
  Notices& notices_;
  bool loaded_ = false;
  std::array<std::optional<Story>, 2> stories_;
  std::array<std::vector<std::string>, 2> problems_;
};

// "stories/journey-full.json"
std::string story_file(StoryLength length);

}  // namespace kitbag
