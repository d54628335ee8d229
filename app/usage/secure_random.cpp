#include "app/usage/secure_random.h"

#include <openssl/rand.h>

#include <array>
#include <limits>
#include <stdexcept>

namespace kitbag {
namespace {

template <std::size_t N>
std::array<unsigned char, N> random_bytes() {
  std::array<unsigned char, N> bytes{};
  if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1)
    throw std::runtime_error("the system's random number generator is not available");
  return bytes;
}

}  // namespace

std::uint32_t uniform_below(std::uint32_t bound, const std::function<std::uint32_t()>& next_word) {
  if (bound == 0) throw std::invalid_argument("uniform_below needs a bound above zero");
  // Words at or above the last whole multiple of `bound` are drawn again: taking them modulo
  // `bound` would make the low numbers a little more likely.
  const std::uint64_t range = std::uint64_t{std::numeric_limits<std::uint32_t>::max()} + 1;
  const std::uint64_t limit = range - range % bound;
  while (true) {
    const std::uint32_t word = next_word();
    if (word < limit) return word % bound;
  }
}

std::uint32_t secure_random_below(std::uint32_t bound) {
  return uniform_below(bound, [] {
    const auto bytes = random_bytes<4>();
    return std::uint32_t{bytes[0]} | std::uint32_t{bytes[1]} << 8 | std::uint32_t{bytes[2]} << 16 |
           std::uint32_t{bytes[3]} << 24;
  });
}

std::string random_hex_id() {
  constexpr char kDigits[] = "0123456789abcdef";
  std::string id;
  for (unsigned char byte : random_bytes<16>()) {
    id += kDigits[byte >> 4];
    id += kDigits[byte & 0xf];
  }
  return id;
}

}  // namespace kitbag
