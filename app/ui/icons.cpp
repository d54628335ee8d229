#include "app/ui/icons.h"

#include <cmath>
#include <numbers>

namespace kitbag::ui {
namespace {

constexpr float kPi = std::numbers::pi_v<float>;

ImVec2 add(ImVec2 a, ImVec2 b) {
  return {a.x + b.x, a.y + b.y};
}
ImVec2 at(ImVec2 c, float r, float dx, float dy) {
  return {c.x + dx * r, c.y + dy * r};
}

void fill_ellipse(ImDrawList* draw, ImVec2 centre, float rx, float ry, float angle, ImU32 colour) {
  constexpr int kSegments = 40;
  ImVec2 points[kSegments];
  const float c = std::cos(angle);
  const float s = std::sin(angle);
  for (int i = 0; i < kSegments; ++i) {
    const float t = 2 * kPi * static_cast<float>(i) / kSegments;
    const float x = rx * std::cos(t);
    const float y = ry * std::sin(t);
    points[i] = add(centre, ImVec2(x * c - y * s, x * s + y * c));
  }
  draw->AddConvexPolyFilled(points, kSegments, colour);
}

// A thick line with round ends.
void stroke(ImDrawList* draw, ImVec2 a, ImVec2 b, float thickness, ImU32 colour) {
  draw->AddLine(a, b, colour, thickness);
  draw->AddCircleFilled(a, thickness / 2, colour, 16);
  draw->AddCircleFilled(b, thickness / 2, colour, 16);
}

// The outer point where a line from `from` touches the circle (`centre`, `radius`).
ImVec2 tangent_point(ImVec2 from, ImVec2 centre, float radius, float side) {
  const ImVec2 v(from.x - centre.x, from.y - centre.y);
  const float distance = std::sqrt(v.x * v.x + v.y * v.y);
  const float base = std::atan2(v.y, v.x);
  const float offset = std::acos(radius / distance);
  const float angle = base + side * offset;
  return {centre.x + radius * std::cos(angle), centre.y + radius * std::sin(angle)};
}

void heart(ImDrawList* draw, ImVec2 c, float r, ImU32 colour) {
  const float lobe = 0.4f * r;
  const ImVec2 left = at(c, r, -0.36f, -0.2f);
  const ImVec2 right = at(c, r, 0.36f, -0.2f);
  const ImVec2 tip = at(c, r, 0, 0.74f);
  draw->AddCircleFilled(left, lobe, colour, 40);
  draw->AddCircleFilled(right, lobe, colour, 40);
  const ImVec2 body[] = {tangent_point(tip, left, lobe, 1),   left, at(c, r, 0, -0.2f), right,
                         tangent_point(tip, right, lobe, -1), tip};
  draw->AddConvexPolyFilled(body, 6, colour);
}

void paw(ImDrawList* draw, ImVec2 c, float r, ImU32 colour) {
  fill_ellipse(draw, at(c, r, 0, 0.28f), 0.42f * r, 0.34f * r, 0, colour);
  fill_ellipse(draw, at(c, r, -0.6f, -0.14f), 0.16f * r, 0.21f * r, -0.5f, colour);
  fill_ellipse(draw, at(c, r, -0.24f, -0.5f), 0.17f * r, 0.23f * r, -0.15f, colour);
  fill_ellipse(draw, at(c, r, 0.24f, -0.5f), 0.17f * r, 0.23f * r, 0.15f, colour);
  fill_ellipse(draw, at(c, r, 0.6f, -0.14f), 0.16f * r, 0.21f * r, 0.5f, colour);
}

void sprout(ImDrawList* draw, ImVec2 c, float r, ImU32 colour) {
  stroke(draw, at(c, r, 0, 0.72f), at(c, r, 0, -0.1f), 0.13f * r, colour);
  fill_ellipse(draw, at(c, r, -0.33f, -0.22f), 0.36f * r, 0.18f * r, 0.6f, colour);
  fill_ellipse(draw, at(c, r, 0.33f, -0.4f), 0.36f * r, 0.18f * r, -0.6f, colour);
  fill_ellipse(draw, at(c, r, 0, 0.72f), 0.42f * r, 0.08f * r, 0, colour);
}

void stopwatch(ImDrawList* draw, ImVec2 c, float r, ImU32 colour) {
  const ImVec2 face = at(c, r, 0, 0.1f);
  const float radius = 0.6f * r;
  draw->AddCircle(face, radius, colour, 48, 0.13f * r);
  stroke(draw, at(c, r, 0, -0.56f), at(c, r, 0, -0.66f), 0.16f * r, colour);
  stroke(draw, at(c, r, -0.14f, -0.8f), at(c, r, 0.14f, -0.8f), 0.14f * r, colour);
  // The time left, as a slice of the disc: the same picture the timer shows.
  draw->PathLineTo(face);
  draw->PathArcTo(face, 0.72f * radius, -kPi / 2, -kPi / 2 + 0.62f * kPi, 32);
  draw->PathFillConvex(colour);
}

// A carved stick with a speech bubble: whoever holds it is the one talking.
void talking_stick(ImDrawList* draw, ImVec2 c, float r, ImU32 colour, ImU32 background) {
  const ImVec2 bottom = at(c, r, -0.12f, 0.78f);
  const ImVec2 top = at(c, r, 0.55f, -0.2f);
  stroke(draw, bottom, top, 0.22f * r, colour);
  draw->AddCircleFilled(top, 0.17f * r, colour, 24);
  // Bands wound round the stick, in the background colour so they read as carving.
  for (float t : {0.58f, 0.72f}) {
    const ImVec2 p(bottom.x + (top.x - bottom.x) * t, bottom.y + (top.y - bottom.y) * t);
    draw->AddLine(at(p, r, -0.13f, -0.09f), at(p, r, 0.13f, 0.09f), background, 0.06f * r);
  }
  fill_ellipse(draw, at(c, r, -0.32f, -0.42f), 0.46f * r, 0.32f * r, 0, colour);
  const ImVec2 tail[] = {at(c, r, -0.28f, -0.2f), at(c, r, -0.04f, -0.22f), at(c, r, -0.02f, 0.02f)};
  draw->AddTriangleFilled(tail[0], tail[1], tail[2], colour);
  for (float dx : {-0.5f, -0.32f, -0.14f})
    draw->AddCircleFilled(at(c, r, dx, -0.42f), 0.065f * r, background, 12);
}

void sparkle(ImDrawList* draw, ImVec2 p, float size, ImU32 colour) {
  const ImVec2 vertical[] = {
      {p.x, p.y - size}, {p.x + size * 0.28f, p.y}, {p.x, p.y + size}, {p.x - size * 0.28f, p.y}};
  const ImVec2 horizontal[] = {
      {p.x - size, p.y}, {p.x, p.y - size * 0.28f}, {p.x + size, p.y}, {p.x, p.y + size * 0.28f}};
  draw->AddConvexPolyFilled(vertical, 4, colour);
  draw->AddConvexPolyFilled(horizontal, 4, colour);
}

void moon_and_stars(ImDrawList* draw, ImVec2 c, float r, ImU32 colour, ImU32 background) {
  draw->AddCircleFilled(at(c, r, -0.12f, 0.06f), 0.6f * r, colour, 48);
  draw->AddCircleFilled(at(c, r, 0.16f, -0.14f), 0.5f * r, background, 48);
  sparkle(draw, at(c, r, 0.52f, 0.38f), 0.2f * r, colour);
  sparkle(draw, at(c, r, 0.5f, -0.58f), 0.14f * r, colour);
}

// `way` is -1 for an arrow pointing left (back), +1 for one pointing right (forward).
void arrow(ImDrawList* draw, ImVec2 c, float r, ImU32 colour, float way) {
  const float thickness = 0.22f * r;
  stroke(draw, at(c, r, -0.7f * way, 0), at(c, r, 0.6f * way, 0), thickness, colour);
  stroke(draw, at(c, r, 0.6f * way, 0), at(c, r, 0.05f * way, -0.55f), thickness, colour);
  stroke(draw, at(c, r, 0.6f * way, 0), at(c, r, 0.05f * way, 0.55f), thickness, colour);
}

void info(ImDrawList* draw, ImVec2 c, float r, ImU32 colour) {
  draw->AddCircle(c, 0.8f * r, colour, 40, 0.14f * r);
  draw->AddCircleFilled(at(c, r, 0, -0.36f), 0.11f * r, colour, 16);
  stroke(draw, at(c, r, 0, -0.06f), at(c, r, 0, 0.4f), 0.17f * r, colour);
}

}  // namespace

Icon tool_icon(ToolId tool) {
  switch (tool) {
    case ToolId::Feelings:
      return Icon::Feelings;
    case ToolId::Animals:
      return Icon::Animals;
    case ToolId::Presence:
      return Icon::Presence;
    case ToolId::Timer:
      return Icon::Timer;
    case ToolId::TalkingStick:
      return Icon::TalkingStick;
    case ToolId::WonderJourney:
      return Icon::WonderJourney;
  }
  return Icon::None;
}

namespace {

void tick(ImDrawList* draw, ImVec2 c, float r, ImU32 colour) {
  const ImVec2 points[] = {at(c, r, -0.7f, 0.0f), at(c, r, -0.2f, 0.5f), at(c, r, 0.75f, -0.55f)};
  draw->AddPolyline(points, 3, colour, 0, r * 0.3f);
  draw->AddCircleFilled(points[0], r * 0.15f, colour, 12);
  draw->AddCircleFilled(points[2], r * 0.15f, colour, 12);
}

// A head and shoulders.
void person(ImDrawList* draw, ImVec2 c, float r, ImU32 colour) {
  draw->AddCircleFilled(at(c, r, 0, -0.42f), r * 0.36f, colour, 32);
  draw->PathArcTo(at(c, r, 0, 0.95f), r * 0.8f, kPi, 2 * kPi, 24);
  draw->PathFillConvex(colour);
}

// A padlock: a shackle over a body, with a keyhole cut in the background colour.
void padlock(ImDrawList* draw, ImVec2 c, float r, ImU32 colour, ImU32 background) {
  draw->PathArcTo(at(c, r, 0, -0.25f), r * 0.42f, kPi, 2 * kPi, 20);
  draw->PathStroke(colour, 0, r * 0.2f);
  draw->AddLine(at(c, r, -0.42f, -0.25f), at(c, r, -0.42f, 0.05f), colour, r * 0.2f);
  draw->AddLine(at(c, r, 0.42f, -0.25f), at(c, r, 0.42f, 0.05f), colour, r * 0.2f);
  draw->AddRectFilled(at(c, r, -0.7f, -0.05f), at(c, r, 0.7f, 0.85f), colour, r * 0.15f);
  draw->AddCircleFilled(at(c, r, 0, 0.33f), r * 0.14f, background, 12);
}

// A laptop: a screen on a base.
void laptop(ImDrawList* draw, ImVec2 c, float r, ImU32 colour, ImU32 background) {
  draw->AddRectFilled(at(c, r, -0.62f, -0.6f), at(c, r, 0.62f, 0.3f), colour, r * 0.1f);
  draw->AddRectFilled(at(c, r, -0.48f, -0.46f), at(c, r, 0.48f, 0.16f), background, r * 0.05f);
  draw->AddRectFilled(at(c, r, -0.85f, 0.38f), at(c, r, 0.85f, 0.58f), colour, r * 0.1f);
}

// A second window in front of the first: the view opened to share in a video call.
void second_window(ImDrawList* draw, ImVec2 c, float r, ImU32 colour, ImU32 background) {
  draw->AddRect(at(c, r, -0.85f, -0.7f), at(c, r, 0.35f, 0.2f), colour, r * 0.1f, 0, r * 0.14f);
  draw->AddRectFilled(at(c, r, -0.35f, -0.2f), at(c, r, 0.85f, 0.7f), colour, r * 0.1f);
  draw->AddRectFilled(at(c, r, -0.22f, 0.0f), at(c, r, 0.72f, 0.57f), background, r * 0.05f);
}

}  // namespace

void draw_icon(ImDrawList* draw, Icon icon, ImVec2 centre, float radius, ImU32 colour, ImU32 background) {
  switch (icon) {
    case Icon::None:
      return;
    case Icon::Back:
      return arrow(draw, centre, radius, colour, -1);
    case Icon::Forward:
      return arrow(draw, centre, radius, colour, 1);
    case Icon::Info:
      return info(draw, centre, radius, colour);
    case Icon::Feelings:
      return heart(draw, centre, radius, colour);
    case Icon::Animals:
      return paw(draw, centre, radius, colour);
    case Icon::Presence:
      return sprout(draw, centre, radius, colour);
    case Icon::Timer:
      return stopwatch(draw, centre, radius, colour);
    case Icon::TalkingStick:
      return talking_stick(draw, centre, radius, colour, background);
    case Icon::WonderJourney:
      return moon_and_stars(draw, centre, radius, colour, background);
    case Icon::Play:
      // Nudged right, so the triangle's weight sits in the middle of its circle.
      draw->AddTriangleFilled(at(centre, radius, -0.45f, -0.7f), at(centre, radius, -0.45f, 0.7f),
                              at(centre, radius, 0.75f, 0), colour);
      return;
    case Icon::Pause:
      draw->AddRectFilled(at(centre, radius, -0.6f, -0.65f), at(centre, radius, -0.15f, 0.65f), colour,
                          radius * 0.12f);
      draw->AddRectFilled(at(centre, radius, 0.15f, -0.65f), at(centre, radius, 0.6f, 0.65f), colour,
                          radius * 0.12f);
      return;
    case Icon::Stop:
      draw->AddRectFilled(at(centre, radius, -0.55f, -0.55f), at(centre, radius, 0.55f, 0.55f), colour,
                          radius * 0.15f);
      return;
    case Icon::Tick:
      return tick(draw, centre, radius, colour);
    case Icon::Person:
      return person(draw, centre, radius, colour);
    case Icon::Lock:
      return padlock(draw, centre, radius, colour, background);
    case Icon::Laptop:
      return laptop(draw, centre, radius, colour, background);
    case Icon::SecondWindow:
      return second_window(draw, centre, radius, colour, background);
  }
}

}  // namespace kitbag::ui
