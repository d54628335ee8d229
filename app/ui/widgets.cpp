#include "app/ui/widgets.h"

#include <algorithm>

#include "app/ui/text.h"
#include "app/ui/theme.h"

namespace kitbag::ui {

Interaction interact(FrameContext& frame, const std::string& id, const std::string& label, const Rect& rect,
                     bool enabled) {
  frame.inventory.add_target({id, label, rect, enabled});
  Interaction result;
  if (rect.width <= 0 || rect.height <= 0) return result;

  ImGui::SetCursorScreenPos(top_left(rect));
  const bool pressed = ImGui::InvisibleButton(id.c_str(), ImVec2(rect.width, rect.height));
  if (!enabled) return result;

  result.hovered = ImGui::IsItemHovered();
  result.held = ImGui::IsItemActive();
  result.focus_ring = frame.focus.ring_visible() && frame.focus.is_focused(id);
  // Keyboard focus on a control scrolled out of sight, wholly or in part, brings it into view.
  if (result.focus_ring && ImGui::GetScrollMaxY() > 0) {
    const float top = ImGui::GetWindowPos().y;
    const float bottom = top + ImGui::GetWindowSize().y;
    if (rect.y < top || rect.bottom() > bottom) ImGui::SetScrollHereY(0.5f);
  }
  result.clicked = pressed || frame.focus.activated(id);
  if (pressed) frame.focus.clicked_with_pointer(id);
  if (result.hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  return result;
}

void draw_focus_ring(FrameContext& frame, const Rect& rect, float rounding) {
  const float gap = frame.px(4);
  const float thickness = frame.px(4);
  const Rect ring = inset(rect, -(gap + thickness / 2));
  frame.draw->AddRect(top_left(ring), bottom_right(ring), palette().focus_ring, rounding + gap, 0, thickness);
}

void draw_soft_shadow(FrameContext& frame, const Rect& rect, float rounding, float lift) {
  if (palette().outlined) {
    // Drawn before the shape, a little larger: what shows past the shape's edge is the outline.
    const float width = frame.px(2.5f);
    const Rect outline = inset(rect, -width);
    frame.draw->AddRectFilled(top_left(outline), bottom_right(outline), palette().ink, rounding + width);
    return;
  }
  // A few widening translucent layers read as a soft shadow without a blur pass. Each layer is
  // drawn as a band only as deep as can show past the shape on top (its edge, the lift, and the
  // corners its rounding uncovers): filling the whole layer would make the software renderer
  // on an old laptop blend every pixel under every tile three more times for nothing.
  const ImU32 shadow = palette().shadow;
  for (int layer = 3; layer >= 1; --layer) {
    const float spread = frame.px(1.5f) * static_cast<float>(layer);
    const Rect r{rect.x - spread, rect.y + lift - spread / 2, rect.width + 2 * spread, rect.height + spread};
    const float band =
        std::min(spread + lift + 0.3f * rounding + frame.px(1), std::min(r.width, r.height) / 2);
    const Rect path = inset(r, band / 2);
    frame.draw->AddRect(top_left(path), bottom_right(path),
                        with_alpha(shadow, 0.45f / static_cast<float>(layer)),
                        std::max(0.0f, rounding + spread - band / 2), 0, band);
  }
}

float pill_button_height(const FrameContext& frame) {
  return std::max(frame.px(kMinTouchTarget + 8), frame.fonts.label->FontSize + frame.px(24));
}

float pill_button_width(const FrameContext& frame, const PillButton& button) {
  const float padding = frame.px(26);
  const float icon = button.icon == Icon::None ? 0 : frame.fonts.label->FontSize + frame.px(10);
  return std::max(pill_button_height(frame),
                  padding * 2 + icon + measure_text(frame.fonts.label, button.label).x);
}

bool pill_button(FrameContext& frame, const PillButton& button, ImVec2 origin) {
  return pill_button(frame, button,
                     Rect{origin.x, origin.y, pill_button_width(frame, button), pill_button_height(frame)});
}

bool pill_button(FrameContext& frame, const PillButton& button, const Rect& rect) {
  const Interaction state = interact(frame, button.id, button.label, rect, button.enabled);
  const Palette& p = palette();
  const float rounding = rect.height / 2;
  const float fade = button.enabled ? 1.0f : 0.45f;

  if (button.enabled) draw_soft_shadow(frame, rect, rounding, state.held ? frame.px(1) : frame.px(3));
  ImU32 fill = state.held ? p.page_shape : state.hovered ? p.surface_hover : p.surface;
  ImU32 ink = with_alpha(p.ink, fade);
  if (button.selected) {
    const ImU32 dark = button.accent != 0 ? button.accent : p.ink;
    fill = state.hovered ? mix(dark, p.surface, 0.15f) : dark;
    ink = p.surface;
  }
  frame.draw->AddRectFilled(top_left(rect), bottom_right(rect), with_alpha(fill, fade), rounding);

  // The icon and label centred together: at the natural width that is the padding either side.
  const float icon_size = frame.fonts.label->FontSize;
  const float content = (button.icon == Icon::None ? 0 : icon_size + frame.px(10)) +
                        measure_text(frame.fonts.label, button.label).x;
  float x = rect.center_x() - content / 2;
  auto icon = [&] {
    draw_icon(frame.draw, button.icon, ImVec2(x + icon_size / 2, rect.center_y()), icon_size / 2, ink, fill);
    x += icon_size + frame.px(10);
  };
  if (button.icon != Icon::None && !button.icon_last) icon();
  const float text_y = rect.center_y() - frame.fonts.label->FontSize / 2;
  const Rect text = draw_text(frame, frame.fonts.label, button.label, ImVec2(x, text_y), ink);
  x = text.right() + frame.px(10);
  if (button.icon != Icon::None && button.icon_last) icon();
  if (state.focus_ring) draw_focus_ring(frame, rect, rounding);
  return state.clicked;
}

}  // namespace kitbag::ui
