// `kitbag usage`: the counts cached on this device, per organisation and month, with how much of
// each is sent and how much still waits; `--json` for machines. Only reads: a missing store is
// "nothing counted yet", and a damaged one is reported, not repaired (the app does that).
#pragma once

#include <filesystem>
#include <optional>
#include <ostream>

#include "app/core/usage/organisations.h"

namespace kitbag {

int print_usage_report(const std::optional<std::filesystem::path>& data_dir,
                       const OrganisationList& organisations, bool json, std::ostream& out,
                       std::ostream& err);

}  // namespace kitbag
