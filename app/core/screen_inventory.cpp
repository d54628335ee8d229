#include "app/core/screen_inventory.h"

#include <algorithm>
#include <set>

#include "app/core/text_compare.h"

namespace kitbag {
void ScreenInventory::clear(const Rect& viewport) {
  viewport_ = viewport;
  clips_.clear();
  targets_.clear();
  reachable_.clear();
  scroll_areas_.clear();
  texts_.clear();
}

void ScreenInventory::push_clip(const Rect& clip_rect) {
  clips_.push_back(clip_rect.clipped_to(clip()));
}

void ScreenInventory::pop_clip() {
  if (!clips_.empty()) clips_.pop_back();
}

void ScreenInventory::add_target(UiTarget target) {
  reachable_.push_back(target);
  if (!target.rect.intersects(clip())) return;
  const Rect whole = target.rect;
  target.rect = target.rect.clipped_to(clip());
  // Half a pixel of slack: clipping's rounding must not count a whole control as cut.
  target.partly_hidden = target.rect.width < whole.width - 0.5f || target.rect.height < whole.height - 0.5f;
  targets_.push_back(std::move(target));
}

void ScreenInventory::add_text(std::string text, const Rect& rect) {
  if (text.empty() || !rect.intersects(clip())) return;
  texts_.push_back({std::move(text), rect.clipped_to(clip())});
}

const UiTarget* ScreenInventory::find_by_id(std::string_view id) const {
  for (const auto& target : targets_)
    if (target.id == id) return &target;
  return nullptr;
}

const UiTarget* ScreenInventory::find_target(std::string_view id_or_label) const {
  if (const auto* by_id = find_by_id(id_or_label)) return by_id;
  for (const auto& target : targets_)
    if (target.label == id_or_label) return &target;
  for (const auto& target : targets_)
    if (equal_ignoring_case(target.label, id_or_label)) return &target;
  return nullptr;
}

bool ScreenInventory::shows_text(std::string_view needle) const {
  auto contains = [&](const std::string& haystack) { return haystack.find(needle) != std::string::npos; };
  return std::any_of(texts_.begin(), texts_.end(), [&](const UiText& t) { return contains(t.text); }) ||
         std::any_of(targets_.begin(), targets_.end(), [&](const UiTarget& t) { return contains(t.label); });
}

std::string ScreenInventory::describe_targets() const {
  if (targets_.empty()) return "(none)";
  std::string list;
  for (const auto& target : targets_) {
    if (!list.empty()) list += ", ";
    list += target.id + " \"" + target.label + "\"";
    if (!target.enabled) list += " (disabled)";
  }
  return list;
}

std::vector<std::string> ScreenInventory::duplicate_ids() const {
  std::set<std::string> seen;
  std::vector<std::string> duplicates;
  for (const auto& target : targets_)
    if (!seen.insert(target.id).second) duplicates.push_back(target.id);
  return duplicates;
}

std::string ScreenInventory::scroll_area_for_keys(std::optional<Point> pointer,
                                                  std::string_view focused_id) const {
  if (pointer)
    for (const auto& area : scroll_areas_)
      if (area.rect.contains(pointer->x, pointer->y)) return area.id;
  // A focused control may be scrolled out of sight above or below, never beside its area.
  for (const auto& target : reachable_) {
    if (target.id != focused_id) continue;
    for (const auto& area : scroll_areas_)
      if (target.rect.center_x() >= area.rect.x && target.rect.center_x() < area.rect.right()) return area.id;
  }
  return scroll_areas_.empty() ? std::string() : scroll_areas_.front().id;
}

}  // namespace kitbag
