#include "app/core/navigator.h"

#include <gtest/gtest.h>

namespace kitbag {
namespace {

TEST(Navigator, StartsHome) {
  Navigator navigator;
  EXPECT_EQ(navigator.current(), ScreenId::Home);
  EXPECT_TRUE(navigator.at_home());
  EXPECT_FALSE(navigator.back());
}

TEST(Navigator, BackFromAScreenOpenedAtStartGoesHome) {
  Navigator navigator(ScreenId::About);
  EXPECT_EQ(navigator.current(), ScreenId::About);
  EXPECT_TRUE(navigator.back());
  EXPECT_EQ(navigator.current(), ScreenId::Home);
}

TEST(Navigator, OpenThenBackAndHome) {
  Navigator navigator;
  navigator.open(ScreenId::About);
  EXPECT_FALSE(navigator.at_home());
  navigator.home();
  EXPECT_TRUE(navigator.at_home());
  navigator.open(ScreenId::About);
  navigator.open(ScreenId::Home);  // opening home returns to the root rather than stacking it
  EXPECT_TRUE(navigator.at_home());
  EXPECT_FALSE(navigator.back());
}

TEST(Navigator, ReopeningTheCurrentScreenDoesNotStackIt) {
  Navigator navigator;
  navigator.open(ScreenId::About);
  navigator.open(ScreenId::About);
  EXPECT_TRUE(navigator.back());
  EXPECT_TRUE(navigator.at_home());
}

TEST(Navigator, GenerationCountsRealChangesOnly) {
  Navigator navigator;
  const auto start = navigator.generation();
  navigator.back();
  navigator.home();
  EXPECT_EQ(navigator.generation(), start);
  navigator.open(ScreenId::About);
  EXPECT_EQ(navigator.generation(), start + 1);
  navigator.back();
  EXPECT_EQ(navigator.generation(), start + 2);
}

}  // namespace
}  // namespace kitbag
