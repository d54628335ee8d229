// The collector's address as people type it: forgiving of a trailing '/' and spaces, strict about
// anything that would send counts somewhere unexpected, and saying in words what is wrong.
#include "app/core/usage/collector_url.h"

#include <gtest/gtest.h>

#include <cctype>
#include <string>

#include "tests/support/contains.h"

namespace kitbag {
namespace {

using test::Contains;

// The typed address is refused with a message holding `part`.
::testing::AssertionResult Refused(const std::string& typed, const std::string& part) {
  const auto parsed = parse_collector_url(typed);
  if (parsed.ok())
    return ::testing::AssertionFailure() << "\"" << typed << "\" was accepted as " << parsed.value().text();
  if (parsed.error().find(part) == std::string::npos)
    return ::testing::AssertionFailure() << "\"" << typed << "\" was refused with \"" << parsed.error()
                                         << "\", which does not contain \"" << part << "\"";
  return ::testing::AssertionSuccess();
}

TEST(CollectorUrl, AnHttpsAddressIsAnOriginWithNoPath) {
  const auto parsed = parse_collector_url("https://kitbag.example.org");
  ASSERT_TRUE(parsed.ok()) << parsed.error();
  EXPECT_EQ(parsed.value().origin, "https://kitbag.example.org");
  EXPECT_EQ(parsed.value().path, "");
  EXPECT_EQ(parsed.value().endpoint("/v1/batches"), "/v1/batches");
  EXPECT_EQ(parsed.value().text(), "https://kitbag.example.org");
}

TEST(CollectorUrl, PlainHttpIsAcceptedForALocalNetwork) {
  const auto parsed = parse_collector_url("http://192.168.1.20:8080");
  ASSERT_TRUE(parsed.ok()) << parsed.error();
  EXPECT_EQ(parsed.value().origin, "http://192.168.1.20:8080");
  EXPECT_EQ(parsed.value().path, "");
}

TEST(CollectorUrl, TheSchemeMayBeWrittenInAnyCase) {
  const auto upper = parse_collector_url("HTTPS://kitbag.example.org");
  ASSERT_TRUE(upper.ok()) << upper.error();
  EXPECT_EQ(upper.value().origin, "https://kitbag.example.org");
  const auto mixed = parse_collector_url("Http://kitbag.local");
  ASSERT_TRUE(mixed.ok()) << mixed.error();
  EXPECT_EQ(mixed.value().origin, "http://kitbag.local");
}

TEST(CollectorUrl, SurroundingSpacesAndTrailingSlashesAreDropped) {
  const auto parsed = parse_collector_url("  \thttps://kitbag.example.org///  ");
  ASSERT_TRUE(parsed.ok()) << parsed.error();
  EXPECT_EQ(parsed.value().text(), "https://kitbag.example.org");
  EXPECT_EQ(parsed.value().path, "");
}

TEST(CollectorUrl, APathPrefixIsKeptAndTheApiGoesUnderIt) {
  const auto parsed = parse_collector_url("https://council.example.gov.uk:8443/apps/kitbag/");
  ASSERT_TRUE(parsed.ok()) << parsed.error();
  EXPECT_EQ(parsed.value().origin, "https://council.example.gov.uk:8443");
  EXPECT_EQ(parsed.value().path, "/apps/kitbag");
  EXPECT_EQ(parsed.value().endpoint("/v1/batches"), "/apps/kitbag/v1/batches");
  EXPECT_EQ(parsed.value().text(), "https://council.example.gov.uk:8443/apps/kitbag");
}

TEST(CollectorUrl, PortsFromOneTo65535AreAccepted) {
  for (const char* port : {"1", "443", "8080", "65535"}) {
    const auto parsed = parse_collector_url(std::string("https://kitbag.example.org:") + port);
    ASSERT_TRUE(parsed.ok()) << port << ": " << parsed.error();
    EXPECT_EQ(parsed.value().origin, std::string("https://kitbag.example.org:") + port);
  }
}

TEST(CollectorUrl, APortOutsideTheRangeOrNotANumberIsRefused) {
  for (const char* port : {"0", "65536", "99999", "123456", "", "http", "80a", "-1"})
    EXPECT_TRUE(Refused(std::string("https://kitbag.example.org:") + port + "/kitbag", "1 to 65535")) << port;
}

TEST(CollectorUrl, AnIpv6AddressKeepsItsColons) {
  const auto parsed = parse_collector_url("http://[fd00::5]:8080/kitbag");
  ASSERT_TRUE(parsed.ok()) << parsed.error();
  EXPECT_EQ(parsed.value().origin, "http://[fd00::5]:8080");
  EXPECT_EQ(parsed.value().path, "/kitbag");
}

TEST(CollectorUrl, AnEmptyAddressIsRefused) {
  EXPECT_TRUE(Refused("", "empty"));
  EXPECT_TRUE(Refused("   \t ", "empty"));
  EXPECT_TRUE(Refused("/", "empty"));
}

TEST(CollectorUrl, OnlyHttpAndHttpsAreAccepted) {
  EXPECT_TRUE(Refused("ftp://kitbag.example.org", "https://"));
  EXPECT_TRUE(Refused("file:///etc/passwd", "https://"));
  EXPECT_TRUE(Refused("kitbag.example.org", "https://"));
  EXPECT_TRUE(Refused("https:/kitbag.example.org", "https://"));
  EXPECT_TRUE(Refused("httpss://kitbag.example.org", "https://"));
}

TEST(CollectorUrl, AnAddressWithNoServerNameIsRefused) {
  EXPECT_TRUE(Refused("https:///kitbag", "no server name"));
  EXPECT_TRUE(Refused("http:///v1", "no server name"));
}

TEST(CollectorUrl, AUserNameOrPasswordIsRefused) {
  EXPECT_TRUE(Refused("https://carer:secret@kitbag.example.org", "user name or password"));
  EXPECT_TRUE(Refused("https://carer@kitbag.example.org", "user name or password"));
}

TEST(CollectorUrl, SpacesInsideAreRefused) {
  EXPECT_TRUE(Refused("https://kitbag example.org", "space"));
  EXPECT_TRUE(Refused("https://kitbag.example.org/my kitbag", "space"));
  EXPECT_TRUE(Refused("https://kitbag.example.org/a\tb", "space"));
}

TEST(CollectorUrl, AQueryOrFragmentIsRefused) {
  EXPECT_TRUE(Refused("https://kitbag.example.org/?token=1", "character"));
  EXPECT_TRUE(Refused("https://kitbag.example.org/kitbag#top", "character"));
  EXPECT_TRUE(Refused("https://kitbag.example.org?x", "character"));
}

TEST(CollectorUrl, EveryRefusalIsASentence) {
  for (const char* typed : {"", "ftp://x", "https:///x", "https://a@b", "https://a b", "https://a:0"}) {
    const auto parsed = parse_collector_url(typed);
    ASSERT_FALSE(parsed.ok()) << typed;
    const std::string& why = parsed.error();
    ASSERT_FALSE(why.empty()) << typed;
    EXPECT_TRUE(std::isupper(static_cast<unsigned char>(why.front()))) << typed << ": " << why;
    EXPECT_NE(why.find(' '), std::string::npos) << typed << ": " << why;
  }
}

}  // namespace
}  // namespace kitbag
