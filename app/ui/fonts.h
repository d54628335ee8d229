// The bundled typeface (Andika, made by SIL for new readers) at the sizes the screens use,
// rendered with FreeType. A missing or broken font file gives a notice and a plain fallback.
#pragma once

#include <imgui.h>

#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "app/core/notices.h"
#include "platform/asset_locator.h"

namespace kitbag::ui {

struct Fonts {
  ImFont* small = nullptr;   // notes and hints
  ImFont* body = nullptr;    // sentences
  ImFont* reading = nullptr;  // a story read aloud from across a sofa
  ImFont* label = nullptr;   // buttons and tile names, bold
  ImFont* title = nullptr;   // screen titles, bold
  ImFont* digits = nullptr;  // the timer's numbers, read across a room: digits and ':' only
  std::string typeface;      // what the About screen credits, e.g. "Andika"
};

// Font sizes in pixels at a content scale of 1.
inline constexpr float kSmallSize = 20;
inline constexpr float kBodySize = 24;
inline constexpr float kReadingSize = 40;
inline constexpr float kLabelSize = 30;
inline constexpr float kTitleSize = 44;
inline constexpr float kDigitsSize = 150;

class FontLibrary {
 public:
  explicit FontLibrary(const AssetLocator& assets);

  // Rebuilds `atlas` for `scale`; on the first call, reports unusable font files to `notices`.
  Fonts build(ImFontAtlas& atlas, float scale, Notices& notices);

 private:
  struct Face;
  std::shared_ptr<Face> load(const std::string& relative, Notices& notices);

  const AssetLocator& assets_;
  bool loaded_ = false;
  std::shared_ptr<Face> regular_;
  std::shared_ptr<Face> bold_;
};

// Fonts built for a given scale, with the problems met on the way.
struct PreparedFonts {
  Fonts fonts;
  float scale = 0;
  std::vector<Notice> notices;
};

// Builds an atlas on a worker thread while the window and graphics driver start, so the first
// frame does not wait for FreeType. Only valid while no ImGui context exists: ImGui's
// allocator reads its current context, so nothing of ImGui may run on another thread meanwhile.
class BackgroundFontBuild {
 public:
  BackgroundFontBuild(FontLibrary& library, ImFontAtlas& atlas, float scale);
  ~BackgroundFontBuild();
  BackgroundFontBuild(const BackgroundFontBuild&) = delete;
  BackgroundFontBuild& operator=(const BackgroundFontBuild&) = delete;

  PreparedFonts finish();  // waits for the worker

 private:
  PreparedFonts result_;
  std::thread worker_;
};

}  // namespace kitbag::ui
