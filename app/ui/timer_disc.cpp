#include "app/ui/timer_disc.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "app/core/timer/timer_lengths.h"
#include "app/ui/theme.h"

namespace kitbag::ui {
namespace {

constexpr float kPi = std::numbers::pi_v<float>;
constexpr float kTwelveOClock = -kPi / 2;

constexpr ImU32 kPlenty = IM_COL32(0x5F, 0xB8, 0x6E, 0xFF);  // a leafy green
constexpr ImU32 kLow = IM_COL32(0xF0, 0xA8, 0x30, 0xFF);     // amber
constexpr ImU32 kNearly = IM_COL32(0xE0, 0x5D, 0x4F, 0xFF);  // a soft red, not an alarm
constexpr ImU32 kCalm = IM_COL32(0x3E, 0x8E, 0xC4, 0xFF);    // one colour throughout
constexpr ImU32 kTimeUp = IM_COL32(0xFB, 0xE3, 0x9A, 0xFF);  // a warm gold face when it is over

int segments_for(float angle, float radius) {
  return std::clamp(static_cast<int>(angle / kPi * std::max(24.0f, radius / 3)), 3, 256);
}

// A wedge from angle `start`, clockwise through `sweep`. Filled in convex halves without
// anti-aliasing (no seam shows where they meet), then its outline drawn smooth on top.
void draw_wedge(ImDrawList* draw, ImVec2 centre, float radius, float start, float sweep, ImU32 colour) {
  const float end = start + sweep;
  const ImDrawListFlags flags = draw->Flags;
  draw->Flags &= ~ImDrawListFlags_AntiAliasedFill;
  for (float from = start; from < end; from += kPi) {
    const float to = std::min(end, from + kPi);
    draw->PathLineTo(centre);
    draw->PathArcTo(centre, radius, from, to, segments_for(to - from, radius));
    draw->PathFillConvex(colour);
  }
  draw->Flags = flags;
  draw->PathLineTo(centre);
  draw->PathArcTo(centre, radius, start, end, segments_for(sweep, radius));
  draw->PathStroke(colour, ImDrawFlags_Closed, 1.0f);
}

}  // namespace

ImU32 timer_disc_colour(float fraction_left, bool colours_change) {
  if (!colours_change) return kCalm;
  switch (disc_phase(fraction_left)) {
    case DiscPhase::Plenty:
      return kPlenty;
    case DiscPhase::Low:
      return kLow;
    case DiscPhase::Nearly:
      return kNearly;
  }
  return kCalm;
}

void draw_timer_disc(FrameContext& frame, ImVec2 centre, float radius, const TimerDiscLook& look) {
  ImDrawList* draw = frame.draw;
  const Palette& p = palette();
  const float bezel = std::max(frame.px(6), radius * 0.08f);
  const float outer = radius + bezel;
  const int rim_segments = segments_for(2 * kPi, outer);

  // The end cue: a soft ring that swells out from the face and fades, for those who cannot hear the chime.
  if (look.end_pulse >= 0) {
    const float t = std::clamp(look.end_pulse, 0.0f, 1.0f);
    draw->AddCircle(centre, outer + bezel * 3 * t, with_alpha(kLow, 0.55f * (1 - t)), rim_segments,
                    bezel * (1.5f - t));
  }
  // Every layer is drawn only where it shows (the shadow and bezel as rings, the disc and the
  // empty face as two wedges that share the circle): a software renderer fills each pixel of
  // the disc once, not four times, on the one frame a second a running timer draws.
  const float shadow_band = bezel * 0.6f;
  draw->AddCircle(ImVec2(centre.x, centre.y + frame.px(3)), outer + frame.px(2) - shadow_band / 2,
                  with_alpha(p.shadow, 0.6f), rim_segments, shadow_band);
  draw->AddCircle(centre, radius + bezel / 2, p.surface, rim_segments, bezel + 1.0f);

  const float fraction = std::clamp(look.fraction_left, 0.0f, 1.0f);
  const ImU32 colour = timer_disc_colour(fraction, look.colours_change);
  const ImU32 face = look.finished ? kTimeUp : p.page;
  if (fraction >= 1.0f) {
    draw->AddCircleFilled(centre, radius, colour, rim_segments);
  } else if (fraction <= 0.0f) {
    draw->AddCircleFilled(centre, radius, face, rim_segments);
  } else {
    const float sweep = 2 * kPi * fraction;
    draw_wedge(draw, centre, radius, kTwelveOClock + sweep, 2 * kPi - sweep, face);
    draw_wedge(draw, centre, radius, kTwelveOClock, sweep, colour);
  }

  // Twelve marks on the bezel, the quarters longer, so the face reads as a clock without numbers.
  for (int mark = 0; mark < 12; ++mark) {
    const float angle = kTwelveOClock + 2 * kPi * static_cast<float>(mark) / 12;
    const ImVec2 dir(std::cos(angle), std::sin(angle));
    const float inner = radius + bezel * (mark % 3 == 0 ? 0.2f : 0.45f);
    const float to = radius + bezel * 0.8f;
    draw->AddLine(ImVec2(centre.x + dir.x * inner, centre.y + dir.y * inner),
                  ImVec2(centre.x + dir.x * to, centre.y + dir.y * to), with_alpha(p.ink_soft, 0.7f),
                  std::max(1.0f, bezel * (mark % 3 == 0 ? 0.22f : 0.14f)));
  }
  draw->AddCircle(centre, radius, with_alpha(p.ink_soft, 0.35f), rim_segments,
                  std::max(1.0f, frame.px(1.5f)));
  draw->AddCircleFilled(centre, std::max(frame.px(4), radius * 0.06f), p.ink, 32);
}

}  // namespace kitbag::ui
