#include "app/ui/theme.h"

#include <algorithm>
#include <cmath>

namespace kitbag::ui {
namespace {

constexpr ImU32 rgb(unsigned hex) {
  return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, 0xFF);
}

Look look_in_use = Look::Warm;

}  // namespace

void use_look(Look look) {
  look_in_use = look;
}

Look current_look() {
  return look_in_use;
}

Look look_for(const Preferences& preferences) {
  if (preferences.high_contrast) return Look::HighContrast;
  return preferences.age == AgeMode::Older ? Look::Calm : Look::Warm;
}

const Palette& palette() {
  // Black on white: ink is 21:1 on the page and on every surface, soft text too.
  static const Palette contrast{
      .page = rgb(0xFFFFFF),
      .page_shape = rgb(0xFFFFFF),
      .surface = rgb(0xFFFFFF),
      .surface_hover = rgb(0xFFF1A8),
      .ink = rgb(0x000000),
      .ink_soft = rgb(0x000000),
      .focus_ring = rgb(0x0030C0),
      .shadow = IM_COL32(0, 0, 0, 0),
      .notice_fill = rgb(0xFFF1A8),
      .notice_edge = rgb(0x000000),
      .outlined = true,
  };
  // Cool stone and slate: grown-up, quiet, every text colour still well above 7:1.
  static const Palette calm{
      .page = rgb(0xF1F2EF),
      .page_shape = rgb(0xE4E7E3),
      .surface = rgb(0xFFFFFF),
      .surface_hover = rgb(0xEEF1F3),
      .ink = rgb(0x1E2A31),
      .ink_soft = rgb(0x44535C),
      .focus_ring = rgb(0x1F4E9C),
      .shadow = IM_COL32(30, 45, 55, 36),
      .notice_fill = rgb(0xF3E6C4),
      .notice_edge = rgb(0xB88A2E),
  };
  if (look_in_use == Look::HighContrast) return contrast;
  if (look_in_use == Look::Calm) return calm;
  static const Palette warm{
      .page = rgb(kPageRgb),
      .page_shape = rgb(0xF6E4CE),
      .surface = rgb(0xFFFCF7),
      .surface_hover = rgb(0xFFF3E2),
      .ink = rgb(0x3A2E2A),
      .ink_soft = rgb(0x6B5A52),
      .focus_ring = rgb(0x1F4E9C),
      .shadow = IM_COL32(120, 80, 40, 40),
      .notice_fill = rgb(0xFCE6B8),
      .notice_edge = rgb(0xD9A23A),
  };
  return warm;
}

namespace {

ToolColours warm_tool_colours(ToolId tool) {
  switch (tool) {
    case ToolId::Feelings:
      return {rgb(0xF7B09A), rgb(0xC9482A)};
    case ToolId::Animals:
      return {rgb(0xF9CF78), rgb(0xA86A00)};
    case ToolId::Presence:
      return {rgb(0xB3DBA8), rgb(0x3F8A45)};
    case ToolId::Timer:
      return {rgb(0xA9D4EE), rgb(0x23739F)};
    case ToolId::TalkingStick:
      return {rgb(0xD2C1F0), rgb(0x6A4BB0)};
    case ToolId::WonderJourney:
      return {rgb(0xBCC8F2), rgb(0x3D51A3)};
  }
  return {rgb(0xDDDDDD), rgb(0x555555)};
}

}  // namespace

ToolColours tool_colours(ToolId tool) {
  const ToolColours warm = warm_tool_colours(tool);
  if (look_in_use != Look::Calm) return warm;
  // The same hues, quietened towards the page: still told apart, no longer bright.
  return {mix(warm.fill, rgb(0xE8EAE6), 0.55f), mix(warm.deep, rgb(0x44535C), 0.35f)};
}

ImU32 with_alpha(ImU32 colour, float alpha) {
  const auto a =
      static_cast<ImU32>(std::lround(((colour >> IM_COL32_A_SHIFT) & 0xFF) * std::clamp(alpha, 0.0f, 1.0f)));
  return (colour & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

ImU32 mix(ImU32 a, ImU32 b, float t) {
  const ImVec4 ca = ImGui::ColorConvertU32ToFloat4(a);
  const ImVec4 cb = ImGui::ColorConvertU32ToFloat4(b);
  return ImGui::ColorConvertFloat4ToU32(ImVec4(ca.x + (cb.x - ca.x) * t, ca.y + (cb.y - ca.y) * t,
                                               ca.z + (cb.z - ca.z) * t, ca.w + (cb.w - ca.w) * t));
}

void apply_theme(ImGuiStyle& style, float scale) {
  style = ImGuiStyle();
  style.WindowPadding = ImVec2(0, 0);
  style.WindowBorderSize = 0;
  style.WindowRounding = 0;
  style.FrameRounding = 14;
  style.FrameBorderSize = 0;
  style.FramePadding = ImVec2(16, 12);
  style.ItemSpacing = ImVec2(16, 16);
  style.ScrollbarSize = 18;
  style.ScrollbarRounding = 9;
  style.GrabRounding = 9;
  style.PopupRounding = 14;
  style.AntiAliasedFill = true;
  style.AntiAliasedLines = true;
  style.ScaleAllSizes(scale);

  const Palette& p = palette();
  ImVec4* colours = style.Colors;
  colours[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(p.page);
  colours[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(p.ink);
  colours[ImGuiCol_TextDisabled] = ImGui::ColorConvertU32ToFloat4(p.ink_soft);
  colours[ImGuiCol_Button] = ImGui::ColorConvertU32ToFloat4(p.surface);
  colours[ImGuiCol_ButtonHovered] = ImGui::ColorConvertU32ToFloat4(p.surface_hover);
  colours[ImGuiCol_ButtonActive] = ImGui::ColorConvertU32ToFloat4(p.page_shape);
  colours[ImGuiCol_FrameBg] = ImGui::ColorConvertU32ToFloat4(p.surface);
  colours[ImGuiCol_NavHighlight] = ImGui::ColorConvertU32ToFloat4(p.focus_ring);
  colours[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  colours[ImGuiCol_ScrollbarGrab] = ImGui::ColorConvertU32ToFloat4(with_alpha(p.ink_soft, 0.45f));
  colours[ImGuiCol_ScrollbarGrabHovered] = ImGui::ColorConvertU32ToFloat4(with_alpha(p.ink_soft, 0.65f));
  colours[ImGuiCol_ScrollbarGrabActive] = ImGui::ColorConvertU32ToFloat4(with_alpha(p.ink_soft, 0.8f));
  colours[ImGuiCol_Border] = ImVec4(0, 0, 0, 0);
}

void draw_page_background(ImDrawList* draw, const Rect& viewport) {
  const Palette& p = palette();
  if (current_look() != Look::Warm)
    draw->AddRectFilled(ImVec2(viewport.x, viewport.y), ImVec2(viewport.right(), viewport.bottom()), p.page);
  if (current_look() == Look::HighContrast) return;  // a plain page: nothing behind the words but white
  const float size = std::max(viewport.width, viewport.height);
  draw->AddCircleFilled(ImVec2(viewport.right() - size * 0.06f, viewport.y - size * 0.02f), size * 0.2f,
                        p.page_shape, 96);
  draw->AddCircleFilled(ImVec2(viewport.x - size * 0.04f, viewport.bottom() + size * 0.05f), size * 0.17f,
                        with_alpha(p.page_shape, 0.8f), 96);
}

}  // namespace kitbag::ui
