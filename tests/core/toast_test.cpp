#include "app/core/toast.h"

#include <gtest/gtest.h>

namespace kitbag {
namespace {

using namespace std::chrono_literals;

TEST(Toast, FadesInStaysAndFadesOut) {
  Toast toast;
  const Toast::TimePoint t0(10h);
  EXPECT_FALSE(toast.view(t0));
  toast.show("Timer isn't ready yet.", t0);

  EXPECT_NEAR(toast.view(t0 + Toast::kFadeIn / 2)->opacity, 0.5f, 0.01f);
  EXPECT_FLOAT_EQ(toast.view(t0 + 2s)->opacity, 1.0f);
  EXPECT_EQ(toast.view(t0 + 2s)->text, "Timer isn't ready yet.");
  const auto fade_out = t0 + Toast::kFadeIn + Toast::kHold;
  EXPECT_NEAR(toast.view(fade_out + Toast::kFadeOut / 4)->opacity, 0.75f, 0.01f);
  EXPECT_FALSE(toast.view(fade_out + Toast::kFadeOut));
}

TEST(Toast, AsksForFramesOnlyWhileFading) {
  Toast toast;
  const Toast::TimePoint t0(10h);
  EXPECT_FALSE(toast.needs(t0).animate_until);
  EXPECT_FALSE(toast.needs(t0).redraw_at);
  toast.show("Hello", t0);

  EXPECT_EQ(toast.needs(t0).animate_until, t0 + Toast::kFadeIn);
  const auto holding = toast.needs(t0 + 1s);
  EXPECT_FALSE(holding.animate_until) << "a message that simply stays costs no frames";
  EXPECT_EQ(holding.redraw_at, t0 + Toast::kFadeIn + Toast::kHold);
  const auto fade_out = t0 + Toast::kFadeIn + Toast::kHold;
  EXPECT_EQ(toast.needs(fade_out + 10ms).animate_until, fade_out + Toast::kFadeOut);
  const auto gone = toast.needs(fade_out + Toast::kFadeOut);
  EXPECT_FALSE(gone.animate_until);
  EXPECT_FALSE(gone.redraw_at);
}

TEST(Toast, ANewMessageReplacesTheOldAndHideClears) {
  Toast toast;
  const Toast::TimePoint t0(10h);
  toast.show("first", t0);
  toast.show("second", t0 + 1s);
  EXPECT_EQ(toast.view(t0 + 2s)->text, "second");
  toast.hide();
  EXPECT_FALSE(toast.view(t0 + 2s));
}

TEST(Toast, CountsEveryMessageShownButNotHiding) {
  Toast toast;
  const Toast::TimePoint t0(10h);
  EXPECT_EQ(toast.shown_count(), 0u);
  toast.show("first", t0);
  toast.show("first", t0 + 1s);  // the same words again are a new message, shown afresh
  EXPECT_EQ(toast.shown_count(), 2u);
  toast.hide();
  EXPECT_EQ(toast.shown_count(), 2u);
}

}  // namespace
}  // namespace kitbag
