#include "app/core/usage/usage_batch.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <tuple>

namespace kitbag {
namespace {

using Json = nlohmann::json;

// The whole line, so that even two lines for the same person and day sort the same way every time.
auto line_key(const UsageLine& line) {
  return std::tie(line.user, line.org, line.day, line.sessions, line.tools);
}

// A count, or a sentence saying what is wrong with it.
Result<long long> read_count(const Json& value, const std::string& where) {
  if (!value.is_number_integer() ||
      (value.is_number_unsigned() &&
       value.get<unsigned long long>() > static_cast<unsigned long long>(kMaxCountInLine)))
    return Error{where + " must be a whole number from 0 to " + std::to_string(kMaxCountInLine)};
  const long long count = value.get<long long>();
  if (count < 0 || count > kMaxCountInLine)
    return Error{where + " must be a whole number from 0 to " + std::to_string(kMaxCountInLine)};
  return count;
}

Result<UsageLine> read_line(const Json& json, const std::string& where) {
  if (!json.is_object()) return Error{where + " is not an object"};
  for (const auto& [name, value] : json.items())
    if (name != "user" && name != "org" && name != "day" && name != "sessions" && name != "tools")
      return Error{where + ": unknown field \"" + name +
                   "\" (only user, org, day, sessions and tools are kept)"};
  UsageLine line;
  auto text = [&](const char* name) -> Result<std::string> {
    if (!json.contains(name) || !json[name].is_string())
      return Error{where + ": \"" + name + "\" must be text"};
    return json[name].get<std::string>();
  };
  auto user = text("user");
  if (!user) return Error{user.error()};
  line.user = user.value();
  if (!line.guest() && !is_valid_pseudonym(line.user))
    return Error{where + ": \"user\" must be 32 lowercase hex digits or \"guest\""};
  auto org = text("org");
  if (!org) return Error{org.error()};
  line.org = org.value();
  if (!is_valid_org_id(line.org)) return Error{where + ": \"org\" must be 1 to 64 of a-z, 0-9 and '-'"};
  auto day = text("day");
  if (!day) return Error{day.error()};
  line.day = day.value();
  if (!is_valid_day(line.day)) return Error{where + ": \"day\" must be a date like 2026-12-02"};
  if (json.contains("sessions")) {
    auto sessions = read_count(json["sessions"], where + ": \"sessions\"");
    if (!sessions) return Error{sessions.error()};
    line.sessions = sessions.value();
  }
  if (json.contains("tools")) {
    const Json& tools = json["tools"];
    if (!tools.is_object()) return Error{where + ": \"tools\" must be an object of tool names and counts"};
    for (const auto& [tool, value] : tools.items()) {
      if (!is_valid_tool_key(tool))
        return Error{where + ": tool \"" + tool + "\" must be 1 to 32 of a-z and '-'"};
      auto count = read_count(value, where + ": tools \"" + tool + "\"");
      if (!count) return Error{count.error()};
      if (count.value() > 0) line.tools[tool] = count.value();
    }
  }
  return line;
}

}  // namespace

bool is_valid_batch_id(std::string_view id) {
  return is_valid_pseudonym(id);  // the same shape: 128 random bits in lowercase hex
}

std::string usage_batch_to_json(const UsageBatch& batch) {
  std::vector<UsageLine> lines = batch.lines;
  std::sort(lines.begin(), lines.end(),
            [](const UsageLine& a, const UsageLine& b) { return line_key(a) < line_key(b); });
  Json out_lines = Json::array();
  for (const UsageLine& line : lines) {
    const bool counts_something =
        line.sessions > 0 ||
        std::any_of(line.tools.begin(), line.tools.end(), [](const auto& t) { return t.second > 0; });
    if (!counts_something) continue;  // a line of zeros says nothing, so the same content gives the same text
    Json json{{"user", line.user}, {"org", line.org}, {"day", line.day}};
    if (line.sessions > 0) json["sessions"] = line.sessions;
    Json tools = Json::object();
    for (const auto& [tool, count] : line.tools)
      if (count > 0) tools[tool] = count;
    if (!tools.empty()) json["tools"] = tools;
    out_lines.push_back(std::move(json));
  }
  return Json{{"schema", kUsageBatchSchema}, {"batch_id", batch.id}, {"lines", out_lines}}.dump();
}

Result<UsageBatch> usage_batch_from_json(std::string_view text) {
  if (text.size() > kMaxBatchBytes)
    return Error{"the batch is larger than " + std::to_string(kMaxBatchBytes / 1024) + " KiB"};
  const Json json = Json::parse(text, nullptr, false);
  if (json.is_discarded()) return Error{"the batch is not valid JSON"};
  if (!json.is_object()) return Error{"the batch must be a JSON object with schema, batch_id and lines"};
  if (!json.contains("schema") || !json["schema"].is_number_integer() ||
      json["schema"].get<long long>() != kUsageBatchSchema)
    return Error{"\"schema\" must be " + std::to_string(kUsageBatchSchema)};
  if (!json.contains("batch_id") || !json["batch_id"].is_string() ||
      !is_valid_batch_id(json["batch_id"].get<std::string>()))
    return Error{"\"batch_id\" must be 32 lowercase hex digits"};
  if (!json.contains("lines") || !json["lines"].is_array()) return Error{"\"lines\" must be a list"};
  const Json& lines = json["lines"];
  if (lines.size() > kMaxLinesInBatch)
    return Error{"a batch holds at most " + std::to_string(kMaxLinesInBatch) + " lines (got " +
                 std::to_string(lines.size()) + ")"};
  for (const auto& [name, value] : json.items())
    if (name != "schema" && name != "batch_id" && name != "lines")
      return Error{"unknown field \"" + name + "\" (only schema, batch_id and lines are kept)"};

  UsageBatch batch;
  batch.id = json["batch_id"].get<std::string>();
  std::map<std::tuple<std::string, std::string, std::string>, UsageLine> merged;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    auto line = read_line(lines[i], "line " + std::to_string(i + 1));
    if (!line) return Error{line.error()};
    const UsageLine& read = line.value();
    auto [it, fresh] = merged.try_emplace({read.user, read.org, read.day}, read);
    if (fresh) continue;
    // Sums stay within what one line may hold, so nothing downstream can overflow.
    UsageLine& into = it->second;
    into.sessions = std::min(into.sessions + read.sessions, kMaxCountInLine);
    for (const auto& [tool, count] : read.tools)
      into.tools[tool] = std::min(into.tools[tool] + count, kMaxCountInLine);
  }
  for (auto& [key, line] : merged) batch.lines.push_back(std::move(line));
  return batch;
}

}  // namespace kitbag
