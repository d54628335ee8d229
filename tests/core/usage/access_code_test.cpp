// Access codes: what is made is valid, what is typed is forgiven its case and look-alikes, and a
// mistyped code is caught on the device. The check sum is worked out here again, on its own.
#include "app/core/usage/access_code.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "tests/support/contains.h"

namespace kitbag {
namespace {

using test::Contains;

constexpr std::uint32_t kBaseHere = 32;

// Multiplying polynomials over GF(2), then dividing by x^5 + x^2 + 1: GF(32) worked out the
// long way, not as the code under test does it.
std::uint32_t gf32_product(std::uint32_t a, std::uint32_t b) {
  std::uint32_t wide = 0;
  for (int bit = 0; bit < 5; ++bit)
    if (b & (1u << bit)) wide ^= a << bit;
  for (int bit = 8; bit >= 5; --bit)
    if (wide & (1u << bit)) wide ^= 0x25u << (bit - 5);
  return wide;
}

// Damm's algorithm with x∘y = 2x + y over GF(32): a code adds up when folding in every
// character, the check one included, ends at zero.
bool adds_up(const std::string& code) {
  std::uint32_t interim = 0;
  for (char c : code) {
    const std::size_t at = kCodeAlphabet.find(c);
    EXPECT_NE(at, std::string_view::npos) << code;
    interim = gf32_product(2, interim) ^ static_cast<std::uint32_t>(at);
  }
  return interim == 0;
}

// The one character that makes `payload` add up, found by trying them all.
char check_by_search(const std::string& payload) {
  std::vector<char> fits;
  for (char c : kCodeAlphabet)
    if (adds_up(payload + c)) fits.push_back(c);
  EXPECT_EQ(fits.size(), 1u) << payload;
  return fits.empty() ? '?' : fits.front();
}

std::string valid_code(const std::string& payload) {
  return payload + check_by_search(payload);
}

bool accepted(const std::string& typed) {
  return normalise_access_code(typed).ok();
}

// Codes to try the checks on: hand-picked ones, and some made at random.
std::vector<std::string> sample_codes() {
  std::vector<std::string> codes{valid_code("000000000"), valid_code("ZZZZZZZZZ"), valid_code("7KQ2M9XTP"),
                                 valid_code("012345678"), valid_code("ABCDEFGHJ")};
  std::mt19937 random(20261202);
  for (int i = 0; i < 20; ++i) {
    std::string payload;
    for (std::size_t j = 0; j + 1 < kCodeLength; ++j) payload += kCodeAlphabet[random() % kBaseHere];
    codes.push_back(valid_code(payload));
  }
  return codes;
}

TEST(AccessCode, TheAlphabetIsCrockfordsThirtyTwoWithoutILOOrU) {
  EXPECT_EQ(kCodeAlphabet.size(), 32u);
  for (char c : std::string_view("ILOU")) EXPECT_EQ(kCodeAlphabet.find(c), std::string_view::npos) << c;
}

TEST(AccessCode, AHandWorkedCheckCharacterIsTheOneGiven) {
  // All zeros fold to zero already; a final 1 folds to 1, and 2·1 = 2 brings it back to zero.
  EXPECT_EQ(code_check_character("000000000"), '0');
  EXPECT_EQ(code_check_character("000000001"), '2');
  // A final Z folds to 31; 2·31 = x·(x^4+x^3+x^2+x+1) = x^5+x^4+x^3+x^2+x, which is
  // x^4+x^3+x+1 = 27 after x^5 = x^2 + 1: 'V', the alphabet's 28th character.
  EXPECT_EQ(code_check_character("00000000Z"), 'V');
}

TEST(AccessCode, TheCheckCharacterIsTheOnlyOneThatAddsUp) {
  std::mt19937 random(7);
  for (int i = 0; i < 2000; ++i) {
    std::string payload;
    for (std::size_t j = 0; j + 1 < kCodeLength; ++j) payload += kCodeAlphabet[random() % kBaseHere];
    EXPECT_EQ(code_check_character(payload), check_by_search(payload)) << payload;
  }
}

TEST(AccessCode, MadeCodesAreTenCharactersFromTheAlphabetAndNormaliseToThemselves) {
  std::mt19937 random(12345);
  auto below = [&](std::uint32_t n) {
    return std::uniform_int_distribution<std::uint32_t>(0, n - 1)(random);
  };
  for (int i = 0; i < 1000; ++i) {
    const std::string code = make_access_code(below);
    ASSERT_EQ(code.size(), kCodeLength) << code;
    for (char c : code) EXPECT_NE(kCodeAlphabet.find(c), std::string_view::npos) << code;
    EXPECT_TRUE(adds_up(code)) << code;
    const auto normalised = normalise_access_code(code);
    ASSERT_TRUE(normalised.ok()) << code << ": " << normalised.error();
    EXPECT_EQ(normalised.value(), code);
  }
}

TEST(AccessCode, MakingACodeTakesNineCharactersFromItsRandomSource) {
  std::vector<std::uint32_t> asked;
  std::uint32_t next = 0;
  const std::string code = make_access_code([&](std::uint32_t n) {
    asked.push_back(n);
    return next++ % n;
  });
  EXPECT_EQ(asked, std::vector<std::uint32_t>(9, 32u));
  ASSERT_EQ(code.size(), kCodeLength);
  EXPECT_EQ(code.substr(0, 9), "012345678");
  EXPECT_EQ(code[9], check_by_search("012345678"));
  EXPECT_TRUE(adds_up(code));

  // A different sequence gives a different, still predictable, code.
  std::uint32_t from_top = 31;
  const std::string other = make_access_code([&](std::uint32_t) { return from_top--; });
  EXPECT_EQ(other.substr(0, 9), "ZYXWVTSRQ");
  EXPECT_EQ(other[9], check_by_search("ZYXWVTSRQ"));
}

TEST(AccessCode, TypedCodesAreForgivenCaseDashesSpacesAndLookAlikes) {
  const std::string code = valid_code("10A1B0C1D");
  ASSERT_TRUE(accepted(code)) << code;
  const std::string check(1, code[9]);
  for (const std::string& typed : {
           code,
           "10a1b0c1d" + check,
           "10A1B-0C1D" + check,
           "10A1B 0C1D" + check,
           " 10-a1 b0\tc1d" + check + " ",
           "IOA1BOC1D" + check,  // I for 1, O for 0
           "loaib0cid" + check,  // l and i for 1, o for 0, in lowercase
           "LOALBOCLD" + check,
       }) {
    const auto normalised = normalise_access_code(typed);
    ASSERT_TRUE(normalised.ok()) << "\"" << typed << "\": " << normalised.error();
    EXPECT_EQ(normalised.value(), code) << "\"" << typed << "\"";
  }
}

TEST(AccessCode, CatchesEverySingleWrongCharacter) {
  for (const std::string& code : sample_codes()) {
    ASSERT_TRUE(accepted(code)) << code;
    for (std::size_t at = 0; at < code.size(); ++at)
      for (char c : kCodeAlphabet) {
        if (c == code[at]) continue;
        std::string wrong = code;
        wrong[at] = c;
        const auto result = normalise_access_code(wrong);
        ASSERT_FALSE(result.ok()) << code << " with " << c << " at " << at << " gave " << result.value();
        EXPECT_TRUE(Contains(result.error(), "does not add up"));
      }
  }
}

TEST(AccessCode, CatchesEverySwapOfTwoDifferentNeighbours) {
  // Every ordered pair of different characters, at every pair of neighbouring places, the second
  // place the check character too.
  std::vector<std::string> missed;
  for (std::size_t at = 0; at + 1 < kCodeLength; ++at)
    for (char a : kCodeAlphabet)
      for (char b : kCodeAlphabet) {
        if (a == b) continue;
        std::string code;
        if (at + 2 < kCodeLength) {
          std::string payload(kCodeLength - 1, '7');
          payload[at] = a;
          payload[at + 1] = b;
          code = valid_code(payload);
        } else {
          // `b` is the check character: change the first character until it is.
          for (char first : kCodeAlphabet) {
            std::string payload(kCodeLength - 1, '7');
            payload[0] = first;
            payload[at] = a;
            if (check_by_search(payload) == b) code = payload + b;
          }
        }
        ASSERT_EQ(code.size(), kCodeLength) << a << b << " at " << at;
        ASSERT_TRUE(accepted(code)) << code;
        std::string swapped = code;
        std::swap(swapped[at], swapped[at + 1]);
        if (accepted(swapped)) missed.push_back(code + " -> " + swapped);
      }
  std::string list;
  for (const std::string& m : missed) list += "\n  " + m;
  EXPECT_TRUE(missed.empty()) << missed.size() << " swaps were accepted:" << list;
}

TEST(AccessCode, ASwapOfZeroAndZNextToEachOtherIsCaught) {
  // The pair Luhn mod 32 cannot tell apart: 00000000ZV is a valid code (see the hand-worked check).
  ASSERT_TRUE(accepted("00000000ZV"));
  EXPECT_FALSE(accepted("0000000Z0V")) << "the 0 and Z swapped";
  EXPECT_FALSE(accepted("00000000VZ")) << "Z and its check character swapped";
}

TEST(AccessCode, AWrongLengthSaysHowManyThereAre) {
  const std::string code = valid_code("7KQ2M9XTP");
  const auto short_one = normalise_access_code(code.substr(0, 9));
  ASSERT_FALSE(short_one.ok());
  EXPECT_TRUE(Contains(short_one.error(), "have 10 letters and digits; this one has 9"));
  const auto long_one = normalise_access_code(code + "0");
  ASSERT_FALSE(long_one.ok());
  EXPECT_TRUE(Contains(long_one.error(), "this one has 11"));
  // Dashes and spaces are not counted.
  const auto dashed = normalise_access_code("7KQ-2M-9X");
  ASSERT_FALSE(dashed.ok());
  EXPECT_TRUE(Contains(dashed.error(), "this one has 7"));
}

TEST(AccessCode, NothingTypedAsksForTheCode) {
  for (const char* typed : {"", " ", "--", " - \t"}) {
    const auto result = normalise_access_code(typed);
    ASSERT_FALSE(result.ok()) << "\"" << typed << "\"";
    EXPECT_EQ(result.error(), "Please type your access code.");
  }
}

TEST(AccessCode, ACharacterThatIsNeverInACodeIsNamed) {
  const std::string code = valid_code("7KQ2M9XTP");
  for (char bad : {'U', 'u', '!', '#', '.', '_'}) {
    std::string typed = code;
    typed[3] = bad;
    const auto result = normalise_access_code(typed);
    ASSERT_FALSE(result.ok()) << typed;
    EXPECT_TRUE(Contains(result.error(), std::string("but not '") + bad + "'"));
    EXPECT_TRUE(Contains(result.error(), "Please check the code."));
  }
}

TEST(AccessCode, NonAsciiAndControlCharactersGetACalmSentenceWithoutTheByte) {
  const std::string code = valid_code("7KQ2M9XTP");
  for (const std::string& bad :
       {std::string("\xC3\x89"), std::string("\xE2\x80\x93"), std::string("\n"), std::string(1, '\0')}) {
    const std::string typed = code.substr(0, 4) + bad + code.substr(4);
    const auto result = normalise_access_code(typed);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error(),
              "Codes are made only of the digits 0-9 and the letters A-Z. Please check the code.");
  }
}

TEST(AccessCode, CodesArePrintedInTwoHalves) {
  EXPECT_EQ(format_access_code("7KQ2M9XTPC"), "7KQ2M-9XTPC");
  const std::string code = valid_code("ABCDEFGHJ");
  const std::string printed = format_access_code(code);
  EXPECT_EQ(printed, code.substr(0, 5) + "-" + code.substr(5));
  EXPECT_EQ(normalise_access_code(printed).value(), code) << "a printed code reads back";
  // Something that is not a code is left as it is.
  EXPECT_EQ(format_access_code("ABC"), "ABC");
}

}  // namespace
}  // namespace kitbag
