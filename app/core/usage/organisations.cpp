#include "app/core/usage/organisations.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "app/core/cards/json_reading.h"
#include "app/core/json_object_reader.h"
#include "app/core/usage/usage_line.h"

namespace kitbag {
namespace {

constexpr std::size_t kMaxOrganisations = 2000;
constexpr std::size_t kMaxNameLength = 80;

Organisation other_organisation() {
  return {std::string(kOtherOrgId), "Another organisation", "other"};
}

std::string lowered(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace

const Organisation* OrganisationList::find(std::string_view id) const {
  for (const Organisation& org : organisations)
    if (org.id == id) return &org;
  return nullptr;
}

std::vector<const Organisation*> OrganisationList::matching(std::string_view search) const {
  std::vector<std::string> words;
  const std::string query = lowered(search);
  for (std::size_t at = 0; at < query.size();) {
    const auto start = query.find_first_not_of(" \t", at);
    if (start == std::string::npos) break;
    const auto end = query.find_first_of(" \t", start);
    words.push_back(query.substr(start, end == std::string::npos ? std::string::npos : end - start));
    at = end == std::string::npos ? query.size() : end;
  }
  std::vector<const Organisation*> found;
  for (const Organisation& org : organisations) {
    const std::string name = lowered(org.name);
    const bool all = std::all_of(words.begin(), words.end(),
                                 [&](const std::string& w) { return name.find(w) != std::string::npos; });
    if (all || org.id == kOtherOrgId) found.push_back(&org);
  }
  return found;
}

OrganisationList fallback_organisations() {
  return {{other_organisation()}, {}};
}

OrganisationList parse_organisations(std::string_view json_text, std::string_view source) {
  OrganisationList read = read_json_guarded<OrganisationList>(source, [&] {
    OrganisationList list;
    const std::string file(source);
    const auto parsed = parse_json(json_text, source, list.problems);
    if (!parsed) return list;
    const nlohmann::json& json = *parsed;
    if (!json.is_object() || !json.contains("organisations") || !json["organisations"].is_array()) {
      list.problems.push_back(file +
                              ": is not a list of organisations (expected an object with \"schema\" and "
                              "\"organisations\")");
    } else if (!json.contains("schema") || json["schema"] != 1) {
      list.problems.push_back(file + ": \"schema\" must be 1");
    } else {
      const auto& entries = json["organisations"];
      std::set<std::string> ids;
      for (std::size_t i = 0; i < entries.size() && i < kMaxOrganisations; ++i) {
        const std::string where = file + ": organisation " + std::to_string(i + 1);
        if (!entries[i].is_object()) {
          list.problems.push_back(where + ": is not an object with id, name and kind");
          continue;
        }
        JsonObjectReader reader(entries[i], where, {"id", "name", "kind"});
        Organisation org;
        org.id = reader.text("id", 64, true);
        if (!org.id.empty() && !is_valid_org_id(org.id))
          reader.fail("\"id\" must be lowercase letters, digits and '-' (got \"" + org.id + "\")");
        if (!org.id.empty()) reader.name_it(org.id);
        if (org.id == kOtherOrgId || org.id == "unknown")
          reader.fail("\"id\" \"" + org.id + "\" is kept for the app's own use");
        if (!org.id.empty() && ids.contains(org.id))
          reader.fail("\"id\" is used by an earlier organisation too");
        org.name = reader.text("name", kMaxNameLength, true);
        org.kind = reader.text("kind", 32, true);
        if (!org.kind.empty() && org.kind != "local-authority" && org.kind != "agency")
          reader.fail("\"kind\" must be \"local-authority\" or \"agency\" (got \"" + org.kind + "\")");
        if (!reader.report(list.problems, "it is left out of the list")) continue;
        ids.insert(org.id);
        list.organisations.push_back(std::move(org));
      }
      if (entries.size() > kMaxOrganisations)
        list.problems.push_back(file + ": lists more than " + std::to_string(kMaxOrganisations) +
                                " organisations; the rest are left out");
    }
    return list;
  });
  // Whatever the file held, nobody is turned away.
  read.organisations.push_back(other_organisation());
  return read;
}

}  // namespace kitbag
