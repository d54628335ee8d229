#include "app/story_library.h"

#include "app/core/i18n/current_strings.h"
#include "app/core/journey/story_parser.h"
#include "platform/file_contents.h"

namespace kitbag {
namespace {

// A story is a few kilobytes; anything this big is not one.
constexpr std::uintmax_t kMaxStoryBytes = 1024 * 1024;

std::size_t index(StoryLength length) {
  return length == StoryLength::Full ? 0 : 1;
}

void take_words(Story& story, const Story& reread) {
  story.title = reread.title;
  for (StoryPage& page : story.pages)
    for (const StoryPage& other : reread.pages)
      if (other.id == page.id) page.text = other.text;
}

}  // namespace

std::string story_file(StoryLength length) {
  return "stories/journey-" + std::string(story_length_name(length)) + ".json";
}

const Story* StoryLibrary::story(StoryLength length) {
  load();
  const auto& story = stories_[index(length)];
  return story ? &*story : nullptr;
}

const std::vector<std::string>& StoryLibrary::problems(StoryLength length) {
  load();
  return problems_[index(length)];
}

void StoryLibrary::reload_words() {
  if (!loaded_) return;
  loaded_ = false;
  load(false);
}

void StoryLibrary::load(bool announce) {
  if (loaded_) return;
  loaded_ = true;
  for (StoryLength length : {StoryLength::Full, StoryLength::Short}) {
    auto& problems = problems_[index(length)];
    problems.clear();
    const std::string relative = story_file(length);
    auto file = assets_.find(relative);
    if (!file) {
      problems.push_back(file.error());
    } else if (auto text = read_text_file(file.value(), kMaxStoryBytes); !text) {
      problems.push_back(text.error());
    } else {
      StoryLoad read = parse_story(text.value(), file.value().string(), length, current_words());
      // Read again for another language, only the words change: the pages a screen (and the
      // music's timeline) already go by stay, so a page a translation lacks keeps the words it had.
      auto& story = stories_[index(length)];
      if (story && read.story)
        take_words(*story, *read.story);
      else if (read.story)
        story = std::move(read.story);
      problems = std::move(read.problems);
    }
    if (problems.empty() || !announce) continue;
    std::string detail;
    for (const std::string& problem : problems) detail += problem + "\n";
    detail += stories_[index(length)] ? "The story shows the pages that could be read."
                                      : "This story is not offered; the other story and the music still are.";
    notices_.add({"A Wonder Journey story has problems", detail});
  }
}

}  // namespace kitbag
