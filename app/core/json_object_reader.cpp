#include "app/core/json_object_reader.h"

#include "app/core/cards/deck_parser.h"

namespace kitbag {
namespace {

std::string in_quotes(std::string_view name) {
  return "\"" + std::string(name) + "\"";
}

}  // namespace

std::string JsonObjectReader::text(const char* name, std::size_t max_length, bool required,
                                   bool line_breaks) {
  if (!json_.contains(name)) {
    if (required) fail(in_quotes(name) + " is missing");
    return {};
  }
  const nlohmann::json& value = json_[name];
  if (!value.is_string()) {
    fail(in_quotes(name) + " must be text");
    return {};
  }
  return checked(in_quotes(name), value.get<std::string>(), max_length, required, line_breaks);
}

std::string JsonObjectReader::words(const char* name, std::size_t max_length, bool required, bool line_breaks,
                                    const WordLookup& lookup, const std::string& key) {
  if (auto found = lookup ? lookup(key) : std::nullopt)
    return checked(in_quotes(key) + " in the language files", std::move(*found), max_length, required,
                   line_breaks);
  if (!json_.contains(name)) {
    if (required)
      fail(in_quotes(name) + " is missing" + (lookup ? ", and no language file gives \"" + key + "\"" : ""));
    return {};
  }
  return text(name, max_length, required, line_breaks);
}

std::string JsonObjectReader::checked(const std::string& label, std::string text, std::size_t max_length, bool required,
                                      bool line_breaks) {
  if (required && text.find_first_not_of(" \t\n") == std::string::npos) {
    fail(label + " is empty");
    return {};
  }
  if (has_control_characters(text, line_breaks)) {
    fail(label + " has a tab, line break or other control character");
    return {};
  }
  if (visible_length(text) > max_length) {
    fail(label + " is longer than " + std::to_string(max_length) + " characters");
    return {};
  }
  return text;
}

std::optional<long long> JsonObjectReader::whole_number(const char* name, long long lowest, long long highest,
                                                        bool required) {
  if (!json_.contains(name)) {
    if (required) fail(in_quotes(name) + " is missing");
    return std::nullopt;
  }
  const nlohmann::json& value = json_[name];
  // Unsigned first: a huge positive number is not a signed one, and get<long long> would wrap it.
  if (!value.is_number_integer() ||
      (value.is_number_unsigned() &&
       value.get<unsigned long long>() > static_cast<unsigned long long>(highest)) ||
      value.get<long long>() < lowest || value.get<long long>() > highest) {
    fail(in_quotes(name) + " must be a whole number from " + std::to_string(lowest) + " to " +
         std::to_string(highest));
    return std::nullopt;
  }
  return value.get<long long>();
}

std::optional<Rgb> JsonObjectReader::colour(const char* name, bool required) {
  const std::string written = text(name, 7, required);
  if (written.empty()) return std::nullopt;
  auto rgb = parse_hex_colour(written);
  if (!rgb) fail(in_quotes(name) + " must look like \"#F5C542\" (got \"" + written + "\")");
  return rgb;
}

void JsonObjectReader::check_asset_png(const char* name, const std::string& path) {
  const bool inside_assets = !path.starts_with('/') && path.find("..") == std::string::npos;
  if (!inside_assets || !path.ends_with(".png"))
    fail(in_quotes(name) + " must be a PNG inside the assets folder, like \"art/owl.png\" (got \"" + path +
         "\")");
}

bool JsonObjectReader::report(std::vector<std::string>& problems, std::string_view consequence) {
  if (json_.is_object())
    for (const auto& [key, value] : json_.items())
      if (!known_.contains(key))
        problems.push_back(where_ + ": unknown field " + in_quotes(key) + " (ignored)");
  for (auto& error : errors_) problems.push_back(where_ + ": " + error + "; " + std::string(consequence));
  const bool clean = errors_.empty();
  errors_.clear();
  return clean;
}

}  // namespace kitbag
