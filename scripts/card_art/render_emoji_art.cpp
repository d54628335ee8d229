// Build-time tool: renders the card pictures a manifest lists from a colour emoji font into PNG files.
#include <ft2build.h>
#include FT_FREETYPE_H

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <stb_image_write.h>
#include <nlohmann/json.hpp>

namespace {

using nlohmann::json;

constexpr std::string_view kUsage =
    "Usage: render_emoji_art --manifest FILE --out DIR [--font FILE]\n"
    "Writes DIR/<name>.png for each entry of the manifest's \"pictures\".\n"
    "The font defaults to Debian's /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf.\n";

struct Options {
  std::string manifest;
  std::string font = "/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf";
  std::string out;
};

bool parse_options(int argc, char** argv, Options& options) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view option = argv[i];
    std::string* target = option == "--manifest" ? &options.manifest
                          : option == "--font"   ? &options.font
                          : option == "--out"    ? &options.out
                                                 : nullptr;
    if (target == nullptr || i + 1 == argc) {
      std::cerr << "render_emoji_art: " << (target ? "missing value for " : "unknown option ") << "'"
                << option << "'\n";
      return false;
    }
    *target = argv[++i];
  }
  if (options.manifest.empty() || options.out.empty())
    std::cerr << "render_emoji_art: --manifest and --out are required\n";
  return !options.manifest.empty() && !options.out.empty();
}

// Names become file names and asset paths, so they stay portable and unambiguous.
bool valid_name(const std::string& name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

bool parse_code_point(const json& value, char32_t& code_point) {
  if (!value.is_string()) return false;
  const auto& text = value.get_ref<const std::string&>();
  std::uint32_t parsed = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), parsed, 16);
  if (text.empty() || text.size() > 6 || error != std::errc() || end != text.data() + text.size() ||
      parsed > 0x10FFFF)
    return false;
  code_point = parsed;
  return true;
}

// nlohmann keeps only the last of two equal keys; a second "owl" would silently replace the first.
std::vector<std::string> parse_manifest(std::istream& in, json& manifest) {
  std::vector<std::set<std::string>> open_objects;
  std::vector<std::string> duplicates;
  manifest = json::parse(in, [&](int, json::parse_event_t event, json& parsed) {
    if (event == json::parse_event_t::object_start) open_objects.emplace_back();
    if (event == json::parse_event_t::object_end) open_objects.pop_back();
    if (event == json::parse_event_t::key && !open_objects.back().insert(parsed.get<std::string>()).second)
      duplicates.push_back(parsed.get<std::string>());
    return true;
  });
  return duplicates;
}

struct Font {
  FT_Library library = nullptr;
  FT_Face face = nullptr;
  ~Font() {
    if (face) FT_Done_Face(face);
    if (library) FT_Done_FreeType(library);
  }
};

// Returns why the picture could not be made, or "" when it was written.
std::string render(FT_Face face, const std::string& font, char32_t code_point,
                   const std::filesystem::path& file) {
  const FT_UInt glyph = FT_Get_Char_Index(face, code_point);
  if (glyph == 0) return "not in the font " + font;
  if (FT_Load_Glyph(face, glyph, FT_LOAD_COLOR) != 0) return "its glyph in " + font + " cannot be loaded";
  const FT_Bitmap& bitmap = face->glyph->bitmap;
  if (bitmap.pixel_mode != FT_PIXEL_MODE_BGRA || bitmap.width == 0 || bitmap.rows == 0)
    return "the font " + font + " has no colour picture for it";

  // A square canvas keeps every card picture the same shape; the strike is drawn 1:1, never scaled.
  const int width = static_cast<int>(bitmap.width);
  const int rows = static_cast<int>(bitmap.rows);
  const int side = std::max(width, rows);
  const int left = (side - width) / 2;
  const int top = (side - rows) / 2;
  std::vector<std::uint8_t> rgba(static_cast<std::size_t>(side) * side * 4, 0);
  for (int y = 0; y < rows; ++y) {
    const std::uint8_t* in = bitmap.buffer + static_cast<std::ptrdiff_t>(y) * bitmap.pitch;
    std::uint8_t* out = &rgba[(static_cast<std::size_t>(y + top) * side + left) * 4];
    for (int x = 0; x < width; ++x, in += 4, out += 4) {
      // FreeType's colour bitmaps are premultiplied BGRA; PNG stores straight RGBA.
      const unsigned alpha = in[3];
      if (alpha == 0) continue;
      for (int channel = 0; channel < 3; ++channel)
        out[channel] =
            static_cast<std::uint8_t>(std::min(255u, (in[2 - channel] * 255u + alpha / 2) / alpha));
      out[3] = static_cast<std::uint8_t>(alpha);
    }
  }
  if (!stbi_write_png(file.c_str(), side, side, 4, rgba.data(), side * 4))
    return "cannot write " + file.string();
  return "";
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (!parse_options(argc, argv, options)) {
    std::cerr << kUsage;
    return 2;
  }
  const std::string& where = options.manifest;

  std::ifstream in(options.manifest);
  if (!in) {
    std::cerr << where << ": cannot be read\n";
    return 1;
  }
  json manifest;
  std::vector<std::string> duplicates;
  try {
    duplicates = parse_manifest(in, manifest);
  } catch (const json::exception& error) {
    std::cerr << where << ": not valid JSON: " << error.what() << "\n";
    return 1;
  }
  if (!manifest.is_object() || manifest.value("schema", json()) != 1) {
    std::cerr << where << ": expected an object with \"schema\": 1\n";
    return 1;
  }
  const auto pictures = manifest.find("pictures");
  if (pictures == manifest.end() || !pictures->is_object()) {
    std::cerr << where << ": expected \"pictures\": {\"name\": \"1F989\", ...}\n";
    return 1;
  }

  Font font;
  if (FT_Init_FreeType(&font.library) != 0 ||
      FT_New_Face(font.library, options.font.c_str(), 0, &font.face) != 0) {
    std::cerr << options.font
              << ": cannot be read as a font (Debian's fonts-noto-color-emoji has the default)\n";
    return 1;
  }
  FT_Face face = font.face;
  if (face->num_fixed_sizes == 0) {
    std::cerr << options.font << ": not a colour bitmap font like Noto Color Emoji\n";
    return 1;
  }
  // Bitmap fonts cannot be scaled without blur, so take the largest strike as it is.
  int strike = 0;
  for (int i = 1; i < face->num_fixed_sizes; ++i)
    if (face->available_sizes[i].height > face->available_sizes[strike].height) strike = i;
  FT_Select_Size(face, strike);

  std::error_code error;
  std::filesystem::create_directories(options.out, error);
  if (error) {
    std::cerr << options.out << ": cannot create the folder: " << error.message() << "\n";
    return 1;
  }

  // Every bad entry is reported, not only the first, so one build shows all that needs fixing.
  int failures = 0;
  for (const auto& key : duplicates) {
    std::cerr << where << ": '" << key << "' is listed more than once\n";
    ++failures;
  }
  for (const auto& [name, value] : pictures->items()) {
    std::string problem;
    char32_t code_point = 0;
    if (!valid_name(name))
      problem = "names may use only a-z, 0-9 and '-'";
    else if (!parse_code_point(value, code_point))
      problem = "expected one code point in hex, like \"1F989\"";
    else
      problem = render(face, options.font, code_point, std::filesystem::path(options.out) / (name + ".png"));
    if (!problem.empty()) {
      std::cerr << where << ": picture '" << name << "' (" << value.dump() << "): " << problem << "\n";
      ++failures;
    }
  }
  return failures == 0 ? 0 : 1;
}
