#include "app/core/toast.h"

#include <algorithm>

namespace kitbag {

void Toast::show(std::string text, TimePoint now) {
  text_ = std::move(text);
  shown_at_ = now;
  ++shown_count_;
}

std::optional<Toast::View> Toast::view(TimePoint now) const {
  if (text_.empty() || now < shown_at_) return std::nullopt;
  using Seconds = std::chrono::duration<float>;
  const auto age = now - shown_at_;
  if (age < kFadeIn) return View{text_, Seconds(age) / Seconds(kFadeIn)};
  if (age < kFadeIn + kHold) return View{text_, 1.0f};
  if (age < kFadeIn + kHold + kFadeOut)
    return View{text_, std::clamp(1.0f - Seconds(age - kFadeIn - kHold) / Seconds(kFadeOut), 0.0f, 1.0f)};
  return std::nullopt;
}

Toast::Needs Toast::needs(TimePoint now) const {
  if (text_.empty()) return {};
  const auto fade_in_end = shown_at_ + kFadeIn;
  const auto fade_out_start = fade_in_end + kHold;
  const auto gone = fade_out_start + kFadeOut;
  if (now < fade_in_end) return {fade_in_end, std::nullopt};
  if (now < fade_out_start) return {std::nullopt, fade_out_start};
  if (now < gone) return {gone, std::nullopt};
  return {};
}

}  // namespace kitbag
