// EXPECT_TRUE(Contains(message, "part")): on failure, prints both strings.
#pragma once

#include <gtest/gtest.h>

#include <string>

namespace kitbag::test {

inline ::testing::AssertionResult Contains(const std::string& text, const std::string& part) {
  if (text.find(part) != std::string::npos) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "\"" << text << "\" does not contain \"" << part << "\"";
}

}  // namespace kitbag::test
