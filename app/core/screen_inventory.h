// What the last frame showed: the clickable targets and the text. Scripts click and expect by it,
// tests assert on it, and keyboard focus walks its targets.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/core/rect.h"

namespace kitbag {

struct UiTarget {
  std::string id;     // stable, e.g. "tile:animals"; never translated
  std::string label;  // what the user reads on it
  Rect rect;
  bool enabled = true;
  bool partly_hidden = false;  // cut by the edge of the window or of a scrolling area
};

struct UiText {
  std::string text;
  Rect rect;
};

class ScreenInventory {
 public:
  void clear(const Rect& viewport);
  // Targets and text are recorded clipped to the viewport and to the innermost clip (a scroll
  // area): what is scrolled out of sight is not on screen.
  void add_target(UiTarget target);
  void add_text(std::string text, const Rect& rect);
  void push_clip(const Rect& clip);
  void pop_clip();
  // A scrolling part of the screen, in drawing order.
  void add_scroll_area(std::string id, const Rect& rect) { scroll_areas_.push_back({std::move(id), rect}); }

  // Which scrolling area PageUp, PageDown, Home and End should move, from what this frame showed:
  // the one under the pointer, else the one holding keyboard focus, else the first. Empty if none.
  struct Point {
    float x = 0;
    float y = 0;
  };
  std::string scroll_area_for_keys(std::optional<Point> pointer, std::string_view focused_id) const;

  const Rect& viewport() const { return viewport_; }
  // Visible targets in drawing order: what scripts and tests can click.
  const std::vector<UiTarget>& targets() const { return targets_; }
  // Every target drawn, in drawing order, also those scrolled out of sight (with their whole,
  // unclipped rectangle): keyboard focus walks these, and a control it reaches scrolls into view.
  const std::vector<UiTarget>& reachable() const { return reachable_; }
  const std::vector<UiText>& texts() const { return texts_; }

  // By ID first, then by label exactly, then by label ignoring case.
  const UiTarget* find_target(std::string_view id_or_label) const;
  const UiTarget* find_by_id(std::string_view id) const;
  // Any visible text, target labels included, containing `needle`.
  bool shows_text(std::string_view needle) const;
  std::string describe_targets() const;
  std::vector<std::string> duplicate_ids() const;

 private:
  const Rect& clip() const { return clips_.empty() ? viewport_ : clips_.back(); }

  Rect viewport_;
  std::vector<Rect> clips_;
  std::vector<UiTarget> targets_;
  std::vector<UiTarget> reachable_;
  struct ScrollAreaRecord {
    std::string id;
    Rect rect;
  };
  std::vector<ScrollAreaRecord> scroll_areas_;
  std::vector<UiText> texts_;
};

}  // namespace kitbag
