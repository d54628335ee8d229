#include "app/ui/colour_wash.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace kitbag::ui {
namespace {

Rgb lerp(Rgb a, Rgb b, float t) {
  auto channel = [t](std::uint8_t x, std::uint8_t y) {
    return static_cast<std::uint8_t>(std::lround(x + (static_cast<float>(y) - x) * t));
  };
  return {channel(a.r, b.r), channel(a.g, b.g), channel(a.b, b.b)};
}

// Shading keeps each vertex's own alpha, so only the colour matters here.
ImU32 to_imgui(Rgb colour) {
  return IM_COL32(colour.r, colour.g, colour.b, 255);
}

// A shape filled with one colour by ImGui, then shaded top to bottom by recolouring its vertices.
template <class Shape>
void shaded(ImDrawList* draw, ImVec2 from, ImVec2 to, ImU32 top, ImU32 bottom, Shape shape) {
  const int first = draw->VtxBuffer.Size;
  shape();
  ImGui::ShadeVertsLinearColorGradientKeepAlpha(draw, first, draw->VtxBuffer.Size, from, to, top, bottom);
}

}  // namespace

Wash blend(const Wash& from, const Wash& to, float t) {
  t = std::clamp(t, 0.0f, 1.0f);
  return {lerp(from.top, to.top, t), lerp(from.bottom, to.bottom, t)};
}

void draw_wash(ImDrawList* draw, const Rect& rect, const Wash& wash, float rounding) {
  const ImVec2 top_left(rect.x, rect.y);
  const ImVec2 bottom_right(rect.right(), rect.bottom());
  shaded(draw, top_left, ImVec2(rect.x, rect.bottom()), to_imgui(wash.top), to_imgui(wash.bottom),
         [&] { draw->AddRectFilled(top_left, bottom_right, IM_COL32_WHITE, rounding); });

  // A pale glow high on one side, like sun through a window.
  const float size = std::min(rect.width, rect.height);
  draw->PushClipRect(top_left, bottom_right, true);
  const ImVec2 glow(rect.x + rect.width * 0.8f, rect.y + rect.height * 0.22f);
  for (int ring = 0; ring < 4; ++ring)
    draw->AddCircleFilled(glow, size * (0.30f - ring * 0.06f), IM_COL32(255, 255, 255, 22), 64);

  // A low hill along the bottom in a deeper shade of the wash, following the panel's rounded
  // corners at its foot so it never pokes out of them.
  const Rgb hill = lerp(wash.bottom, Rgb{0x8F, 0xA8, 0x86}, 0.22f);
  const Rgb hill_foot = lerp(wash.bottom, Rgb{0x8F, 0xA8, 0x86}, 0.32f);
  const auto foot_at = [&](float x) {
    const float from_edge = std::min(x - rect.x, rect.right() - x);
    if (from_edge >= rounding) return rect.bottom();
    const float d = rounding - from_edge;
    return rect.bottom() - rounding + std::sqrt(std::max(0.0f, rounding * rounding - d * d));
  };
  // Narrow strips, so the foot follows the corners' curve closely.
  const int kSteps = std::max(48, static_cast<int>(rect.width / 4));
  const float hill_top = rect.bottom() - rect.height * 0.2f;
  shaded(draw, ImVec2(rect.x, hill_top), ImVec2(rect.x, rect.bottom()), to_imgui(hill), to_imgui(hill_foot),
         [&] {
           // Not convex as a whole, so filled as strips down to its foot; without edge smoothing,
           // which would leave a faint seam between strips.
           const ImDrawListFlags flags = draw->Flags;
           draw->Flags &= ~ImDrawListFlags_AntiAliasedFill;
           for (int i = 0; i < kSteps; ++i) {
             const float t0 = static_cast<float>(i) / kSteps;
             const float t1 = static_cast<float>(i + 1) / kSteps;
             const float x0 = rect.x + t0 * rect.width;
             const float x1 = rect.x + t1 * rect.width;
             const auto top_at = [&](float t) {
               return rect.bottom() - rect.height * (0.10f + 0.06f * std::sin(t * 3.3f + 0.6f));
             };
             const ImVec2 quad[4] = {ImVec2(x0, std::min(top_at(t0), foot_at(x0))),
                                     ImVec2(x1, std::min(top_at(t1), foot_at(x1))), ImVec2(x1, foot_at(x1)),
                                     ImVec2(x0, foot_at(x0))};
             draw->AddConvexPolyFilled(quad, 4, IM_COL32(255, 255, 255, 120));
           }
           draw->Flags = flags;
         });
  draw->PopClipRect();
}

}  // namespace kitbag::ui
