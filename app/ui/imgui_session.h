// Owns the Dear ImGui context for the life of the app, configured for a children's app rather
// than a tool: no .ini or log files, no blinking cursor (it would keep the app drawing), and
// keyboard handled by our own focus rather than ImGui's debug-style navigation.
#pragma once

struct ImFontAtlas;

namespace kitbag::ui {

class ImGuiSession {
 public:
  // With `fonts`, the context uses that atlas (built beforehand) and does not own it.
  explicit ImGuiSession(ImFontAtlas* fonts = nullptr);
  ~ImGuiSession();
  ImGuiSession(const ImGuiSession&) = delete;
  ImGuiSession& operator=(const ImGuiSession&) = delete;
};

}  // namespace kitbag::ui
