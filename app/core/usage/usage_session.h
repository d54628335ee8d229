// Who is using the app now, and the counting that follows from it: a sign-in begins a session,
// each tool opened in it is counted against it, and a guest (nobody signed in) begins a guest
// session with the first tool opened, so a child is never blocked and use is still seen.
// Counts leave through `count` as they happen; nothing about what was done in a tool does.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "app/core/usage/usage_line.h"

namespace kitbag {

struct SignedInPerson {
  std::string user;  // the pseudonym
  std::string org;   // the organisation's id
};

// Where guests are counted when the device has never been signed in to an organisation.
inline constexpr std::string_view kUnknownOrg = "unknown";

class UsageSession {
 public:
  using Count = std::function<void(const UsageLine&)>;
  using Today = std::function<std::string()>;  // the local date, "2026-12-02"

  UsageSession(Count count, Today today) : count_(std::move(count)), today_(std::move(today)) {}

  // Ends any session and begins this person's, counted at once.
  void sign_in(SignedInPerson person);
  // Ends the session; the next tool opened begins a guest one.
  void sign_out();
  // A tool's screen was opened (its key, e.g. "feelings").
  void tool_opened(std::string_view tool_key);
  // Guests are counted with the organisation this device last signed in to.
  void set_guest_org(std::string org) { guest_org_ = std::move(org); }

  const std::optional<SignedInPerson>& person() const { return person_; }
  bool in_session() const { return in_session_; }

 private:
  UsageLine line(long long sessions) const;

  Count count_;
  Today today_;
  std::optional<SignedInPerson> person_;
  std::string guest_org_{kUnknownOrg};
  bool in_session_ = false;
};

}  // namespace kitbag
