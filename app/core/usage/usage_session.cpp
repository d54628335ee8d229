#include "app/core/usage/usage_session.h"

namespace kitbag {

UsageLine UsageSession::line(long long sessions) const {
  UsageLine line;
  line.user = person_ ? person_->user : std::string(kGuestUser);
  line.org = person_ ? person_->org : guest_org_;
  line.day = today_();
  line.sessions = sessions;
  return line;
}

void UsageSession::sign_in(SignedInPerson person) {
  person_ = std::move(person);
  in_session_ = true;
  count_(line(1));
}

void UsageSession::sign_out() {
  person_.reset();
  in_session_ = false;
}

void UsageSession::tool_opened(std::string_view tool_key) {
  UsageLine opened = line(in_session_ ? 0 : 1);
  in_session_ = true;
  opened.tools[std::string(tool_key)] = 1;
  count_(opened);
}

}  // namespace kitbag
