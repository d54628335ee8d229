#include "app/ui/text.h"

#include <algorithm>
#include <string>

namespace kitbag::ui {

ImVec2 measure_text(ImFont* font, std::string_view text, float wrap_width) {
  return font->CalcTextSizeA(font->FontSize, FLT_MAX, wrap_width, text.data(), text.data() + text.size());
}

std::vector<std::string_view> wrap_lines(ImFont* font, std::string_view text, float width) {
  std::vector<std::string_view> lines;
  const char* cursor = text.data();
  const char* end = text.data() + text.size();
  while (cursor < end) {
    const char* newline = std::find(cursor, end, '\n');
    const char* line_end = font->CalcWordWrapPositionA(1.0f, cursor, newline, width);
    if (line_end == cursor) line_end = cursor + 1;  // a single character wider than the line
    std::string_view line(cursor, static_cast<std::size_t>(line_end - cursor));
    while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
    lines.push_back(line);
    cursor = line_end;
    while (cursor < newline && *cursor == ' ') ++cursor;
    if (cursor == newline && newline < end) ++cursor;
  }
  return lines;
}

ImFont* font_that_fits(std::initializer_list<ImFont*> fonts, std::string_view text, float width,
                       float height) {
  ImFont* last = nullptr;
  for (ImFont* font : fonts) {
    last = font;
    bool fits = true;
    std::size_t start = 0;
    while (fits && start < text.size()) {
      const std::size_t end = std::min(text.find_first_of(" \n", start), text.size());
      fits = measure_text(font, text.substr(start, end - start)).x <= width;
      start = end + 1;
    }
    if (fits && static_cast<float>(wrap_lines(font, text, width).size()) * font->FontSize <= height)
      return font;
  }
  return last;
}

Rect draw_text(FrameContext& frame, ImFont* font, std::string_view text, ImVec2 origin, ImU32 colour,
               float wrap_width) {
  frame.draw->AddText(font, font->FontSize, origin, colour, text.data(), text.data() + text.size(),
                      wrap_width);
  const ImVec2 size = measure_text(font, text, wrap_width);
  const Rect used{origin.x, origin.y, size.x, size.y};
  frame.inventory.add_text(std::string(text), used);
  return used;
}

Rect draw_text_centred(FrameContext& frame, ImFont* font, std::string_view text, const Rect& box,
                       ImU32 colour) {
  float y = box.y;
  float widest = 0;
  for (std::string_view line : wrap_lines(font, text, box.width)) {
    const float width = measure_text(font, line).x;
    widest = std::max(widest, width);
    const float x = box.x + (box.width - width) / 2;
    frame.draw->AddText(font, font->FontSize, ImVec2(x, y), colour, line.data(), line.data() + line.size());
    y += font->FontSize;
  }
  const Rect used{box.center_x() - widest / 2, box.y, widest, y - box.y};
  frame.inventory.add_text(std::string(text), used);
  return used;
}

}  // namespace kitbag::ui
