#include "app/ui/card_shapes.h"

#include <cmath>
#include <numbers>
#include <vector>

namespace kitbag::ui {
namespace {

constexpr float kPi = std::numbers::pi_v<float>;

ImVec2 at(ImVec2 centre, float radius, float angle) {
  return {centre.x + radius * std::cos(angle), centre.y + radius * std::sin(angle)};
}

// A regular polygon with a point at the top.
void polygon(ImDrawList* draw, ImVec2 centre, float radius, int sides, ImU32 colour) {
  std::vector<ImVec2> points;
  for (int i = 0; i < sides; ++i) points.push_back(at(centre, radius, -kPi / 2 + 2 * kPi * i / sides));
  draw->AddConvexPolyFilled(points.data(), sides, colour);
}

void star(ImDrawList* draw, ImVec2 centre, float radius, ImU32 colour) {
  // A star is not convex, so it is filled as a fan of hard-edged triangles from its centre,
  // and its outline alone is drawn smooth: no seams inside, no jagged edge outside.
  std::vector<ImVec2> outline;
  for (int i = 0; i < 10; ++i)
    outline.push_back(
        at(centre, i % 2 == 0 ? radius : radius * 0.45f, -kPi / 2 + kPi * static_cast<float>(i) / 5));
  const ImDrawListFlags flags = draw->Flags;
  draw->Flags &= ~ImDrawListFlags_AntiAliasedFill;
  for (std::size_t i = 0; i < outline.size(); ++i)
    draw->AddTriangleFilled(centre, outline[i], outline[(i + 1) % outline.size()], colour);
  draw->Flags = flags;
  draw->AddPolyline(outline.data(), static_cast<int>(outline.size()), colour, ImDrawFlags_Closed, 1.0f);
}

void heart(ImDrawList* draw, ImVec2 c, float r, ImU32 colour) {
  const float lobe = r * 0.52f;
  draw->AddCircleFilled(ImVec2(c.x - lobe * 0.95f, c.y - r * 0.28f), lobe, colour, 48);
  draw->AddCircleFilled(ImVec2(c.x + lobe * 0.95f, c.y - r * 0.28f), lobe, colour, 48);
  const ImVec2 points[] = {ImVec2(c.x - r * 0.97f, c.y - r * 0.12f), ImVec2(c.x + r * 0.97f, c.y - r * 0.12f),
                           ImVec2(c.x, c.y + r * 0.92f)};
  draw->AddConvexPolyFilled(points, 3, colour);
  draw->AddRectFilled(ImVec2(c.x - lobe, c.y - r * 0.4f), ImVec2(c.x + lobe, c.y), colour);
}

void drop(ImDrawList* draw, ImVec2 c, float r, ImU32 colour) {
  const float round = r * 0.62f;
  const ImVec2 bowl(c.x, c.y + r - round);
  draw->AddCircleFilled(bowl, round, colour, 48);
  // The point: tangents from the tip to the bowl, so the sides meet it smoothly.
  const ImVec2 tip(c.x, c.y - r);
  const float distance = bowl.y - tip.y;
  const float angle = std::asin(round / distance);
  const float reach = std::sqrt(distance * distance - round * round);
  const ImVec2 points[] = {tip, ImVec2(tip.x + reach * std::sin(angle), tip.y + reach * std::cos(angle)),
                           ImVec2(tip.x - reach * std::sin(angle), tip.y + reach * std::cos(angle))};
  draw->AddConvexPolyFilled(points, 3, colour);
}

void flower(ImDrawList* draw, ImVec2 c, float r, ImU32 colour, ImU32 background) {
  const float petal = r * 0.36f;
  for (int i = 0; i < 6; ++i)
    draw->AddCircleFilled(at(c, r - petal, -kPi / 2 + 2 * kPi * i / 6), petal, colour, 32);
  draw->AddCircleFilled(c, r * 0.42f, colour, 32);
  draw->AddCircle(c, r * 0.2f, background, 32, r * 0.07f);
}

void cloud(ImDrawList* draw, ImVec2 c, float r, ImU32 colour) {
  draw->AddCircleFilled(ImVec2(c.x - r * 0.45f, c.y + r * 0.12f), r * 0.38f, colour, 40);
  draw->AddCircleFilled(ImVec2(c.x + r * 0.05f, c.y - r * 0.18f), r * 0.5f, colour, 40);
  draw->AddCircleFilled(ImVec2(c.x + r * 0.55f, c.y + r * 0.15f), r * 0.36f, colour, 40);
  draw->AddRectFilled(ImVec2(c.x - r * 0.45f, c.y + r * 0.05f), ImVec2(c.x + r * 0.55f, c.y + r * 0.51f),
                      colour, r * 0.2f);
}

void leaf(ImDrawList* draw, ImVec2 c, float r, ImU32 colour, ImU32 background) {
  // Two arcs meeting at the tips, tilted like a leaf, with a vein.
  std::vector<ImVec2> points;
  const float tilt = -kPi / 4;
  const int steps = 24;
  for (int side = 0; side < 2; ++side) {
    for (int i = 0; i <= steps; ++i) {
      const float t = static_cast<float>(i) / steps;
      const float along = (side == 0 ? t : 1 - t) * 2 - 1;  // -1 .. 1 along the leaf
      const float across = (side == 0 ? 1 : -1) * 0.5f * std::sqrt(std::max(0.0f, 1 - along * along));
      points.push_back(ImVec2(c.x + r * (along * std::cos(tilt) - across * std::sin(tilt)),
                              c.y + r * (along * std::sin(tilt) + across * std::cos(tilt))));
    }
  }
  draw->AddConvexPolyFilled(points.data(), static_cast<int>(points.size()), colour);
  draw->AddLine(at(c, r * 0.62f, kPi + tilt), at(c, r * 0.62f, tilt), background, r * 0.06f);
}

void sun(ImDrawList* draw, ImVec2 c, float r, ImU32 colour) {
  draw->AddCircleFilled(c, r * 0.52f, colour, 48);
  for (int i = 0; i < 8; ++i) {
    const float angle = 2 * kPi * i / 8;
    draw->AddLine(at(c, r * 0.66f, angle), at(c, r * 0.98f, angle), colour, r * 0.12f);
  }
}

}  // namespace

void draw_card_shape(ImDrawList* draw, CardShape shape, ImVec2 c, float r, ImU32 colour, ImU32 background) {
  switch (shape) {
    case CardShape::Circle:
      draw->AddCircleFilled(c, r * 0.9f, colour, 64);
      break;
    case CardShape::Square:
      draw->AddRectFilled(ImVec2(c.x - r * 0.75f, c.y - r * 0.75f), ImVec2(c.x + r * 0.75f, c.y + r * 0.75f),
                          colour, r * 0.12f);
      break;
    case CardShape::Triangle: {
      const ImVec2 points[] = {ImVec2(c.x, c.y - r * 0.92f), ImVec2(c.x + r, c.y + r * 0.8f),
                               ImVec2(c.x - r, c.y + r * 0.8f)};
      draw->AddConvexPolyFilled(points, 3, colour);
      break;
    }
    case CardShape::Diamond: {
      const ImVec2 points[] = {ImVec2(c.x, c.y - r), ImVec2(c.x + r * 0.72f, c.y), ImVec2(c.x, c.y + r),
                               ImVec2(c.x - r * 0.72f, c.y)};
      draw->AddConvexPolyFilled(points, 4, colour);
      break;
    }
    case CardShape::Star:
      star(draw, c, r, colour);
      break;
    case CardShape::Hexagon:
      polygon(draw, c, r * 0.95f, 6, colour);
      break;
    case CardShape::Heart:
      heart(draw, c, r, colour);
      break;
    case CardShape::Moon:
      draw->AddCircleFilled(c, r * 0.9f, colour, 64);
      draw->AddCircleFilled(ImVec2(c.x + r * 0.42f, c.y - r * 0.22f), r * 0.74f, background, 64);
      break;
    case CardShape::Drop:
      drop(draw, c, r, colour);
      break;
    case CardShape::Plus: {
      const float arm = r * 0.32f;
      draw->AddRectFilled(ImVec2(c.x - arm, c.y - r * 0.9f), ImVec2(c.x + arm, c.y + r * 0.9f), colour,
                          arm * 0.3f);
      draw->AddRectFilled(ImVec2(c.x - r * 0.9f, c.y - arm), ImVec2(c.x + r * 0.9f, c.y + arm), colour,
                          arm * 0.3f);
      break;
    }
    case CardShape::Pentagon:
      polygon(draw, c, r * 0.95f, 5, colour);
      break;
    case CardShape::Flower:
      flower(draw, c, r, colour, background);
      break;
    case CardShape::Cloud:
      cloud(draw, c, r, colour);
      break;
    case CardShape::Ring:
      draw->AddCircle(c, r * 0.72f, colour, 64, r * 0.34f);
      break;
    case CardShape::Leaf:
      leaf(draw, c, r, colour, background);
      break;
    case CardShape::Sun:
      sun(draw, c, r, colour);
      break;
  }
}

}  // namespace kitbag::ui
