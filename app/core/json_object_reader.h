// Reads one JSON object of a file we ship (a card, a story page) field by field, collecting what
// is wrong in words a person can act on, so every loader checks text, numbers, colours and
// picture paths the same way.
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "app/core/cards/colour.h"

namespace kitbag {

// Where the words of a file we ship come from when they are not in the file itself: the
// language files, by key ("cards.animals.owl.title"). Nothing when no language has that key.
using WordLookup = std::function<std::optional<std::string>(std::string_view key)>;

class JsonObjectReader {
 public:
  // `where` names the object in messages, e.g. "stories/full.json: page 3". `known_fields` are
  // the names the object may have; any other is a warning, since a typo'd field is easy to miss.
  JsonObjectReader(const nlohmann::json& json, std::string where,
                   std::set<std::string, std::less<>> known_fields)
      : json_(json), where_(std::move(where)), known_(std::move(known_fields)) {}

  bool is_object() const { return json_.is_object(); }
  bool has(const char* name) const { return json_.contains(name); }
  // Once the object's id is known, messages name it too: "page 3 ("meadow")".
  void name_it(const std::string& id) { where_ += " (\"" + id + "\")"; }

  // Text of at most `max_length` characters, without tabs or control characters; line breaks
  // only where `line_breaks` allows. Empty when missing or wrong (and the fault recorded).
  std::string text(const char* name, std::size_t max_length, bool required, bool line_breaks = false);
  // The same, but the words `lookup` gives for `key` win over the file's own: shipped words
  // live in the language files, while a file made by hand may still carry its own.
  std::string words(const char* name, std::size_t max_length, bool required, bool line_breaks,
                    const WordLookup& lookup, const std::string& key);
  std::optional<long long> whole_number(const char* name, long long lowest, long long highest, bool required);
  std::optional<Rgb> colour(const char* name, bool required);
  // A PNG inside the assets folder ("art/owl.png"): no absolute path, no climbing out.
  void check_asset_png(const char* name, const std::string& path);

  void fail(std::string why) { errors_.push_back(std::move(why)); }
  bool failed() const { return !errors_.empty(); }

  // Moves warnings and errors into `problems`, each naming the object; errors end with
  // `consequence` ("the card is left out"). Returns true when there were no errors.
  bool report(std::vector<std::string>& problems, std::string_view consequence);

 private:
  std::string checked(const std::string& label, std::string text, std::size_t max_length, bool required,
                      bool line_breaks);

  const nlohmann::json& json_;
  std::string where_;
  std::set<std::string, std::less<>> known_;
  std::vector<std::string> errors_;
};

}  // namespace kitbag
