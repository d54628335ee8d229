#include "server/secure_random.h"

#include <openssl/rand.h>

#include <limits>
#include <stdexcept>

namespace kitbag::collector {

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
    unsigned char bytes[4];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
      throw std::runtime_error("the system's random number source failed");
    return std::uint32_t{bytes[0]} | std::uint32_t{bytes[1]} << 8 | std::uint32_t{bytes[2]} << 16 |
           std::uint32_t{bytes[3]} << 24;
  });
}

}  // namespace kitbag::collector
