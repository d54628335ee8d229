// What every loader of our JSON files shares: a parse whose failure becomes a problem naming the
// file, and a guard so that nothing a file holds (a number too big, a value of the wrong type)
// can throw past the loader and crash the app.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kitbag {

inline std::optional<nlohmann::json> parse_json(std::string_view text, std::string_view source,
                                                std::vector<std::string>& problems) {
  try {
    return nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& error) {
    problems.push_back(std::string(source) + ": is not valid JSON (" + error.what() + ")");
    return std::nullopt;
  }
}

// Runs `read`, which returns a Load (anything with a `problems` list); whatever nlohmann throws
// becomes one more problem and an empty Load.
template <class Load, class Read>
Load read_json_guarded(std::string_view source, Read read) {
  try {
    return read();
  } catch (const nlohmann::json::exception& error) {
    Load load{};
    load.problems.push_back(std::string(source) + ": cannot be read (" + error.what() + ")");
    return load;
  }
}

}  // namespace kitbag
