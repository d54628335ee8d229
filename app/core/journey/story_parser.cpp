#include "app/core/journey/story_parser.h"

#include <nlohmann/json.hpp>
#include <set>

#include "app/core/cards/deck.h"
#include "app/core/cards/json_reading.h"
#include "app/core/json_object_reader.h"

namespace kitbag {
namespace {

using Json = nlohmann::json;

std::optional<StoryPage> read_page(const Json& json, std::string where, const std::string& story_key,
                                   const WordLookup& words, std::vector<std::string>& problems) {
  if (!json.is_object()) {
    problems.push_back(where + ": is not an object with the page's fields");
    return std::nullopt;
  }
  JsonObjectReader reader(json, std::move(where), {"id", "text", "seconds", "picture", "wash"});
  StoryPage page;
  page.id = reader.text("id", kMaxCardIdLength, true);
  // Page ids follow the same rule as card ids: safe in messages, scripts and file names.
  if (!page.id.empty() && !is_valid_card_id(page.id))
    reader.fail("\"id\" must be lowercase letters, digits and '-' (got \"" + page.id + "\")");
  if (!page.id.empty()) reader.name_it(page.id);
  page.text = reader.words("text", kMaxPageTextLength, true, true, words, story_key + page.id + ".text");
  if (auto seconds = reader.whole_number("seconds", kMinPageSeconds, kMaxPageSeconds, true))
    page.seconds = static_cast<int>(*seconds);
  page.picture = reader.text("picture", 200, false);
  if (!page.picture.empty()) reader.check_asset_png("picture", page.picture);

  const bool wash_ok = json.contains("wash") && json["wash"].is_array() && json["wash"].size() == 2 &&
                       json["wash"][0].is_string() && json["wash"][1].is_string();
  std::optional<Rgb> top, bottom;
  if (wash_ok) {
    top = parse_hex_colour(json["wash"][0].get<std::string>());
    bottom = parse_hex_colour(json["wash"][1].get<std::string>());
  }
  if (top && bottom) {
    page.wash_top = *top;
    page.wash_bottom = *bottom;
  } else {
    reader.fail("\"wash\" must be two colours, top and bottom, like [\"#F6E7C8\", \"#E7D3F0\"]");
  }
  if (!reader.report(problems, "the page is left out")) return std::nullopt;
  return page;
}

StoryLoad parse_story_unchecked(std::string_view json_text, std::string_view source, StoryLength expected,
                                const WordLookup& words) {
  StoryLoad load;
  const std::string file(source);
  const auto parsed = parse_json(json_text, source, load.problems);
  if (!parsed) return load;
  const Json& json = *parsed;
  if (!json.is_object()) {
    load.problems.push_back(file + ": is not a story (expected an object with \"schema\" and \"pages\")");
    return load;
  }
  if (!json.contains("schema") || !json["schema"].is_number_integer()) {
    load.problems.push_back(file + ": \"schema\" is missing; expected " +
                            std::to_string(kStorySchemaVersion));
    return load;
  }
  if (const auto schema = json["schema"].get<long long>(); schema != kStorySchemaVersion) {
    load.problems.push_back(file + ": schema " + std::to_string(schema) + " is not one this version reads (" +
                            std::to_string(kStorySchemaVersion) + ")");
    return load;
  }
  JsonObjectReader reader(json, file, {"schema", "story", "title", "music", "pages"});
  const std::string length = reader.text("story", 10, true);
  if (!length.empty() && story_length_from_name(length) != expected)
    reader.fail("\"story\" must be \"" + std::string(story_length_name(expected)) + "\" (got \"" + length +
                "\")");
  Story story;
  story.length = expected;
  const std::string story_key = "story." + std::string(story_length_name(expected)) + ".";
  story.title = reader.words("title", 80, true, false, words, story_key + "title");
  story.music = reader.text("music", 200, true);
  const bool music_inside_assets =
      !story.music.starts_with('/') && story.music.find("..") == std::string::npos;
  if (!story.music.empty() && !music_inside_assets)
    reader.fail("\"music\" must be a file inside the assets folder, like \"music/journey-full.ogg\" (got \"" +
                story.music + "\")");
  if (!json.contains("pages") || !json["pages"].is_array() || json["pages"].empty())
    reader.fail("\"pages\" is missing, empty or not a list");
  if (!reader.report(load.problems, "the story cannot be read")) return load;

  const Json& pages = json["pages"];
  std::set<std::string, std::less<>> seen;
  for (std::size_t i = 0; i < pages.size(); ++i) {
    if (story.pages.size() == kMaxStoryPages) {
      load.problems.push_back(file + ": more than " + std::to_string(kMaxStoryPages) +
                              " pages; the rest are left out");
      break;
    }
    auto page = read_page(pages[i], file + ": page " + std::to_string(i + 1), story_key, words, load.problems);
    if (!page) continue;
    if (!seen.insert(page->id).second) {
      load.problems.push_back(file + ": page " + std::to_string(i + 1) + " (\"" + page->id +
                              "\"): \"id\" is already used by an earlier page; this one is left out");
      continue;
    }
    story.pages.push_back(std::move(*page));
  }
  if (story.pages.empty()) {
    load.problems.push_back(file + ": no page could be read, so the story cannot be shown");
    return load;
  }
  load.story = std::move(story);
  return load;
}

}  // namespace

StoryLoad parse_story(std::string_view json_text, std::string_view source, StoryLength expected,
                      const WordLookup& words) {
  // With no language files at all, a page whose words live in them still names the key it
  // lacks, so the problem says where the words should have come from.
  const WordLookup lookup =
      words ? words : WordLookup([](std::string_view) -> std::optional<std::string> { return std::nullopt; });
  return read_json_guarded<StoryLoad>(
      source, [&] { return parse_story_unchecked(json_text, source, expected, lookup); });
}

}  // namespace kitbag
