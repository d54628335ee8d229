// One card shown large with everything it has: picture, name, quality and words. Used for a
// chosen animal, the presence card in hand and the feelings cards a child picked.
#pragma once

#include <optional>
#include <string_view>

#include "app/core/cards/deck.h"
#include "app/ui/frame_context.h"
#include "platform/texture_store.h"

namespace kitbag::ui {

struct LargeCardWords {
  bool title = true;
  bool quality = true;
  bool text = true;
  std::string_view footnote;  // a small line at the bottom, e.g. "About 1 minute"
};

void draw_card_large(FrameContext& frame, const Card& card, const Rect& rect,
                     const std::optional<Texture>& picture, const LargeCardWords& words = {});

}  // namespace kitbag::ui
