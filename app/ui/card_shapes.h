// Draws the shapes that colour cards carry (see app/core/cards/card_shape.h), filled, to fit a
// circle of `radius`. `background` is what it sits on, for shapes cut out of others (moon, ring).
#pragma once

#include <imgui.h>

#include "app/core/cards/card_shape.h"

namespace kitbag::ui {

void draw_card_shape(ImDrawList* draw, CardShape shape, ImVec2 centre, float radius, ImU32 colour,
                     ImU32 background);

}  // namespace kitbag::ui
