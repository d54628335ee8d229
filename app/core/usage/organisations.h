// The organisations people sign in with: local authorities and agencies, shipped as data in
// assets/organisations.json and checked like the decks, with "Another organisation" always
// offered last so nobody is turned away because their council is missing from the list.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kitbag {

struct Organisation {
  std::string id;    // counted with the usage: "leeds"
  std::string name;  // shown: "Leeds City Council"
  std::string kind;  // "local-authority" or "agency"
};

inline constexpr std::string_view kOtherOrgId = "other";

struct OrganisationList {
  std::vector<Organisation> organisations;  // as the file lists them, then "other"
  std::vector<std::string> problems;        // each names the file, the entry and the field

  const Organisation* find(std::string_view id) const;
  // The organisations whose name holds every word of `search` (any case), in list order; all of
  // them for an empty search. "Another organisation" always matches.
  std::vector<const Organisation*> matching(std::string_view search) const;
};

OrganisationList parse_organisations(std::string_view json_text, std::string_view source);
// Only "Another organisation": what is offered when the file cannot be read.
OrganisationList fallback_organisations();

}  // namespace kitbag
