#include "app/ui/text_field.h"

#include <imgui.h>
#include <imgui_internal.h>  // ClearActiveID, and InputTextState for forget_typed_secret

#include <algorithm>
#include <cstring>

#include "app/ui/theme.h"
#include "app/ui/widgets.h"

namespace kitbag::ui {

bool text_field(FrameContext& frame, const std::string& id, const std::string& label, std::string& buffer,
                std::size_t capacity, const Rect& rect, TextFieldKind kind) {
  frame.inventory.add_target({id, label, rect, true});
  const Palette& p = palette();
  const float rounding = frame.px(14);
  frame.draw->AddRectFilled(top_left(rect), bottom_right(rect), p.surface, rounding);
  frame.draw->AddRect(top_left(rect), bottom_right(rect), with_alpha(p.ink, p.outlined ? 1.0f : 0.35f),
                      rounding, 0, frame.px(2));

  // ImGui edits a fixed buffer in place; the string keeps the capacity and is trimmed afterwards.
  std::string before = buffer;
  buffer.resize(capacity + 1, '\0');
  if (frame.focus.activated(id)) ImGui::SetKeyboardFocusHere();
  ImGui::SetCursorScreenPos(ImVec2(rect.x + frame.px(4), rect.y + frame.px(4)));
  ImGui::PushStyleColor(ImGuiCol_FrameBg, IM_COL32(0, 0, 0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(frame.px(12), frame.px(10)));
  // Tab belongs to the app's own focus order, not to ImGui's, so it leaves the box for the next control.
  ImGui::PushAllowKeyboardFocus(false);
  const std::string imgui_id = "##" + id;
  const ImVec2 size(rect.width - frame.px(8), rect.height - frame.px(8));
  bool changed = false;
  if (kind == TextFieldKind::Lines) {
    changed = ImGui::InputTextMultiline(imgui_id.c_str(), buffer.data(), capacity + 1, size);
  } else {
    ImGui::SetNextItemWidth(size.x);
    changed = ImGui::InputText(imgui_id.c_str(), buffer.data(), capacity + 1,
                               kind == TextFieldKind::Hidden ? ImGuiInputTextFlags_Password : 0);
  }
  ImGui::PopAllowKeyboardFocus();
  if (ImGui::IsItemActivated()) frame.focus.moved_to(id);
  // ImGui's Escape puts back the words the box had when typing began; here Escape only stops
  // typing, and nothing a carer typed is thrown away.
  const bool escaped =
      ImGui::IsItemDeactivated() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
  // Tab moved the app's focus on while the box was being typed in: typing stops there.
  if (ImGui::IsItemActive() && !frame.focus.is_focused(id)) ImGui::ClearActiveID();
  const bool active = ImGui::IsItemActive();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
  buffer.resize(buffer.find('\0') == std::string::npos ? buffer.size() : buffer.find('\0'));
  if (escaped) {
    buffer = before;
    changed = false;
  }
  std::fill(before.begin(), before.end(), '\0');  // a copy of a code or PIN is not left behind
  if (active || (frame.focus.ring_visible() && frame.focus.is_focused(id)))
    frame.draw->AddRect(top_left(rect), bottom_right(rect), p.focus_ring, rounding, 0, frame.px(3));
  return changed;
}

namespace {

template <class T>
void overwrite(ImVector<T>& copy) {
  if (copy.Data != nullptr) std::memset(copy.Data, 0, static_cast<std::size_t>(copy.Capacity) * sizeof(T));
  copy.clear();
}

}  // namespace

void forget_typed_secret(std::string& buffer) {
  buffer.resize(buffer.capacity());  // the whole allocation, past what the text last used
  std::fill(buffer.begin(), buffer.end(), '\0');
  buffer.clear();
  ImGuiContext* context = ImGui::GetCurrentContext();
  if (context == nullptr) return;
  ImGuiInputTextState& state = context->InputTextState;
  if (state.ID != 0 && context->ActiveId == state.ID) ImGui::ClearActiveID();
  overwrite(state.TextW);
  overwrite(state.TextA);
  overwrite(state.InitialTextA);
  std::memset(&state.Stb, 0, sizeof state.Stb);  // the undo history holds typed characters too
  state.ID = 0;
  state.CurLenW = state.CurLenA = 0;
  state.TextAIsValid = false;
  overwrite(context->IO.InputQueueCharacters);  // the characters typed in the last frame
}

}  // namespace kitbag::ui
