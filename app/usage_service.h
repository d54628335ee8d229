// Sign-in and anonymous counting, as the screens see them: who is signed in (a pseudonym and
// an organisation, never a name or a code), the organisations to choose from, the counts kept
// in the data directory, and the background sending of them to the collector.
// Without a data directory, or with a store that cannot be used, sign-in still works and the
// tools are never blocked; a notice says that nothing is being counted.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>

#include "app/core/notices.h"
#include "app/core/usage/organisations.h"
#include "app/core/usage/usage_session.h"
#include "app/usage/sync_worker.h"
#include "app/usage/usage_store.h"
#include "platform/asset_locator.h"

namespace kitbag {

// The organisations from assets/organisations.json, with "Another organisation" always last;
// what is wrong with the file goes to `problems`.
OrganisationList load_organisations(const AssetLocator& assets, std::vector<std::string>& problems);
// The name a screen shows: the organisation's own, or "Another organisation" in the language in use
// (the list keeps that one in English, for the terminal's report).
std::string shown_name(const Organisation& org);

struct UsageServiceSetup {
  std::optional<std::filesystem::path> data_dir;
  std::optional<std::string> sync_url_from_environment;  // KITBAG_SYNC_URL, which wins over the setting
  std::function<std::unique_ptr<BatchUploader>()> make_uploader;  // default: over HTTP(S)
  SyncOptions sync;
  UsageSession::Today today;  // default: the device's local date
};

class UsageService {
 public:
  UsageService(const AssetLocator& assets, Notices& notices, UsageServiceSetup setup);
  ~UsageService();

  // Read from assets/organisations.json the first time it is asked for.
  const OrganisationList& organisations();
  // The organisation this device last signed in to, if any.
  const std::optional<std::string>& last_org() const { return last_org_; }

  // Checks the code (offline: its check character) and signs the person in, counting a session.
  // Fails, with a sentence for the screen, when the organisation or the code cannot be right.
  Status sign_in(const std::string& org_id, std::string_view typed_code);
  void sign_out();
  const std::optional<SignedInPerson>& person() const { return session_.person(); }
  // The signed-in person's organisation's name as screens show it, or empty.
  std::string person_org_name();

  // A tool's screen was opened: counted against the session (a guest one if nobody signed in).
  void tool_opened(std::string_view tool_key);

  // False when counts cannot be kept on this device (no data folder, or an unusable store).
  bool counting() const { return store_.has_value(); }
  SyncStatus sync_status() const;

  // The collector's address as shown in settings; empty when none is set.
  std::string collector_address() const;
  bool collector_set_by_environment() const { return sync_url_from_environment_.has_value(); }
  // Saves a new address ("" stops sending) and tries to send at once.
  Status set_collector_address(const std::string& typed);
  void send_now();
  // Called from the sync thread when its status changes, to wake the UI.
  void set_changed_callback(std::function<void()> changed);

 private:
  void count(const UsageLine& line);

  const AssetLocator& assets_;
  Notices& notices_;
  std::optional<OrganisationList> organisations_;
  std::optional<UsageStore> store_;
  std::optional<std::string> last_org_;
  std::optional<std::string> sync_url_from_environment_;
  std::optional<CollectorUrl> collector_;
  UsageSession session_;
  bool write_failure_noticed_ = false;
  std::unique_ptr<SyncWorker> sync_;
};

}  // namespace kitbag
