#include "app/usage_service.h"

#include "app/core/i18n/current_strings.h"
#include "app/core/usage/access_code.h"
#include "app/usage/local_day.h"
#include "app/usage/pseudonym.h"
#include "app/usage/usage_store_opener.h"
#include "platform/file_contents.h"

namespace kitbag {
namespace {

constexpr std::uintmax_t kMaxOrganisationsBytes = 1024 * 1024;

}  // namespace

UsageService::UsageService(const AssetLocator& assets, Notices& notices, UsageServiceSetup setup)
    : assets_(assets),
      notices_(notices),
      sync_url_from_environment_(std::move(setup.sync_url_from_environment)),
      session_([this](const UsageLine& line) { count(line); },
               setup.today ? std::move(setup.today) : UsageSession::Today([] { return local_day(); })) {
  if (!setup.data_dir) return;  // the data folder's own notice has said why
  store_ = open_usage_store(*setup.data_dir, notices_);
  if (!store_) return;

  if (auto org = store_->setting(kLastOrgSetting); org && org.value()) last_org_ = *org.value();
  if (last_org_) session_.set_guest_org(*last_org_);

  std::optional<std::string> address = sync_url_from_environment_;
  if (!address)
    if (auto saved = store_->setting(kSyncUrlSetting); saved && saved.value()) address = *saved.value();
  if (address && !address->empty()) {
    auto parsed = parse_collector_url(*address);
    if (parsed)
      collector_ = parsed.value();
    else
      notices_.add({"Counts cannot be sent to the collector",
                    "\"" + *address + "\"" + (sync_url_from_environment_ ? " (KITBAG_SYNC_URL)" : "") + ": " +
                        parsed.error()});
  }
  auto uploader = setup.make_uploader ? setup.make_uploader() : std::make_unique<HttpBatchUploader>();
  sync_ = std::make_unique<SyncWorker>(store_->file(), collector_, std::move(uploader), setup.sync);
}

UsageService::~UsageService() = default;

OrganisationList load_organisations(const AssetLocator& assets, std::vector<std::string>& problems) {
  auto path = assets.find("organisations.json");
  if (!path) {
    problems.push_back(path.error());
    return fallback_organisations();
  }
  auto text = read_text_file(path.value(), kMaxOrganisationsBytes);
  if (!text) {
    problems.push_back(text.error());
    return fallback_organisations();
  }
  OrganisationList list = parse_organisations(text.value(), path.value().string());
  // Whatever went wrong in the file, nobody is turned away.
  if (!list.find(kOtherOrgId)) list.organisations.push_back(fallback_organisations().organisations.front());
  for (std::string& problem : list.problems) problems.push_back(std::move(problem));
  list.problems.clear();
  return list;
}

std::string shown_name(const Organisation& org) {
  return org.id == kOtherOrgId ? tr("signin.org.other") : org.name;
}

const OrganisationList& UsageService::organisations() {
  if (organisations_) return *organisations_;
  std::vector<std::string> problems;
  organisations_ = load_organisations(assets_, problems);
  if (!problems.empty()) {
    std::string detail;
    for (const std::string& problem : problems) detail += (detail.empty() ? "" : "; ") + problem;
    notices_.add({"Some organisations could not be listed", detail});
  }
  return *organisations_;
}

Status UsageService::sign_in(const std::string& org_id, std::string_view typed_code) {
  if (org_id.empty() || organisations().find(org_id) == nullptr) return Error{tr("signin.org.missing")};
  auto code = normalise_access_code(typed_code);
  if (!code) return Error{code.error()};
  session_.sign_in({pseudonym_for(org_id, code.value()), org_id});
  last_org_ = org_id;
  session_.set_guest_org(org_id);
  if (store_) (void)store_->set_setting(kLastOrgSetting, org_id);
  return ok_status();
}

void UsageService::sign_out() {
  session_.sign_out();
}

std::string UsageService::person_org_name() {
  if (!person()) return {};
  const Organisation* org = organisations().find(person()->org);
  return org ? shown_name(*org) : person()->org;
}

void UsageService::tool_opened(std::string_view tool_key) {
  session_.tool_opened(tool_key);
}

void UsageService::count(const UsageLine& line) {
  if (!store_) return;
  if (auto added = store_->add(line); !added) {
    if (!write_failure_noticed_)
      notices_.add(
          {"A use of the app could not be counted", added.error() + ". The tools carry on as normal."});
    write_failure_noticed_ = true;
    return;
  }
  if (sync_) sync_->counts_changed();
}

SyncStatus UsageService::sync_status() const {
  if (!sync_)
    return SyncStatus{SyncStatus::State::Unavailable, 0, "Counts cannot be kept on this computer.", {}, 0};
  return sync_->status();
}

std::string UsageService::collector_address() const {
  if (sync_url_from_environment_) return *sync_url_from_environment_;
  return collector_ ? collector_->text() : std::string();
}

Status UsageService::set_collector_address(const std::string& typed) {
  if (sync_url_from_environment_) return Error{tr("settings.address.from-environment")};
  if (!store_) return Error{tr("settings.address.no-store")};
  std::optional<CollectorUrl> collector;
  if (typed.find_first_not_of(" \t") != std::string::npos) {
    auto parsed = parse_collector_url(typed);
    if (!parsed) return Error{parsed.error()};
    collector = parsed.value();
  }
  if (auto saved = store_->set_setting(kSyncUrlSetting, collector ? collector->text() : ""); !saved)
    return Error{tr("settings.address.not-saved", {{"problem", saved.error()}})};
  collector_ = collector;
  sync_->set_collector(collector_);
  return ok_status();
}

void UsageService::send_now() {
  if (sync_) sync_->send_now();
}

void UsageService::set_changed_callback(std::function<void()> changed) {
  if (sync_) sync_->set_changed_callback(std::move(changed));
}

}  // namespace kitbag
