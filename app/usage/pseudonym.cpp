#include "app/usage/pseudonym.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <array>
#include <stdexcept>

#ifndef KITBAG_PSEUDONYM_KEY
#define KITBAG_PSEUDONYM_KEY "kitbag-desk pseudonym key 1: made for counting logins, never for finding people"
#endif

namespace kitbag {
namespace {

std::string hex(const unsigned char* bytes, std::size_t count) {
  constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < count; ++i) {
    out += kDigits[bytes[i] >> 4];
    out += kDigits[bytes[i] & 0xf];
  }
  return out;
}

}  // namespace

std::string pseudonym_for(std::string_view org_id, std::string_view canonical_code) {
  return pseudonym_for(org_id, canonical_code, KITBAG_PSEUDONYM_KEY);
}

std::string pseudonym_for(std::string_view org_id, std::string_view canonical_code, std::string_view key) {
  // A separator no org id or code can hold, so ("ab", "c") and ("a", "bc") never meet.
  std::string message = "kitbag-user-v1\n";
  message += org_id;
  message += '\n';
  message += canonical_code;
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  if (HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
           reinterpret_cast<const unsigned char*>(message.data()), message.size(), digest.data(),
           &length) == nullptr)
    throw std::runtime_error("HMAC-SHA-256 is not available");  // OpenSSL without SHA-256: a broken install
  return hex(digest.data(), 16);
}

}  // namespace kitbag
