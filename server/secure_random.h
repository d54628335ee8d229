// Uniform random numbers from the system's CSPRNG (OpenSSL), for access codes nobody can guess.
#pragma once

#include <cstdint>
#include <functional>

namespace kitbag::collector {

// A number from 0 to `bound` - 1, every one equally likely; throws std::runtime_error if the
// CSPRNG cannot give bytes (a code from a weak source must never be printed).
std::uint32_t secure_random_below(std::uint32_t bound);

// The same with the bytes coming from `next_word`, so the rejection step can be tested.
std::uint32_t uniform_below(std::uint32_t bound, const std::function<std::uint32_t()>& next_word);

}  // namespace kitbag::collector
