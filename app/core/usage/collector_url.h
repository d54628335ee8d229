// The collector's address, as a carer or an IT team types it into settings (or KITBAG_SYNC_URL):
// http or https, a host, an optional port and an optional path the API sits under.
#pragma once

#include <string>
#include <string_view>

#include "app/core/result.h"

namespace kitbag {

struct CollectorUrl {
  std::string origin;  // "https://kitbag.example.org:8443": scheme, host and port
  std::string path;    // "" or "/kitbag": what comes before "/v1/..."
  std::string endpoint(std::string_view api_path) const { return path + std::string(api_path); }
  std::string text() const { return origin + path; }
};

// Surrounding spaces and a trailing '/' are dropped. An error says, in words of the language in use,
// what is wrong.
Result<CollectorUrl> parse_collector_url(std::string_view typed);

}  // namespace kitbag
