#include "app/usage/usage_store_opener.h"

#include <system_error>

#include "platform/file_contents.h"

namespace kitbag {
namespace {

constexpr const char* kCountingOff = "Usage is not being counted on this computer for now";

// Moves the store and its -wal and -shm files aside under one new name, so the copy can still
// be opened (and salvaged) as a whole. Returns the new name of the main file.
Result<std::filesystem::path> move_aside(const std::filesystem::path& file) {
  const std::filesystem::path folder = file.parent_path();
  const std::string name =
      unused_file_name(folder, file.filename().string() + ".damaged-" + file_timestamp(), "");
  const std::filesystem::path aside = folder / name;
  std::error_code error;
  std::filesystem::rename(file, aside, error);
  if (error) return Error{"cannot move " + file.string() + " aside: " + error.message()};
  for (const char* suffix : {"-wal", "-shm"}) {
    const std::filesystem::path part = file.string() + suffix;
    if (std::filesystem::exists(part, error)) std::filesystem::rename(part, aside.string() + suffix, error);
  }
  return aside;
}

long long unsent_in(const UsageSalvage& salvage) {
  long long unsent = 0;
  for (const StoredCount& count : salvage.counts) unsent += std::max(0LL, count.count - count.sent);
  return unsent;
}

std::optional<UsageStore> start_afresh(const std::filesystem::path& file, const std::string& why,
                                       Notices& notices) {
  auto aside = move_aside(file);
  if (!aside) {
    notices.add({kCountingOff, why + "; " + aside.error()});
    return std::nullopt;
  }
  const UsageSalvage salvage = salvage_usage(aside.value());
  auto fresh = UsageStore::open(file);
  if (!fresh) {
    notices.add({kCountingOff, why + "; a new store could not be made: " + fresh.error()});
    return std::nullopt;
  }
  const Status restored = fresh.value().restore(salvage);
  std::string detail =
      why + ". It is kept as " + aside.value().string() + ", and counting goes on in a new file. ";
  if (!restored)
    detail += "The counts in it could not be brought across (" + restored.error() + ").";
  else if (salvage.counts.empty() && salvage.waiting.empty())
    detail += "No counts could be read back from it.";
  else
    detail += std::to_string(unsent_in(salvage)) +
              " counts not yet sent were read back from it and will be sent." +
              (salvage.problem.empty() ? "" : " Reading stopped early: " + salvage.problem);
  notices.add({"The usage counts file was damaged, so a new one was started", detail});
  return std::move(fresh).value();
}

}  // namespace

std::optional<UsageStore> open_usage_store(const std::filesystem::path& data_dir, Notices& notices) {
  const std::filesystem::path file = data_dir / kUsageStoreFile;
  UsageStore::Problem problem = UsageStore::Problem::None;
  auto store = UsageStore::open(file, &problem);
  if (!store) {
    if (problem == UsageStore::Problem::Damaged)
      return start_afresh(file, file.string() + " cannot be read (" + store.error() + ")", notices);
    notices.add({kCountingOff, store.error()});
    return std::nullopt;
  }
  auto check = store.value().integrity_check();
  if (check && check.value() == "ok") return std::move(store).value();
  const std::string found = check ? check.value() : check.error();
  // The damaged store is closed, leaving its files as they were, before it is moved aside.
  store.value().leave_files_as_they_are();
  store = Error{"closed"};
  return start_afresh(file, file.string() + " failed its integrity check (" + found.substr(0, 200) + ")",
                      notices);
}

}  // namespace kitbag
