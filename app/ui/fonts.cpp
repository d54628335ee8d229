#include "app/ui/fonts.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include <imgui_freetype.h>

#include <vector>

#include "platform/file_contents.h"

namespace kitbag::ui {
namespace {

// Latin with the accents Welsh and Polish need, typographic punctuation and arrows. Kept
// short on purpose: every glyph costs start-up time and atlas memory at each size.
constexpr ImWchar kGlyphRanges[] = {
    0x0020, 0x017F,  // Basic Latin, Latin-1, Latin Extended-A (ŵ ŷ ą ę ł ż ...)
    0x1E80, 0x1E85,  // Welsh ẁ ẃ ẅ
    0x1EF2, 0x1EF3,  // Welsh ỳ
    0x2010, 0x2027,  // dashes, curly quotes, bullet, ellipsis
    0x2190, 0x2193,  // arrows
    0,
};
// The timer's digits are big, so they carry only what a clock needs: ' ', '0'-'9' and ':'.
constexpr ImWchar kDigitRanges[] = {0x0020, 0x0020, 0x0030, 0x003A, 0};

// Opens the bytes with FreeType, as ImGui will, so a broken file is caught here with a clear
// message instead of failing inside the atlas build.
std::string problem_with_font(const std::vector<std::uint8_t>& bytes) {
  FT_Library library = nullptr;
  if (FT_Init_FreeType(&library) != 0) return "FreeType could not start";
  FT_Face face = nullptr;
  const FT_Error error =
      FT_New_Memory_Face(library, bytes.data(), static_cast<FT_Long>(bytes.size()), 0, &face);
  std::string problem;
  if (error != 0)
    problem = "it is not a font file FreeType can read (FreeType error " + std::to_string(error) + ")";
  else if (FT_Get_Char_Index(face, 'A') == 0)
    problem = "it has no Latin letters";
  if (face != nullptr) FT_Done_Face(face);
  FT_Done_FreeType(library);
  return problem;
}

}  // namespace

// Andika is under 1 MB; a file far larger is not the font.
constexpr std::uintmax_t kMaxFontBytes = 64u * 1024 * 1024;

struct FontLibrary::Face {
  std::vector<std::uint8_t> bytes;  // must outlive the atlas, which only points at it
};

FontLibrary::FontLibrary(const AssetLocator& assets) : assets_(assets) {}

std::shared_ptr<FontLibrary::Face> FontLibrary::load(const std::string& relative, const std::string& fallback,
                                                     Notices& notices) {
  const std::string fallback_note = "\nKitbag Desk is using " + fallback + " instead.";
  auto path = assets_.find(relative);
  if (!path) {
    notices.add({"A font file is missing", path.error() + fallback_note});
    return nullptr;
  }
  auto bytes = read_file(path.value(), kMaxFontBytes);
  if (!bytes) {
    notices.add({"A font file could not be used", bytes.error() + fallback_note});
    return nullptr;
  }
  auto face = std::make_shared<Face>();
  face->bytes = std::move(bytes).value();
  const std::string problem = face->bytes.empty() ? "the file is empty" : problem_with_font(face->bytes);
  if (!problem.empty()) {
    notices.add({"A font file could not be used", path.value().string() + ": " + problem + fallback_note});
    return nullptr;
  }
  return face;
}

FontLibrary::Family& FontLibrary::family(Typeface typeface, Notices& notices) {
  Family& family = typeface == Typeface::EasyRead ? easy_read_ : usual_;
  if (family.loaded) return family;
  family.loaded = true;
  if (typeface == Typeface::EasyRead) {
    // Made at build time from Debian's fonts-opendyslexic (assets/README.md).
    family.regular = load("fonts/OpenDyslexic-Regular.otf", "Andika", notices);
    family.bold = load("fonts/OpenDyslexic-Bold.otf", "Andika", notices);
  } else {
    family.regular = load("fonts/Andika-Regular.ttf", "a plain font", notices);
    family.bold = load("fonts/Andika-Bold.ttf", "a plain font", notices);
  }
  return family;
}

Fonts FontLibrary::build(ImFontAtlas& atlas, float scale, Notices& notices, Typeface typeface) {
  const Family* chosen = &family(typeface, notices);
  const char* name = typeface == Typeface::EasyRead ? kEasyReadTypeface : kUsualTypeface;
  if (chosen->regular == nullptr && typeface == Typeface::EasyRead) {
    chosen = &family(Typeface::Usual, notices);  // easy-read letters missing: the usual ones
    name = kUsualTypeface;
  }
  Face* regular = chosen->regular.get();
  Face* bold = chosen->bold ? chosen->bold.get() : regular;  // headings in regular weight beat no headings

  atlas.Clear();
  atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
  atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
  atlas.Flags |= ImFontAtlasFlags_NoMouseCursors;  // the system draws the cursor

  auto add = [&](Face* face, float size, const ImWchar* ranges = kGlyphRanges) {
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;
    config.PixelSnapH = true;
    config.SizePixels = size * scale;
    if (face == nullptr) return atlas.AddFontDefault(&config);
    return atlas.AddFontFromMemoryTTF(face->bytes.data(), static_cast<int>(face->bytes.size()), size * scale,
                                      &config, ranges);
  };

  Fonts fonts;
  fonts.small = add(regular, kSmallSize);
  fonts.body = add(regular, kBodySize);
  fonts.reading = add(regular, kReadingSize);
  fonts.label = add(bold, kLabelSize);
  fonts.title = add(bold, kTitleSize);
  fonts.digits = add(bold, kDigitsSize, kDigitRanges);
  fonts.typeface = regular != nullptr ? name : "ProggyClean";
  if (!atlas.Build()) {
    notices.add({"The fonts could not be prepared", "Kitbag Desk is using a plain font instead."});
    atlas.Clear();
    fonts.small = add(nullptr, kSmallSize);
    fonts.body = add(nullptr, kBodySize);
    fonts.reading = add(nullptr, kReadingSize);
    fonts.label = add(nullptr, kLabelSize);
    fonts.title = add(nullptr, kTitleSize);
    fonts.digits = add(nullptr, kDigitsSize);
    fonts.typeface = "ProggyClean";
    atlas.Build();
  }
  return fonts;
}

BackgroundFontBuild::BackgroundFontBuild(FontLibrary& library, ImFontAtlas& atlas, float scale,
                                         Typeface typeface)
    : worker_([this, &library, &atlas, scale, typeface] {
        Notices notices;
        result_.fonts = library.build(atlas, scale, notices, typeface);
        result_.scale = scale;
        result_.typeface = typeface;
        result_.notices = notices.all();
        // Also the RGBA copy the OpenGL backend uploads, which ImGui would otherwise make on the first frame.
        unsigned char* pixels = nullptr;
        int width = 0;
        int height = 0;
        atlas.GetTexDataAsRGBA32(&pixels, &width, &height);
      }) {}

BackgroundFontBuild::~BackgroundFontBuild() {
  if (worker_.joinable()) worker_.join();
}

PreparedFonts BackgroundFontBuild::finish() {
  if (worker_.joinable()) worker_.join();
  return result_;
}

}  // namespace kitbag::ui
