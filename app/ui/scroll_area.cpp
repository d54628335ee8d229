#include "app/ui/scroll_area.h"

#include <imgui.h>

#include "app/ui/theme.h"

namespace kitbag::ui {

ScrollArea::ScrollArea(FrameContext& frame, const std::string& id, const Rect& area)
    : frame_(frame), outer_draw_(frame.draw) {
  // In high contrast the content starts a little inside the area, so the outline drawn just
  // outside a control at its left edge is not cut off. (Reaching outside the area instead would
  // take clicks from whatever is beside it.) The usual look keeps content at the area's edge,
  // lined up with what is above the panel.
  const float inset_left = palette().outlined ? frame.px(4) : 0.0f;
  ImGui::SetCursorScreenPos(top_left(area));
  ImGui::BeginChild(id.c_str(), ImVec2(area.width, area.height), false,
                    ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoNav);
  frame.draw = ImGui::GetWindowDrawList();
  // ImGui puts the child on whole pixels: what clips is where it really is, not the asked-for area.
  const ImVec2 position = ImGui::GetWindowPos();
  const ImVec2 size = ImGui::GetWindowSize();
  const Rect placed{position.x, position.y, size.x, size.y};
  frame.inventory.push_clip(placed);
  origin_ = ImVec2(ImGui::GetCursorScreenPos().x + inset_left, ImGui::GetCursorScreenPos().y);
  width_ = placed.width - inset_left - ImGui::GetStyle().ScrollbarSize;

  frame.inventory.add_scroll_area(id, placed);
  // Keys scroll one area: the one under the pointer, else the one with keyboard focus, else the first.
  const float page = area.height * 0.85f;
  auto pressed = [](ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key)); };
  if (!ImGui::GetIO().WantTextInput && (frame.scroll_keys_area.empty() || frame.scroll_keys_area == id)) {
    if (pressed(ImGuiKey_PageDown)) ImGui::SetScrollY(ImGui::GetScrollY() + page);
    if (pressed(ImGuiKey_PageUp)) ImGui::SetScrollY(ImGui::GetScrollY() - page);
    if (pressed(ImGuiKey_Home)) ImGui::SetScrollY(0);
    if (pressed(ImGuiKey_End)) ImGui::SetScrollY(ImGui::GetScrollMaxY());
  }
}

void ScrollArea::finish(float content_height) {
  if (finished_) return;
  finished_ = true;
  // The child window learns its content's size from an item covering it.
  ImGui::SetCursorScreenPos(origin_);
  ImGui::Dummy(ImVec2(width_, content_height));
  ImGui::EndChild();
  frame_.inventory.pop_clip();
  frame_.draw = outer_draw_;
}

ScrollArea::~ScrollArea() {
  finish(0);
}

}  // namespace kitbag::ui
