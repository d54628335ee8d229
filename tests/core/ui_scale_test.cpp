#include "app/core/ui_scale.h"

#include "app/core/preferences.h"

#include <gtest/gtest.h>

namespace kitbag {
namespace {

TEST(UiScale, TheDesignSizeOnAStandardMonitorIsOne) {
  EXPECT_FLOAT_EQ(ui_scale(1.0f, {1280, 800}), 1.0f);
}

TEST(UiScale, ANetbookIsSlightlySmallerButNotTiny) {
  EXPECT_FLOAT_EQ(ui_scale(1.0f, {1024, 600}), kMinSizeFactor);
}

TEST(UiScale, TheChosenLookScalesEverythingButNeverBelowTheNetbooksSize) {
  const Preferences larger{.text_size = TextSize::Largest};
  EXPECT_FLOAT_EQ(ui_scale(1.0f, {1280, 800}, larger), 1.4f);
  const Preferences older{.age = AgeMode::Older};
  EXPECT_FLOAT_EQ(ui_scale(1.0f, {1280, 800}, older), 0.9f);
  EXPECT_FLOAT_EQ(ui_scale(1.0f, {1920, 1200}, older), 1.5f * 0.9f);
  // On a netbook the window's scale is already the smallest: older children's type stays there.
  EXPECT_FLOAT_EQ(ui_scale(1.0f, {1024, 600}, older), kMinSizeFactor);
  EXPECT_FLOAT_EQ(ui_scale(2.0f, {2048, 1200}, older), 2.0f * kMinSizeFactor);
}

TEST(UiScale, ALargeScreenIsReadableAcrossTheRoom) {
  EXPECT_NEAR(ui_scale(1.0f, {1920, 1080}), 1.35f, 0.051f);
  EXPECT_FLOAT_EQ(ui_scale(1.0f, {1920, 1200}), 1.5f);
  EXPECT_FLOAT_EQ(ui_scale(1.0f, {3840, 2160}), kMaxSizeFactor);
}

TEST(UiScale, HighDpiMultipliesTheSizeFactor) {
  EXPECT_FLOAT_EQ(ui_scale(2.0f, {2560, 1600}), 2.0f);
  EXPECT_FLOAT_EQ(ui_scale(2.0f, {2048, 1200}), 2.0f * kMinSizeFactor);
}

TEST(UiScale, MovesInStepsSoSmallResizesChangeNothing) {
  EXPECT_FLOAT_EQ(ui_scale(1.0f, {1290, 805}), ui_scale(1.0f, {1280, 800}));
}

TEST(UiScale, AMinimisedWindowKeepsTheMonitorScale) {
  EXPECT_FLOAT_EQ(ui_scale(1.5f, {0, 0}), 1.5f);
  EXPECT_FLOAT_EQ(ui_scale(0.5f, {1280, 800}), 1.0f) << "scales below one are treated as one";
}

}  // namespace
}  // namespace kitbag
