#include "app/core/usage/access_code.h"

namespace kitbag {
namespace {

constexpr int kBase = static_cast<int>(kCodeAlphabet.size());

// The value of a character as Crockford reads it, with the letters people confuse folded in.
int value_of(char c) {
  if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  if (c == 'O') c = '0';
  if (c == 'I' || c == 'L') c = '1';
  const auto at = kCodeAlphabet.find(c);
  return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

// Multiplication in GF(32), with the primitive polynomial x^5 + x^2 + 1.
int gf32_times(int a, int b) {
  int product = 0;
  for (; b != 0; b >>= 1) {
    if (b & 1) product ^= a;
    a <<= 1;
    if (a & 0x20) a ^= 0x25;
  }
  return product;
}

// Damm's check over GF(32): each character folds into the interim value as x∘y = 2x + y. That
// operation is a quasigroup and totally anti-symmetric, so every single wrong character and
// every swap of two different neighbours (the check character included) changes the result.
// (Luhn mod 32 misses a 0 and a Z swapped.)
int damm_interim(std::string_view canonical) {
  int interim = 0;
  for (char c : canonical) interim = gf32_times(2, interim) ^ value_of(c);
  return interim;
}

}  // namespace

char code_check_character(std::string_view payload) {
  // The character c with interim∘c = 0: in GF(2^n), adding is its own inverse, so c = 2·interim.
  return kCodeAlphabet[static_cast<std::size_t>(gf32_times(2, damm_interim(payload)))];
}

Result<std::string> normalise_access_code(std::string_view typed) {
  std::string canonical;
  for (char c : typed) {
    if (c == ' ' || c == '-' || c == '\t') continue;
    const int value = value_of(c);
    if (value < 0) {
      if (static_cast<unsigned char>(c) < 0x80 && c >= 0x21)
        return Error{"Codes are made of the digits 0-9 and letters, but not '" + std::string(1, c) +
                     "'. Please check the code."};
      return Error{"Codes are made only of the digits 0-9 and the letters A-Z. Please check the code."};
    }
    canonical += kCodeAlphabet[static_cast<std::size_t>(value)];
  }
  if (canonical.empty()) return Error{"Please type your access code."};
  if (canonical.size() != kCodeLength)
    return Error{"Access codes have " + std::to_string(kCodeLength) + " letters and digits; this one has " +
                 std::to_string(canonical.size()) + ". Please check the code."};
  if (damm_interim(canonical) != 0)
    return Error{
        "That code does not add up: one of its letters or digits may be wrong, or two swapped. "
        "Please check it against the one you were given."};
  return canonical;
}

std::string format_access_code(std::string_view canonical) {
  if (canonical.size() != kCodeLength) return std::string(canonical);
  return std::string(canonical.substr(0, 5)) + "-" + std::string(canonical.substr(5));
}

std::string make_access_code(const std::function<std::uint32_t(std::uint32_t)>& random_below) {
  std::string payload;
  for (std::size_t i = 0; i + 1 < kCodeLength; ++i)
    payload += kCodeAlphabet[random_below(static_cast<std::uint32_t>(kBase))];
  return payload + code_check_character(payload);
}

}  // namespace kitbag
