// Random numbers from the operating system's CSPRNG (through OpenSSL), for what nobody may guess
// or repeat: the app's batch IDs and the collector's access codes.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace kitbag {

// A number from 0 to `bound` - 1, every one equally likely; throws std::runtime_error if the
// CSPRNG cannot give bytes (a code from a weak source must never be printed).
std::uint32_t secure_random_below(std::uint32_t bound);

// The same with the bytes coming from `next_word`, so the rejection step can be tested.
std::uint32_t uniform_below(std::uint32_t bound, const std::function<std::uint32_t()>& next_word);

// 128 random bits as 32 lowercase hex digits: batch IDs. Throws std::runtime_error, as above.
std::string random_hex_id();

}  // namespace kitbag
