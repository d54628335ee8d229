// The pseudonym a person is counted under, checked against HMAC-SHA-256 worked out here through
// OpenSSL's other interface (EVP_MAC), and the random batch ids.
#include "app/usage/pseudonym.h"
#include "app/usage/secure_random.h"

#include <gtest/gtest.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <algorithm>
#include <cstdio>
#include <initializer_list>
#include <set>
#include <string>
#include <string_view>
#include <tuple>

namespace kitbag {
namespace {

bool is_lower_hex(const std::string& text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

std::string to_hex(const unsigned char* bytes, std::size_t count) {
  std::string out;
  char pair[3];
  for (std::size_t i = 0; i < count; ++i) {
    std::snprintf(pair, sizeof pair, "%02x", bytes[i]);
    out += pair;
  }
  return out;
}

// HMAC-SHA-256 of `message` under `key`, all 32 bytes as hex.
std::string reference_hmac(std::string_view key, std::string_view message) {
  EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
  EXPECT_NE(mac, nullptr);
  EVP_MAC_CTX* context = EVP_MAC_CTX_new(mac);
  char digest[] = "SHA256";
  const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                               OSSL_PARAM_construct_end()};
  unsigned char out[EVP_MAX_MD_SIZE];
  std::size_t length = 0;
  const bool done =
      EVP_MAC_init(context, reinterpret_cast<const unsigned char*>(key.data()), key.size(), params) == 1 &&
      EVP_MAC_update(context, reinterpret_cast<const unsigned char*>(message.data()), message.size()) == 1 &&
      EVP_MAC_final(context, out, &length, sizeof out) == 1;
  EVP_MAC_CTX_free(context);
  EVP_MAC_free(mac);
  EXPECT_TRUE(done);
  return to_hex(out, length);
}

TEST(Pseudonym, TheReferenceHmacGivesRfc4231sAnswer) {
  // RFC 4231, test case 2: the check on the check.
  EXPECT_EQ(reference_hmac("Jefe", "what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

TEST(Pseudonym, IsThirtyTwoLowercaseHexDigits) {
  for (const char* code : {"ABCD-EFGH-JKMN", "0000-0000-0000", ""}) {
    const std::string id = pseudonym_for("leeds", code);
    EXPECT_EQ(id.size(), 32u) << id;
    EXPECT_TRUE(is_lower_hex(id)) << id;
  }
}

TEST(Pseudonym, TheSameOrganisationAndCodeGiveTheSameId) {
  EXPECT_EQ(pseudonym_for("leeds", "ABCD-EFGH-JKMN"), pseudonym_for("leeds", "ABCD-EFGH-JKMN"));
  EXPECT_EQ(pseudonym_for("leeds", "ABCD-EFGH-JKMN", "key"), pseudonym_for("leeds", "ABCD-EFGH-JKMN", "key"));
}

TEST(Pseudonym, ADifferentOrganisationOrCodeGivesADifferentId) {
  const std::string ada = pseudonym_for("leeds", "ABCD-EFGH-JKMN");
  EXPECT_NE(pseudonym_for("york", "ABCD-EFGH-JKMN"), ada);
  EXPECT_NE(pseudonym_for("leeds", "ABCD-EFGH-JKMP"), ada);
  EXPECT_NE(pseudonym_for("leed", "sABCD-EFGH-JKMN"), ada) << "the separator keeps the parts apart";
}

TEST(Pseudonym, ADifferentKeyGivesADifferentId) {
  EXPECT_NE(pseudonym_for("leeds", "ABCD-EFGH-JKMN", "one key"),
            pseudonym_for("leeds", "ABCD-EFGH-JKMN", "another"));
  EXPECT_NE(pseudonym_for("leeds", "ABCD-EFGH-JKMN", "one key"), pseudonym_for("leeds", "ABCD-EFGH-JKMN"));
}

TEST(Pseudonym, IsTheFirstHalfOfHmacSha256OfTheDocumentedMessage) {
  for (const auto& [org, code, key] :
       std::initializer_list<std::tuple<std::string, std::string, std::string>>{
           {"leeds", "ABCD-EFGH-JKMN", "a deployment's own key"},
           {"north-yorks", "7Q2X-M4KD-9ZZA", "k"},
           {"other", "", std::string(200, 'x')},  // longer than SHA-256's block: the key is hashed first
       }) {
    const std::string expected = reference_hmac(key, "kitbag-user-v1\n" + org + "\n" + code).substr(0, 32);
    EXPECT_EQ(pseudonym_for(org, code, key), expected) << org << " " << code;
  }
}

TEST(Pseudonym, RandomIdsAreThirtyTwoHexDigitsAndNeverRepeat) {
  std::set<std::string> seen;
  for (int i = 0; i < 1000; ++i) {
    const std::string id = random_hex_id();
    ASSERT_EQ(id.size(), 32u) << id;
    ASSERT_TRUE(is_lower_hex(id)) << id;
    seen.insert(id);
  }
  EXPECT_EQ(seen.size(), 1000u);
}

TEST(Pseudonym, RandomIdsUseEveryHexDigit) {
  // 1000 ids are 32,000 digits: a generator stuck on a few would show.
  std::set<char> digits;
  for (int i = 0; i < 1000; ++i)
    for (char c : random_hex_id()) digits.insert(c);
  EXPECT_EQ(digits.size(), 16u);
}

}  // namespace
}  // namespace kitbag
