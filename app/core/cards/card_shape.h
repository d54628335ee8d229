// The shapes colour cards carry beside their colour and name, so a child who cannot tell two
// colours apart can still tell the cards apart and say which one they chose.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace kitbag {

enum class CardShape {
  Circle,
  Square,
  Triangle,
  Diamond,
  Star,
  Hexagon,
  Heart,
  Moon,
  Drop,
  Plus,
  Pentagon,
  Flower,
  Cloud,
  Ring,
  Leaf,
  Sun,
};

std::span<const CardShape> all_card_shapes();
std::string_view shape_name(CardShape shape);
std::optional<CardShape> shape_from_name(std::string_view name);

// A card's picture names a shape as "shape:star".
inline constexpr std::string_view kShapePicturePrefix = "shape:";
std::optional<CardShape> shape_of_picture(std::string_view picture);

}  // namespace kitbag
