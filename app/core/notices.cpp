#include "app/core/notices.h"

namespace kitbag {

void Notices::add(Notice notice) {
  if (sink_) sink_(notice);
  notices_.push_back(std::move(notice));
}

}  // namespace kitbag
