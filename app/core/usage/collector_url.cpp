#include "app/core/usage/collector_url.h"

#include <algorithm>
#include <cctype>

#include "app/core/i18n/current_strings.h"

namespace kitbag {

Result<CollectorUrl> parse_collector_url(std::string_view typed) {
  std::string text(typed);
  const auto first = text.find_first_not_of(" \t");
  const auto last = text.find_last_not_of(" \t");
  text = first == std::string::npos ? "" : text.substr(first, last - first + 1);
  while (!text.empty() && text.back() == '/') text.pop_back();
  if (text.empty()) return Error{tr("settings.address.empty")};

  const auto scheme_end = text.find("://");
  std::string scheme = scheme_end == std::string::npos ? "" : text.substr(0, scheme_end);
  std::transform(scheme.begin(), scheme.end(), scheme.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  if (scheme != "http" && scheme != "https") return Error{tr("settings.address.not-web")};
  const std::string rest = text.substr(scheme_end + 3);
  const auto slash = rest.find('/');
  const std::string authority = rest.substr(0, slash);
  const std::string path = slash == std::string::npos ? "" : rest.substr(slash);
  if (authority.empty()) return Error{tr("settings.address.no-server", {{"scheme", scheme}})};
  for (char c : text)
    if (static_cast<unsigned char>(c) <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '#' ||
        c == '?')
      return Error{tr("settings.address.bad-character")};
  if (authority.find('@') != std::string::npos) return Error{tr("settings.address.has-password")};
  if (const auto colon = authority.rfind(':');
      colon != std::string::npos && authority.find(']') == std::string::npos) {
    const std::string port = authority.substr(colon + 1);
    const bool digits = !port.empty() && port.size() <= 5 && std::all_of(port.begin(), port.end(), ::isdigit);
    if (!digits || std::stoi(port) == 0 || std::stoi(port) > 65535)
      return Error{tr("settings.address.bad-port")};
  }
  return CollectorUrl{scheme + "://" + authority, path};
}

}  // namespace kitbag
