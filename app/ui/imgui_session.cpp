#include "app/ui/imgui_session.h"

#include <imgui.h>

#include "app/ui/input_injector.h"

namespace kitbag::ui {

ImGuiSession::ImGuiSession(ImFontAtlas* fonts) {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext(fonts);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // nothing about the session is written anywhere
  io.LogFilename = nullptr;
  io.ConfigInputTextCursorBlink = false;
  io.ConfigWindowsMoveFromTitleBarOnly = true;
  io.ConfigFlags &= ~ImGuiConfigFlags_NavEnableKeyboard;
  ensure_key_map(io);
}

ImGuiSession::~ImGuiSession() {
  ImGui::DestroyContext();
}

}  // namespace kitbag::ui
