#include "app/core/ui_scale.h"

#include "app/core/preferences.h"

#include <algorithm>
#include <cmath>

namespace kitbag {

float ui_scale(float content_scale, WindowSize window) {
  content_scale = std::max(content_scale, 1.0f);
  if (window.width <= 0 || window.height <= 0) return content_scale;
  const float logical_width = static_cast<float>(window.width) / content_scale;
  const float logical_height = static_cast<float>(window.height) / content_scale;
  const float fit = std::min(logical_width / kDesignSize.width, logical_height / kDesignSize.height);
  const float factor = std::round(std::clamp(fit, kMinSizeFactor, kMaxSizeFactor) * 10) / 10;
  return content_scale * factor;
}

float scale_for_look(float window_scale, float floor, const Preferences& preferences) {
  return std::max(window_scale * look_scale(preferences), floor);
}

float ui_scale(float content_scale, WindowSize window, const Preferences& preferences) {
  return scale_for_look(ui_scale(content_scale, window), std::max(content_scale, 1.0f) * kMinSizeFactor,
                        preferences);
}

}  // namespace kitbag
