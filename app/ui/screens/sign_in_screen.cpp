#include "app/ui/screens/sign_in_screen.h"

#include <algorithm>

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

constexpr std::size_t kSearchCapacity = 80;
constexpr std::size_t kCodeCapacity = 32;  // room for a code typed with spaces and dashes

}  // namespace

std::string SignInScreen::title() const {
  return tr("signin.title");
}

void SignInScreen::left() {
  forget_typed_secret(code_);
  search_.clear();
  message_.clear();
  chose_last_org_ = false;
}

void SignInScreen::draw(FrameContext& frame, const Rect& area) {
  if (!chose_last_org_) {
    chosen_org_ = usage_.last_org().value_or("");
    chose_last_org_ = true;
  }
  const float margin = page_margin(frame, area.width);
  const Rect inner{area.x + margin, area.y, area.width - 2 * margin, area.height - margin};
  const float gap = std::clamp(area.width * 0.03f, frame.px(20), frame.px(48));
  const float left_width = (inner.width - gap) * 0.52f;
  draw_organisations(frame, {inner.x, inner.y, left_width, inner.height});
  draw_code(frame, {inner.x + left_width + gap, inner.y, inner.width - left_width - gap, inner.height});
}

void SignInScreen::draw_organisations(FrameContext& frame, const Rect& area) {
  const Palette& p = palette();
  const Rect heading = draw_text(frame, frame.fonts.label, tr("signin.org.heading"), ImVec2(area.x, area.y),
                                 p.ink, area.width);
  const float field_height = frame.fonts.body->FontSize + frame.px(30);
  const Rect field{area.x, heading.bottom() + frame.px(10), area.width, field_height};
  text_field(frame, std::string(ui_id::kSignInOrg), tr("signin.org.find"), search_, kSearchCapacity, field);
  if (search_.empty())
    draw_text(frame, frame.fonts.body, tr("signin.org.example"),
              ImVec2(field.x + frame.px(22), field.center_y() - frame.fonts.body->FontSize / 2),
              with_alpha(p.ink_soft, 0.8f));

  const Rect list{area.x, field.bottom() + frame.px(12), area.width,
                  area.bottom() - field.bottom() - frame.px(12)};
  frame.draw->AddRectFilled(top_left(list), bottom_right(list), with_alpha(p.surface, 0.6f), frame.px(20));
  ScrollArea scroll(frame, "signin-organisations", inset(list, frame.px(6)));
  const OrganisationList& all = usage_.organisations();
  std::vector<const Organisation*> shown = all.matching(search_);
  // The one chosen comes first when nothing is searched for, so the usual choice is in sight.
  if (search_.empty() && !chosen_org_.empty())
    if (auto it = std::find_if(shown.begin(), shown.end(),
                               [&](const Organisation* o) { return o->id == chosen_org_; });
        it != shown.end())
      std::rotate(shown.begin(), it, it + 1);

  const float least_height = std::max(frame.px(kMinTouchTarget + 6), frame.fonts.body->FontSize + frame.px(22));
  const float name_width = scroll.content_width() - frame.px(52);
  float y = scroll.origin().y;
  for (const Organisation* org : shown) {
    const std::string name = shown_name(*org);
    const bool chosen = org->id == chosen_org_;
    ImFont* font = chosen ? frame.fonts.label : frame.fonts.body;
    // A long name on a narrow window takes two lines, and its row grows to hold them.
    const float name_height = measure_text(font, name, name_width).y;
    const Rect rect{scroll.origin().x, y, scroll.content_width(),
                    std::max(least_height, name_height + frame.px(22))};
    const Interaction state = interact(frame, ui_id::sign_in_org(org->id), name, rect);
    if (chosen || state.hovered)
      frame.draw->AddRectFilled(top_left(rect), bottom_right(rect), chosen ? p.ink : p.surface_hover,
                                frame.px(14));
    const ImU32 ink = chosen ? p.surface : p.ink;
    const float icon = frame.fonts.body->FontSize * 0.45f;
    if (chosen)
      draw_icon(frame.draw, Icon::Tick, ImVec2(rect.x + frame.px(24), rect.center_y()), icon, ink, p.ink);
    draw_text(frame, font, name, ImVec2(rect.x + frame.px(46), rect.center_y() - name_height / 2), ink,
              name_width);
    if (state.focus_ring) draw_focus_ring(frame, rect, frame.px(14));
    if (state.clicked) {
      chosen_org_ = org->id;
      message_.clear();
    }
    y += rect.height + frame.px(4);
  }
  scroll.finish(y - scroll.origin().y + frame.px(8));
}

void SignInScreen::draw_code(FrameContext& frame, const Rect& area) {
  const Palette& p = palette();
  ScrollArea scroll(frame, "signin-code", area);
  // Inset, so shadows and focus rings are not cut by the scrolling area's edge.
  const float pad = frame.px(8);
  const float x = scroll.origin().x + pad;
  const float width = scroll.content_width() - 2 * pad;
  float y = scroll.origin().y;
  const Rect heading =
      draw_text(frame, frame.fonts.label, tr("signin.code.heading"), ImVec2(x, y), p.ink, width);
  const float field_height = frame.fonts.body->FontSize + frame.px(30);
  const Rect field{x, heading.bottom() + frame.px(10), width, field_height};
  if (text_field(frame, std::string(ui_id::kSignInCode), tr("signin.code.label"), code_, kCodeCapacity,
                 field))
    message_.clear();
  y = draw_text(frame, frame.fonts.small, tr("signin.code.about"), ImVec2(x, field.bottom() + frame.px(8)),
                p.ink_soft, width)
          .bottom() +
      frame.px(14);
  if (!message_.empty()) y = message_box(frame, message_, true, ImVec2(x, y), width).bottom() + frame.px(14);

  const Organisation* org = usage_.organisations().find(chosen_org_);
  const PillButton sign_in{
      std::string(ui_id::kSignInSubmit), tr("signin.submit"), Icon::Forward, true, true, true};
  const Rect button{x, y, width, pill_button_height(frame)};
  if (pill_button(frame, sign_in, button)) submit(frame);
  y = button.bottom() + frame.px(14);
  const PillButton guest{std::string(ui_id::kSignInGuest), tr("signin.guest")};
  if (pill_button(frame, guest, Rect{x, y, width, pill_button_height(frame)})) frame.navigator.home();
  y += pill_button_height(frame) + frame.px(20);

  if (org != nullptr)
    y = draw_text(frame, frame.fonts.small, tr("signin.signing-in-with", {{"org", shown_name(*org)}}),
                  ImVec2(x, y), p.ink_soft, width)
            .bottom() +
        frame.px(8);
  y = draw_text(frame, frame.fonts.small, tr("signin.counted"), ImVec2(x, y), p.ink_soft, width).bottom();
  scroll.finish(y + pad - scroll.origin().y);
}

void SignInScreen::submit(FrameContext& frame) {
  const Status signed_in = usage_.sign_in(chosen_org_, code_);
  if (!signed_in) {
    message_ = signed_in.error();
    return;
  }
  frame.toast.show(tr("signin.done", {{"org", usage_.person_org_name()}}), frame.now);
  frame.navigator.home();
}

}  // namespace kitbag::ui
