#include "app/core/usage/access_code.h"

#include "app/core/i18n/current_strings.h"

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
        return Error{tr("signin.code.not-this-character", {{"character", std::string(1, c)}})};
      return Error{tr("signin.code.not-a-character")};
    }
    canonical += kCodeAlphabet[static_cast<std::size_t>(value)];
  }
  if (canonical.empty()) return Error{tr("signin.code.empty")};
  if (canonical.size() != kCodeLength)
    return Error{tr("signin.code.length", {{"expected", std::to_string(kCodeLength)},
                                           {"typed", std::to_string(canonical.size())}})};
  if (damm_interim(canonical) != 0) return Error{tr("signin.code.wrong")};
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
