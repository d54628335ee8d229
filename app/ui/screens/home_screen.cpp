#include "app/ui/screens/home_screen.h"

#include <algorithm>

#include "app/core/i18n/current_strings.h"
#include "app/core/tile_grid.h"
#include "app/core/tool_catalog.h"
#include "app/core/ui_ids.h"
#include "app/ui/button_row.h"
#include "app/ui/text.h"
#include "app/ui/theme.h"
#include "app/ui/tool_tile.h"
#include "app/ui/screens/welcome_screen.h"
#include "app/ui/widgets.h"

namespace kitbag::ui {
namespace {

// The status of the counts in two or three words, and a picture that says the same.
PillButton sync_pill(const SyncStatus& status) {
  using State = SyncStatus::State;
  if (status.state == State::Unavailable)
    return {std::string(ui_id::kSyncStatus), tr("home.sync.unavailable"), Icon::Laptop};
  if (status.state == State::Sent && status.unsent == 0)
    return {std::string(ui_id::kSyncStatus), tr("home.sync.sent"), Icon::Tick};
  return {std::string(ui_id::kSyncStatus), tr("home.sync.saved"), Icon::Laptop};
}

}  // namespace

// Who is signed in, and the buttons under it. Laid out before the tiles (the bar's height
// decides theirs) and drawn after them, so keyboard focus reaches the tiles first.
struct AccountBar {
  std::string who;
  std::vector<RowButton> buttons;
  Rect rect;
  float text_height = 0;
  float pad = 0;
};

namespace {

AccountBar plan_account_bar(const FrameContext& frame, UsageService& usage, const Rect& area, bool sharing) {
  AccountBar bar;
  const bool signed_in = usage.person().has_value();
  if (signed_in) {
    bar.buttons.push_back({{std::string(ui_id::kSignOut), tr("home.sign-out")}});
    bar.buttons.push_back({{std::string(ui_id::kSwitchPerson), tr("home.switch-person")}});
  } else {
    bar.buttons.push_back({{std::string(ui_id::kOpenSignIn), tr("home.sign-in"), Icon::Person}});
  }
  bar.buttons.push_back({sync_pill(usage.sync_status()), true});
  bar.buttons.push_back({{std::string(ui_id::kHandToChild), tr("home.hand-to-child"), Icon::Lock}, true});
  bar.who = signed_in ? tr("home.signed-in", {{"org", usage.person_org_name()}}) : tr("home.not-signed-in");

  const float margin = page_margin(frame, area.width);
  bar.pad = frame.px(14);
  const float width = area.width - 2 * margin;
  const float inner = width - 2 * bar.pad;
  // The view to share in a video call, where it fits without another row taking room from the
  // tiles; Settings always has it.
  std::vector<RowButton> with_share = bar.buttons;
  with_share.insert(with_share.end() - 1, {share_view_button(sharing), true});
  if (sharing || button_row_height(frame, with_share, inner) <= button_row_height(frame, bar.buttons, inner))
    bar.buttons = std::move(with_share);
  bar.text_height = measure_text(frame.fonts.body, bar.who, inner - frame.fonts.body->FontSize * 1.4f).y;
  const float height =
      bar.pad + bar.text_height + frame.px(10) + button_row_height(frame, bar.buttons, inner) + bar.pad;
  bar.rect = {area.x + margin, area.bottom() - margin * 0.6f - height, width, height};
  return bar;
}

}  // namespace

void HomeScreen::draw_account_bar(FrameContext& frame, const AccountBar& bar) {
  const Palette& p = palette();
  const Rect& r = bar.rect;
  frame.draw->AddRectFilled(top_left(r), bottom_right(r), with_alpha(p.surface, 0.55f), frame.px(24));
  const float top = r.y + bar.pad;
  const float icon = frame.fonts.body->FontSize * 0.5f;
  draw_icon(frame.draw, Icon::Person, ImVec2(r.x + bar.pad + icon, top + frame.fonts.body->FontSize / 2), icon,
            p.ink_soft, p.page);
  draw_text(frame, frame.fonts.body, bar.who, ImVec2(r.x + bar.pad + icon * 2.8f, top), p.ink,
            r.width - 2 * bar.pad - icon * 2.8f);
  const RowResult row =
      button_row(frame, bar.buttons, {r.x + bar.pad, top + bar.text_height + frame.px(10), r.width - 2 * bar.pad, 0});
  if (row.clicked < 0) return;
  const std::string& id = bar.buttons[static_cast<std::size_t>(row.clicked)].button.id;
  if (id == ui_id::kSignOut) {
    usage_.sign_out();
    frame.toast.show(tr("home.signed-out"), frame.now);
  } else if (id == ui_id::kSwitchPerson) {
    usage_.sign_out();
    frame.navigator.open(ScreenId::SignIn);
  } else if (id == ui_id::kOpenSignIn) {
    frame.navigator.open(ScreenId::SignIn);
  } else if (id == ui_id::kSyncStatus) {
    frame.navigator.open(ScreenId::Settings);
  } else if (id == ui_id::kPresenter) {
    presenter_.open = !presenter_.open;
  } else if (id == ui_id::kHandToChild) {
    frame.navigator.open(ScreenId::HandOver);
  }
}

Rect HomeScreen::draw_welcome_offer(FrameContext& frame, ImVec2 origin, float room) {
  const PillButton tour{std::string(ui_id::kWelcomeTour), tr("welcome.tour"), Icon::Forward, true};
  const PillButton later{std::string(ui_id::kWelcomeDismiss), tr("welcome.dismiss")};
  const float gap = frame.px(10);
  const ImVec2 at(origin.x, origin.y + frame.px(6));
  if (pill_button(frame, tour, at)) frame.navigator.open(ScreenId::Welcome);
  // "Not now" where it fits beside; on a narrow window the tour alone, which also puts it aside.
  const float tour_width = pill_button_width(frame, tour);
  if (tour_width + gap + pill_button_width(frame, later) <= room &&
      pill_button(frame, later, ImVec2(at.x + tour_width + gap, at.y)))
    put_welcome_aside(preferences_);
  return {origin.x, origin.y, std::min(room, tour_width), at.y + pill_button_height(frame) - origin.y};
}

std::string HomeScreen::title() const {
  return tr("home.title");
}

void HomeScreen::draw(FrameContext& frame, const Rect& area) {
  const Palette& p = palette();
  const float margin = page_margin(frame, area.width);
  const bool child = lock_.locked();

  // Greeting on the left; About (or, in child mode, the grown-ups' way out) on the right.
  const PillButton corner = child
                                ? PillButton{std::string(ui_id::kGrownUps), tr("home.grown-ups"), Icon::Lock}
                                : PillButton{std::string(ui_id::kAbout), tr("home.about"), Icon::Info};
  // Settings beside About, for grown-ups: who the tools are for and how they look, changed mid-visit.
  const PillButton settings{std::string(ui_id::kOpenSettings), tr("home.settings"), Icon::None};
  const float settings_gap = frame.px(12);
  const float corner_width =
      pill_button_width(frame, corner) + (child ? 0 : settings_gap + pill_button_width(frame, settings));
  const float header_top = area.y + margin * 0.8f;
  const Rect title_used =
      draw_text(frame, frame.fonts.title, tr("home.heading"), ImVec2(area.x + margin, header_top), p.ink);
  const std::string& greeting = child                           ? tr("home.greeting.child")
                                : frame.age == AgeMode::Younger ? tr("home.greeting.younger")
                                : frame.age == AgeMode::Older   ? tr("home.greeting.older")
                                                                : tr("home.greeting");
  // About first, then Settings to its left: Tab reaches them in that order, as before the tiles.
  if (pill_button(frame, corner,
                  ImVec2(area.right() - margin - pill_button_width(frame, corner), header_top)))
    frame.navigator.open(child ? ScreenId::Unlock : ScreenId::About);
  if (!child && pill_button(frame, settings, ImVec2(area.right() - margin - corner_width, header_top)))
    frame.navigator.open(ScreenId::Settings);

  const float header_room = area.width - 3 * margin - corner_width;
  const ImVec2 below_title(area.x + margin, title_used.bottom() + frame.px(2));
  // Until it has been seen, the welcome's tour is offered in the greeting's place: one tap away
  // for a grown-up, and taking no room from the tiles a child taps.
  const Rect subtitle_used = !child && !preferences_.current().welcome_seen
                                 ? draw_welcome_offer(frame, below_title, header_room)
                                 : draw_text(frame, frame.fonts.body, greeting, below_title, p.ink_soft, header_room);

  const float grid_top = subtitle_used.bottom() + margin * 0.7f;
  std::optional<AccountBar> bar;
  if (!child)
    bar = plan_account_bar(frame, usage_, area, presenter_.open);
  const float grid_bottom = bar ? bar->rect.y - margin * 0.5f : area.bottom() - margin;
  const Rect grid{area.x + margin, grid_top, area.width - 2 * margin, grid_bottom - grid_top};
  const auto& all = tools();
  const auto tiles = lay_out_tiles(
      grid, static_cast<int>(all.size()),
      {.gap = std::clamp(area.width * 0.02f, frame.px(14), frame.px(28)), .min_width = frame.px(200)});
  for (std::size_t i = 0; i < tiles.size(); ++i) {
    if (tool_tile(frame, all[i], tiles[i]) && all[i].screen) frame.navigator.open(*all[i].screen);
  }
  if (bar) draw_account_bar(frame, *bar);
}

}  // namespace kitbag::ui
