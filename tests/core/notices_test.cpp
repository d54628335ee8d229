// Notices: each said once (to the banner and the sink), however often the same problem is found,
// and a loader's many problems summed up in a few lines.
#include "app/core/notices.h"

#include <gtest/gtest.h>

namespace kitbag {
namespace {

TEST(Notices, TheSameProblemFoundAgainIsSaidOnce) {
  std::vector<std::string> sunk;
  Notices notices([&](const Notice& notice) { sunk.push_back(notice.title); });
  notices.add({"Some of the app's words could not be read", "lang/en/app.json: not JSON"});
  notices.add({"Some of the app's words could not be read", "lang/en/app.json: not JSON"});
  notices.add({"Some of the app's words could not be read", "lang/en/cards.json: not JSON"});
  ASSERT_EQ(notices.all().size(), 2u);
  EXPECT_EQ(sunk.size(), 2u) << "nor printed twice";
  notices.dismiss_all();
  notices.add({"Some of the app's words could not be read", "lang/en/app.json: not JSON"});
  EXPECT_EQ(notices.all().size(), 1u) << "dismissed, then found again: said again";
}

TEST(Notices, ManyProblemsAreSummedUpInSixLinesAndACount) {
  std::vector<std::string> problems;
  for (int i = 1; i <= 9; ++i) problems.push_back("problem " + std::to_string(i));
  const std::string summary = summarise_problems(problems);
  EXPECT_NE(summary.find("problem 6"), std::string::npos);
  EXPECT_EQ(summary.find("problem 7"), std::string::npos);
  EXPECT_NE(summary.find("...and 3 more"), std::string::npos) << summary;
  EXPECT_EQ(summarise_problems({"only one"}), "only one");
}

}  // namespace
}  // namespace kitbag
