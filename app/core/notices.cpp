#include "app/core/notices.h"

namespace kitbag {

void Notices::add(Notice notice) {
  // Said once is enough: the same problem found again (English's files read again for another
  // language, say) would only push other notices out of the banner.
  for (const Notice& held : notices_)
    if (held.title == notice.title && held.detail == notice.detail) return;
  if (sink_) sink_(notice);
  notices_.push_back(std::move(notice));
}

// Enough to find the files at fault without the notice filling the window.
constexpr std::size_t kProblemsInANotice = 6;

std::string summarise_problems(const std::vector<std::string>& problems) {
  std::string detail;
  for (std::size_t i = 0; i < problems.size() && i < kProblemsInANotice; ++i)
    detail += (i ? "\n" : "") + problems[i];
  if (problems.size() > kProblemsInANotice)
    detail += "\n...and " + std::to_string(problems.size() - kProblemsInANotice) + " more";
  return detail;
}

}  // namespace kitbag
