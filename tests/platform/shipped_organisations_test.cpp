// The shipped organisations list: it loads through the app's own loader with no problem at all,
// every id is one the collector accepts, names are unique, and "Another organisation" comes last.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "app/core/usage/usage_line.h"
#include "app/usage_service.h"

namespace kitbag {
namespace {

TEST(ShippedOrganisations, LoadWithNoProblemsAndEndWithAnotherOrganisation) {
  const AssetLocator assets({std::filesystem::path(KITBAG_SOURCE_DIR) / "assets"});
  std::vector<std::string> problems;
  const OrganisationList list = load_organisations(assets, problems);
  EXPECT_TRUE(problems.empty()) << problems.front();
  ASSERT_GT(list.organisations.size(), 50u) << "local authorities and agencies, not just the fallback";
  EXPECT_EQ(list.organisations.back().id, kOtherOrgId);

  std::set<std::string> ids, names;
  int councils = 0;
  for (const Organisation& org : list.organisations) {
    EXPECT_TRUE(is_valid_org_id(org.id)) << org.id;
    EXPECT_TRUE(ids.insert(org.id).second) << "id used twice: " << org.id;
    EXPECT_TRUE(names.insert(org.name).second) << "name used twice: " << org.name;
    councils += org.kind == "local-authority";
  }
  EXPECT_GT(councils, 40);
  // What people search for finds their council, and only a few others.
  EXPECT_EQ(list.matching("leeds").front()->id, "leeds-city-council");
  EXPECT_LE(list.matching("leeds").size(), 3u);
}

}  // namespace
}  // namespace kitbag
