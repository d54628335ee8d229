// The bundled typeface (Andika, made by SIL for new readers) at the sizes the screens use,
// rendered with FreeType, or OpenDyslexic where Settings asks for easy-read letters. A missing
// or broken font file gives a notice and a fallback: Andika for OpenDyslexic, else a plain font.
#pragma once

#include <imgui.h>

#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "app/core/notices.h"
#include "app/core/preferences.h"
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

// Which letters the words are drawn in (Settings' "Letters").
enum class Typeface { Usual, EasyRead };
inline constexpr const char* kUsualTypeface = "Andika";
inline constexpr const char* kEasyReadTypeface = "OpenDyslexic";
inline Typeface typeface_for(const Preferences& preferences) {
  return preferences.easy_read_font ? Typeface::EasyRead : Typeface::Usual;
}

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

  // Rebuilds `atlas` for `scale` in `typeface`; the first time a typeface is used, reports its
  // unusable font files to `notices`.
  Fonts build(ImFontAtlas& atlas, float scale, Notices& notices, Typeface typeface = Typeface::Usual);

 private:
  struct Face;
  struct Family {
    bool loaded = false;
    std::shared_ptr<Face> regular;
    std::shared_ptr<Face> bold;
  };
  std::shared_ptr<Face> load(const std::string& relative, const std::string& fallback, Notices& notices);
  Family& family(Typeface typeface, Notices& notices);

  const AssetLocator& assets_;
  Family usual_;
  Family easy_read_;
};

// Fonts built for a given scale, with the problems met on the way.
struct PreparedFonts {
  Fonts fonts;
  float scale = 0;
  std::vector<Notice> notices;
  Typeface typeface = Typeface::Usual;
};

// Builds an atlas on a worker thread while the window and graphics driver start, so the first
// frame does not wait for FreeType. Only valid while no ImGui context exists: ImGui's
// allocator reads its current context, so nothing of ImGui may run on another thread meanwhile.
class BackgroundFontBuild {
 public:
  BackgroundFontBuild(FontLibrary& library, ImFontAtlas& atlas, float scale, Typeface typeface);
  ~BackgroundFontBuild();
  BackgroundFontBuild(const BackgroundFontBuild&) = delete;
  BackgroundFontBuild& operator=(const BackgroundFontBuild&) = delete;

  PreparedFonts finish();  // waits for the worker

 private:
  PreparedFonts result_;
  std::thread worker_;
};

}  // namespace kitbag::ui
