#include "app/core/cards/card_shape.h"

#include <array>
#include <utility>

namespace kitbag {
namespace {

constexpr std::array<std::pair<CardShape, std::string_view>, 16> kShapes{{
    {CardShape::Circle, "circle"},
    {CardShape::Square, "square"},
    {CardShape::Triangle, "triangle"},
    {CardShape::Diamond, "diamond"},
    {CardShape::Star, "star"},
    {CardShape::Hexagon, "hexagon"},
    {CardShape::Heart, "heart"},
    {CardShape::Moon, "moon"},
    {CardShape::Drop, "drop"},
    {CardShape::Plus, "plus"},
    {CardShape::Pentagon, "pentagon"},
    {CardShape::Flower, "flower"},
    {CardShape::Cloud, "cloud"},
    {CardShape::Ring, "ring"},
    {CardShape::Leaf, "leaf"},
    {CardShape::Sun, "sun"},
}};

constexpr std::array<CardShape, kShapes.size()> kOrder = [] {
  std::array<CardShape, kShapes.size()> order{};
  for (std::size_t i = 0; i < kShapes.size(); ++i) order[i] = kShapes[i].first;
  return order;
}();

}  // namespace

std::span<const CardShape> all_card_shapes() {
  return kOrder;
}

std::string_view shape_name(CardShape shape) {
  for (const auto& [s, name] : kShapes)
    if (s == shape) return name;
  return "circle";
}

std::optional<CardShape> shape_from_name(std::string_view name) {
  for (const auto& [s, n] : kShapes)
    if (n == name) return s;
  return std::nullopt;
}

std::optional<CardShape> shape_of_picture(std::string_view picture) {
  if (!picture.starts_with(kShapePicturePrefix)) return std::nullopt;
  return shape_from_name(picture.substr(kShapePicturePrefix.size()));
}

}  // namespace kitbag
