// The checks on the parts of a usage line, which the app and the collector both make.
#include "app/core/usage/usage_line.h"

#include <gtest/gtest.h>

#include <string>

namespace kitbag {
namespace {

const std::string kPseudonym = "0123456789abcdef0123456789abcdef";

TEST(UsageLine, APseudonymIsExactlyThirtyTwoLowercaseHexDigits) {
  EXPECT_TRUE(is_valid_pseudonym(kPseudonym));
  EXPECT_TRUE(is_valid_pseudonym(std::string(32, 'f')));
  EXPECT_TRUE(is_valid_pseudonym(std::string(32, '0')));
  EXPECT_FALSE(is_valid_pseudonym(kPseudonym.substr(1))) << "31 digits";
  EXPECT_FALSE(is_valid_pseudonym(kPseudonym + "0")) << "33 digits";
  EXPECT_FALSE(is_valid_pseudonym(""));
  EXPECT_FALSE(is_valid_pseudonym("0123456789ABCDEF0123456789abcdef")) << "uppercase hex";
  EXPECT_FALSE(is_valid_pseudonym("0123456789abcdef0123456789abcdeg")) << "g is not hex";
  EXPECT_FALSE(is_valid_pseudonym("0123456789abcdef-123456789abcdef"));
  EXPECT_FALSE(is_valid_pseudonym(std::string(kGuestUser))) << "a guest is not a pseudonym";
}

TEST(UsageLine, AnOrganisationIdIsOneToSixtyFourOfLowercaseDigitsAndDashes) {
  EXPECT_TRUE(is_valid_org_id("leeds"));
  EXPECT_TRUE(is_valid_org_id("north-yorkshire"));
  EXPECT_TRUE(is_valid_org_id("a"));
  EXPECT_TRUE(is_valid_org_id("trust-2"));
  EXPECT_TRUE(is_valid_org_id(std::string(64, 'a')));
  EXPECT_FALSE(is_valid_org_id(std::string(65, 'a')));
  EXPECT_FALSE(is_valid_org_id(""));
  EXPECT_FALSE(is_valid_org_id("Leeds"));
  EXPECT_FALSE(is_valid_org_id("leeds_council"));
  EXPECT_FALSE(is_valid_org_id("leeds council"));
  EXPECT_FALSE(is_valid_org_id("leeds\n"));
  EXPECT_FALSE(
      is_valid_org_id("l\xC3\xA9"
                      "eds"));
}

TEST(UsageLine, AToolKeyIsOneToThirtyTwoOfLowercaseLettersAndDashes) {
  EXPECT_TRUE(is_valid_tool_key("feelings"));
  EXPECT_TRUE(is_valid_tool_key("talking-stick"));
  EXPECT_TRUE(is_valid_tool_key("a"));
  EXPECT_TRUE(is_valid_tool_key(std::string(32, 'z')));
  EXPECT_FALSE(is_valid_tool_key(std::string(33, 'z')));
  EXPECT_FALSE(is_valid_tool_key(""));
  EXPECT_FALSE(is_valid_tool_key("Feelings"));
  EXPECT_FALSE(is_valid_tool_key("tool2")) << "digits are for organisations, not tools";
  EXPECT_FALSE(is_valid_tool_key("talking_stick"));
  EXPECT_FALSE(is_valid_tool_key("talking stick"));
}

TEST(UsageLine, ADayIsARealDateWrittenYearMonthDay) {
  EXPECT_TRUE(is_valid_day("2026-12-02"));
  EXPECT_TRUE(is_valid_day("2026-01-31"));
  EXPECT_TRUE(is_valid_day("2026-04-30"));
  EXPECT_FALSE(is_valid_day("2026-04-31")) << "April has 30 days";
  EXPECT_FALSE(is_valid_day("2026-13-01"));
  EXPECT_FALSE(is_valid_day("2026-00-10"));
  EXPECT_FALSE(is_valid_day("2026-12-00"));
  EXPECT_FALSE(is_valid_day("2026-12-32"));
}

TEST(UsageLine, TheTwentyNinthOfFebruaryIsValidOnlyInALeapYear) {
  EXPECT_FALSE(is_valid_day("2026-02-29"));
  EXPECT_TRUE(is_valid_day("2028-02-29"));
  EXPECT_TRUE(is_valid_day("2028-02-28"));
  EXPECT_FALSE(is_valid_day("2028-02-30"));
  EXPECT_FALSE(is_valid_day("2100-02-29")) << "a century is not a leap year unless it divides by 400";
}

TEST(UsageLine, ADayIsFromTwentyTwentyToTwentyOneNinetyNine) {
  EXPECT_TRUE(is_valid_day("2020-01-01"));
  EXPECT_TRUE(is_valid_day("2199-12-31"));
  EXPECT_FALSE(is_valid_day("2019-12-31"));
  EXPECT_FALSE(is_valid_day("2200-01-01"));
  EXPECT_FALSE(is_valid_day("0000-01-01"));
}

TEST(UsageLine, ADayInAnyOtherShapeIsRefused) {
  for (const char* day : {"", "2026-12-2", "2026-1-02", "26-12-02", "2026/12/02", "2026-12-02x",
                          " 2026-12-02", "2026-1a-01", "20a6-12-02", "2026-12-0a", "2026-+1-02", "2026--1-02",
                          "2026-12-+2", "2026-12-02T00:00", "02-12-2026"})
    EXPECT_FALSE(is_valid_day(day)) << "\"" << day << "\"";
}

TEST(UsageLine, ALineKnowsItsMonthAndWhetherItIsAGuests) {
  UsageLine line{kPseudonym, "leeds", "2026-12-02", 3, {{"feelings", 1}}};
  EXPECT_EQ(line.month(), "2026-12");
  EXPECT_FALSE(line.guest());
  line.user = kGuestUser;
  EXPECT_TRUE(line.guest());
}

}  // namespace
}  // namespace kitbag
