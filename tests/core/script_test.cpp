#include "app/core/script.h"

#include <gtest/gtest.h>

namespace kitbag {
namespace {

TEST(Script, ParsesEveryCommand) {
  auto script = parse_script(
      "# a demo\n"
      "click tile:animals\n"
      "\n"
      "key shift+Tab\n"
      "type Hello there\n"
      "wait 0.25\n"
      "expect What would you like\n"
      "screenshot out/home.png\n"
      "presenter-screenshot out/child.png\n"
      "quit\n",
      "demo.kbs");
  ASSERT_TRUE(script.ok()) << script.error();
  const auto& steps = script.value().steps;
  ASSERT_EQ(steps.size(), 8u);
  EXPECT_EQ(steps[0].verb, ScriptVerb::Click);
  EXPECT_EQ(steps[0].argument, "tile:animals");
  EXPECT_EQ(steps[0].line, 2);
  EXPECT_EQ(steps[1].verb, ScriptVerb::Key);
  EXPECT_EQ(steps[1].key, (KeyChord{Key::Tab, true, false, false}));
  EXPECT_EQ(steps[2].argument, "Hello there");
  EXPECT_DOUBLE_EQ(steps[3].seconds, 0.25);
  EXPECT_EQ(steps[4].verb, ScriptVerb::Expect);
  EXPECT_EQ(steps[4].argument, "What would you like");
  EXPECT_EQ(steps[5].argument, "out/home.png");
  EXPECT_EQ(steps[6].verb, ScriptVerb::PresenterScreenshot);
  EXPECT_EQ(steps[6].argument, "out/child.png");
  EXPECT_EQ(steps[7].verb, ScriptVerb::Quit);
  EXPECT_EQ(where(script.value(), steps[4]), "demo.kbs:7: expect What would you like");
}

TEST(Script, ToleratesWindowsLineEndingsAndIndentation) {
  auto script = parse_script("  click About\r\n\tquit\r\n", "s");
  ASSERT_TRUE(script.ok()) << script.error();
  EXPECT_EQ(script.value().steps[0].argument, "About");
}

TEST(Script, AnEmptyScriptHasNoSteps) {
  auto script = parse_script("# nothing to do\n\n", "s");
  ASSERT_TRUE(script.ok());
  EXPECT_TRUE(script.value().steps.empty());
}

struct BadLine {
  const char* name;
  const char* text;
  const char* message;
};

class ScriptErrors : public ::testing::TestWithParam<BadLine> {};

TEST_P(ScriptErrors, NameTheFileAndLine) {
  auto script = parse_script(std::string("click About\n") + GetParam().text + "\n", "bad.kbs");
  ASSERT_FALSE(script.ok());
  EXPECT_NE(script.error().find("bad.kbs:2: "), std::string::npos) << script.error();
  EXPECT_NE(script.error().find(GetParam().message), std::string::npos) << script.error();
}

INSTANTIATE_TEST_SUITE_P(Script, ScriptErrors,
                         ::testing::Values(BadLine{"UnknownCommand", "clik About", "unknown command 'clik'"},
                                           BadLine{"ClickWithoutTarget", "click", "click needs a target"},
                                           BadLine{"UnknownKey", "key F42", "unknown key 'F42'"},
                                           BadLine{"WaitWithoutNumber", "wait soon", "wait expects seconds"},
                                           BadLine{"NegativeWait", "wait -1", "wait expects seconds"},
                                           BadLine{"ExpectWithoutText", "expect", "expect needs"},
                                           BadLine{"ScreenshotWithoutFile", "screenshot",
                                                   "screenshot needs a file name"},
                                           BadLine{"PresenterScreenshotWithoutFile", "presenter-screenshot",
                                                   "presenter-screenshot needs a file name"},
                                           BadLine{"TypeWithoutText", "type", "type needs some text"}),
                         [](const auto& param_info) { return std::string(param_info.param.name); });

}  // namespace
}  // namespace kitbag
