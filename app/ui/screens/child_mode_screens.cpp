#include "app/ui/screens/child_mode_screens.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "app/core/i18n/current_strings.h"
#include "app/core/ui_ids.h"
#include "app/ui/message_box.h"
#include "app/ui/scroll_area.h"
#include "app/ui/text.h"
#include "app/ui/text_field.h"
#include "app/ui/theme.h"
#include "app/ui/widgets.h"

namespace kitbag::ui {
namespace {

constexpr std::size_t kPinCapacity = 8;

std::string digits_only(const std::string& typed) {
  std::string digits;
  for (char c : typed)
    if (c != ' ') digits += c;
  return digits;
}

// The column both screens put their words and controls in: centred, and not too wide to read.
Rect column(const FrameContext& frame, const ScrollArea& scroll) {
  const float width = std::min(scroll.content_width() - 2 * frame.px(24), frame.px(760));
  return {scroll.origin().x + (scroll.content_width() - width) / 2, scroll.origin().y + frame.px(8), width,
          0};
}

}  // namespace

std::string HandOverScreen::title() const {
  return tr("handover.title");
}

void HandOverScreen::left() {
  forget_typed_secret(pin_);
  message_.clear();
}

void HandOverScreen::draw(FrameContext& frame, const Rect& area) {
  const Palette& p = palette();
  ScrollArea scroll(frame, "hand-over", area);
  const Rect col = column(frame, scroll);
  float y = col.y;
  y = draw_text(frame, frame.fonts.body, tr("handover.what-opens"), ImVec2(col.x, y), p.ink, col.width)
          .bottom() +
      frame.px(12);
  // The home screen's own word for the way out, so the two always match.
  y = draw_text(frame, frame.fonts.body, tr("handover.how-to-unlock", {{"button", tr("home.grown-ups")}}),
                ImVec2(col.x, y), p.ink, col.width)
          .bottom() +
      frame.px(22);
  y = draw_text(frame, frame.fonts.small, tr("handover.pin.about"), ImVec2(col.x, y), p.ink_soft, col.width)
          .bottom() +
      frame.px(6);
  const float field_height = frame.fonts.body->FontSize + frame.px(30);
  text_field(frame, std::string(ui_id::kHandOverPin), tr("handover.pin"), pin_, kPinCapacity,
             {col.x, y, std::min(col.width, frame.px(260)), field_height}, TextFieldKind::Hidden);
  y += field_height + frame.px(16);
  if (!message_.empty())
    y = message_box(frame, message_, true, ImVec2(col.x, y), col.width).bottom() + frame.px(14);

  const PillButton start{
      std::string(ui_id::kHandOverStart), tr("handover.start"), Icon::Forward, true, true, true};
  if (pill_button(frame, start, ImVec2(col.x, y))) {
    const std::string pin = digits_only(pin_);
    if (!pin.empty() && !ChildLock::is_valid_pin(pin)) {
      message_ = tr("handover.pin.wrong-shape");
    } else {
      lock_.hand_to_child(pin.empty() ? std::nullopt : std::optional<std::string>(pin));
      frame.toast.show(tr("handover.done"), frame.now);
      frame.navigator.home();
    }
  }
  y += pill_button_height(frame);
  scroll.finish(y + frame.px(16) - scroll.origin().y);
}

std::string UnlockScreen::title() const {
  return tr("unlock.title");
}

void UnlockScreen::left() {
  forget_typed_secret(pin_);
  message_.clear();
  lock_.hold(false, {});
}

void UnlockScreen::unlocked(FrameContext& frame) {
  frame.toast.show(tr("unlock.done"), frame.now);
  frame.navigator.home();
}

void UnlockScreen::draw(FrameContext& frame, const Rect& area) {
  const Palette& p = palette();
  ScrollArea scroll(frame, "unlock", area);
  const Rect col = column(frame, scroll);
  float y = col.y;
  if (!lock_.locked()) {
    y = draw_text(frame, frame.fonts.body, tr("unlock.not-locked"), ImVec2(col.x, y), p.ink, col.width)
            .bottom();
    scroll.finish(y + frame.px(16) - scroll.origin().y);
    return;
  }
  if (!lock_.needs_pin()) {
    y = draw_text(frame, frame.fonts.body, tr("unlock.hold.about"), ImVec2(col.x, y), p.ink, col.width)
            .bottom() +
        frame.px(20);
    scroll.finish(draw_hold(frame, col, y) + frame.px(16) - scroll.origin().y);
    return;
  }
  y = draw_text(frame, frame.fonts.body, tr("unlock.pin.about"), ImVec2(col.x, y), p.ink, col.width)
          .bottom() +
      frame.px(16);
  const float field_height = frame.fonts.body->FontSize + frame.px(30);
  if (text_field(frame, std::string(ui_id::kUnlockPin), tr("unlock.pin"), pin_, kPinCapacity,
                 {col.x, y, std::min(col.width, frame.px(260)), field_height}, TextFieldKind::Hidden))
    message_.clear();
  y += field_height + frame.px(16);
  if (!message_.empty())
    y = message_box(frame, message_, true, ImVec2(col.x, y), col.width).bottom() + frame.px(14);
  const PillButton unlock{std::string(ui_id::kUnlockSubmit), tr("unlock.submit"), Icon::Lock, true};
  if (pill_button(frame, unlock, ImVec2(col.x, y))) {
    if (lock_.try_pin(digits_only(pin_))) {
      forget_typed_secret(pin_);
      unlocked(frame);
      return;
    }
    forget_typed_secret(pin_);
    message_ = tr("unlock.pin.wrong");
  }
  y += pill_button_height(frame);
  scroll.finish(y + frame.px(16) - scroll.origin().y);
}

float UnlockScreen::draw_hold(FrameContext& frame, const Rect& col, float y) {
  const Palette& p = palette();
  const float radius = std::clamp(col.width * 0.16f, frame.px(60), frame.px(110));
  const Rect target{col.center_x() - radius, y, 2 * radius, 2 * radius};
  const Interaction state = interact(frame, std::string(ui_id::kUnlockHold), tr("unlock.hold"), target);
  // Held by the pointer, or by the space bar or Enter while the circle has keyboard focus.
  const bool key_held = frame.focus.is_focused(std::string(ui_id::kUnlockHold)) &&
                        (ImGui::IsKeyDown(ImGui::GetKeyIndex(ImGuiKey_Space)) ||
                         ImGui::IsKeyDown(ImGui::GetKeyIndex(ImGuiKey_Enter)));
  const bool held = state.held || key_held;
  if (lock_.hold(held, frame.now)) {
    unlocked(frame);
    return target.bottom();
  }
  const ImVec2 centre(target.center_x(), target.center_y());
  draw_soft_shadow(frame, target, radius, frame.px(3));
  frame.draw->AddCircleFilled(centre, radius, state.hovered || held ? p.surface_hover : p.surface, 64);
  const float progress = lock_.hold_progress(frame.now);
  if (progress > 0) {
    constexpr float kPi = std::numbers::pi_v<float>;
    frame.draw->PathArcTo(centre, radius - frame.px(8), -kPi / 2, -kPi / 2 + 2 * kPi * progress, 64);
    frame.draw->PathStroke(p.focus_ring, 0, frame.px(12));
  }
  draw_icon(frame.draw, Icon::Lock, centre, radius * 0.4f, p.ink,
            state.hovered || held ? p.surface_hover : p.surface);
  if (state.focus_ring) draw_focus_ring(frame, target, radius);
  if (auto ends = lock_.hold_ends()) frame.scheduler.animate_until(*ends);
  return draw_text_centred(frame, frame.fonts.label, held ? tr("unlock.holding") : tr("unlock.hold"),
                           Rect{col.x, target.bottom() + frame.px(16), col.width, 0}, p.ink)
      .bottom();
}

}  // namespace kitbag::ui
