// The personal access codes organisations give their practitioners and carers: ten letters and
// digits from Crockford's base 32 (no I, L, O or U to misread), the last a check character
// (Damm's algorithm over GF(32)), so a mistyped code is caught on the device with no network:
// every single wrong character and every swap of two neighbours.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "app/core/result.h"

namespace kitbag {

inline constexpr std::string_view kCodeAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
inline constexpr std::size_t kCodeLength = 10;  // nine chosen at random, one check character

// The code as typed (any case, with spaces or dashes, O for 0 and I or L for 1) in its one
// canonical form, "7KQ2M9XTPC"; or, when it cannot be a code, a calm sentence saying why, in the
// language in use.
Result<std::string> normalise_access_code(std::string_view typed);

// "7KQ2M-9XTPC": how codes are printed for people, in two easy halves.
std::string format_access_code(std::string_view canonical);

// The check character that makes `payload` (nine canonical characters) a valid code.
char code_check_character(std::string_view payload);

// A new random code; `random_below(n)` must return a uniformly random number from 0 to n - 1.
std::string make_access_code(const std::function<std::uint32_t(std::uint32_t)>& random_below);

}  // namespace kitbag
