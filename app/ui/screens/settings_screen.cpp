#include "app/ui/screens/settings_screen.h"

#include <algorithm>
#include <span>

#include "app/core/i18n/current_strings.h"
#include "app/core/i18n/languages.h"
#include "app/core/ui_ids.h"
#include "app/ui/button_row.h"
#include "app/ui/message_box.h"
#include "app/ui/scroll_area.h"
#include "app/ui/text.h"
#include "app/ui/text_field.h"
#include "app/ui/theme.h"
#include "app/ui/widgets.h"

namespace kitbag::ui {
namespace {

constexpr std::size_t kAddressCapacity = 512;

// The key of each choice's name, in the order of kAgeModes and kTextSizes.
constexpr std::string_view kAgeNames[] = {"settings.age.any", "settings.age.younger", "settings.age.older"};
constexpr std::string_view kSizeNames[] = {"settings.size.standard", "settings.size.large",
                                           "settings.size.largest"};

// How long until the next try, as the end of a sentence: "soon", or "within 3 minutes".
std::string retry_when(const SyncStatus& status, std::chrono::steady_clock::time_point now) {
  if (!status.retry_at || *status.retry_at <= now) return tr("settings.counts.retry-soon");
  const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(*status.retry_at - now).count() + 1;
  return tr_count("settings.counts.retry-within", minutes);
}

}  // namespace

std::string sync_status_sentence(const SyncStatus& status, std::chrono::steady_clock::time_point now) {
  using State = SyncStatus::State;
  const long long unsent = status.unsent;
  switch (status.state) {
    case State::Unavailable:
      return tr("settings.counts.unavailable");
    case State::Starting:
      return unsent == 0 ? tr("settings.counts.looking") : tr_count("settings.counts.saved", unsent);
    case State::NoAddress:
      return unsent == 0 ? tr("settings.counts.nothing-no-collector")
                         : tr_count("settings.counts.saved-no-collector", unsent);
    case State::Sending:
      return tr_count("settings.counts.sending", unsent);
    case State::Sent:
      if (unsent == 0) return tr("settings.counts.all-sent");
      if (status.problem.empty()) return tr_count("settings.counts.waiting", unsent);
      return tr_count("settings.counts.waiting-problem", unsent, {{"problem", status.problem}});
    case State::WillRetry:
      return tr_count("settings.counts.retry", unsent,
                      {{"problem", status.problem}, {"when", retry_when(status, now)}});
  }
  return {};
}

std::string SettingsScreen::title() const {
  return tr("settings.title");
}

void SettingsScreen::left() {
  editing_ = false;
  message_.clear();
}

// Each choice takes effect with the next frame and is remembered on this computer.
float SettingsScreen::draw_looks(FrameContext& frame, float x, float y, float width) {
  const Palette& p = palette();
  const auto paragraph = [&](ImFont* font, const std::string& text, ImU32 colour, float after) {
    y = draw_text(frame, font, text, ImVec2(x, y), colour, width).bottom() + after;
  };
  // A heading and a row of choices, the chosen one filled; returns the index clicked, or -1.
  const auto choice_row = [&](const std::string& heading, std::span<const RowButton> choices) {
    paragraph(frame.fonts.body, heading, p.ink, frame.px(8));
    const RowResult row = button_row(frame, choices, {x, y, width, 0});
    y = row.bottom + frame.px(8);
    return row.clicked;
  };
  Preferences chosen = preferences_.current();
  paragraph(frame.fonts.label, tr("settings.looks"), p.ink, frame.px(8));

  // Each language by its own name, so whoever needs it can find it whatever is shown now.
  std::vector<RowButton> languages;
  for (const Language& language : kLanguages)
    languages.push_back({{ui_id::settings_language(language.code), std::string(language.own_name), Icon::None,
                          chosen.language == language.code}});
  if (const int clicked = choice_row(tr("settings.language"), languages); clicked >= 0) {
    chosen.language = std::string(kLanguages[static_cast<std::size_t>(clicked)].code);
    preferences_.choose_language(chosen.language);  // kept, even if --lang already gave it this run
    message_.clear();                               // said in the language being left
  }
  y += frame.px(10);

  std::vector<RowButton> ages;
  for (std::size_t i = 0; i < kAgeModes.size(); ++i)
    ages.push_back({{ui_id::settings_age(age_key(kAgeModes[i])), tr(kAgeNames[i]), Icon::None,
                     chosen.age == kAgeModes[i]}});
  if (const int clicked = choice_row(tr("settings.age.heading"), ages); clicked >= 0)
    chosen.age = kAgeModes[clicked];
  paragraph(frame.fonts.small,
            chosen.age == AgeMode::Younger ? tr("settings.age.younger.about")
            : chosen.age == AgeMode::Older ? tr("settings.age.older.about")
                                           : tr("settings.age.any.about"),
            p.ink_soft, frame.px(18));

  std::vector<RowButton> sizes;
  for (std::size_t i = 0; i < kTextSizes.size(); ++i)
    sizes.push_back({{ui_id::settings_size(text_size_key(kTextSizes[i])), tr(kSizeNames[i]), Icon::None,
                      chosen.text_size == kTextSizes[i]}});
  if (const int clicked = choice_row(tr("settings.size.heading"), sizes); clicked >= 0)
    chosen.text_size = kTextSizes[clicked];
  y += frame.px(10);

  const RowButton motion[] = {
      {{std::string(ui_id::kSettingsMotionOn), tr("settings.motion.gentle"), Icon::None,
        !chosen.calm_motion}},
      {{std::string(ui_id::kSettingsMotionCalm), tr("settings.motion.still"), Icon::None,
        chosen.calm_motion}},
  };
  if (const int clicked = choice_row(tr("settings.motion.heading"), motion); clicked >= 0)
    chosen.calm_motion = clicked == 1;
  paragraph(frame.fonts.small,
            chosen.calm_motion ? tr("settings.motion.still.about") : tr("settings.motion.gentle.about"),
            p.ink_soft, frame.px(18));

  const RowButton colours[] = {
      {{std::string(ui_id::kSettingsColoursUsual), tr("settings.colours.usual"), Icon::None,
        !chosen.high_contrast}},
      {{std::string(ui_id::kSettingsColoursContrast), tr("settings.colours.contrast"), Icon::None,
        chosen.high_contrast}},
  };
  if (const int clicked = choice_row(tr("settings.colours.heading"), colours); clicked >= 0)
    chosen.high_contrast = clicked == 1;
  y += frame.px(10);

  const RowButton letters[] = {
      {{std::string(ui_id::kSettingsLettersUsual), tr("settings.letters.usual"), Icon::None,
        !chosen.easy_read_font}},
      {{std::string(ui_id::kSettingsLettersEasyRead), tr("settings.letters.easy-read"), Icon::None,
        chosen.easy_read_font}},
  };
  if (const int clicked = choice_row(tr("settings.letters.heading"), letters); clicked >= 0)
    chosen.easy_read_font = clicked == 1;
  paragraph(
      frame.fonts.small,
      chosen.easy_read_font ? tr("settings.letters.easy-read.about") : tr("settings.letters.usual.about"),
      p.ink_soft, frame.px(18));

  preferences_.change(chosen);
  return y;
}

void SettingsScreen::draw(FrameContext& frame, const Rect& area) {
  const float margin = page_margin(frame, area.width);
  ScrollArea scroll(frame, "settings", area);
  const float top = scroll.origin().y + frame.px(8);
  const float room = scroll.content_width() - 2 * margin;
  const float gap = frame.px(56);
  float bottom;
  // Side by side when there is room for two comfortable columns, so both show without scrolling.
  if (room >= frame.px(1000)) {
    const float width = std::min((room - gap) / 2, frame.px(620));
    const float x = scroll.origin().x + (scroll.content_width() - 2 * width - gap) / 2;
    // One after the other, so Tab goes down the first column before the second.
    const float left_bottom = draw_looks(frame, x, top, width);
    const float calls_bottom = draw_video_calls(frame, x + width + gap, top, width);
    bottom = std::max(left_bottom, draw_counts(frame, x + width + gap, calls_bottom, width));
  } else {
    const float width = std::min(room, frame.px(900));
    const float x = scroll.origin().x + (scroll.content_width() - width) / 2;
    const float calls = draw_video_calls(frame, x, draw_looks(frame, x, top, width) + frame.px(28), width);
    bottom = draw_counts(frame, x, calls, width);
  }
  scroll.finish(bottom + margin - scroll.origin().y);
}

// The view to share in a video call: also on home, where a small window may not have room for it.
float SettingsScreen::draw_video_calls(FrameContext& frame, float x, float y, float width) {
  const Palette& p = palette();
  y = draw_text(frame, frame.fonts.label, tr("presenter.heading"), ImVec2(x, y), p.ink, width).bottom() + frame.px(8);
  y = draw_text(frame, frame.fonts.body, tr("presenter.about"), ImVec2(x, y), p.ink, width).bottom() + frame.px(12);
  if (pill_button(frame, share_view_button(presenter_.open), ImVec2(x, y))) presenter_.open = !presenter_.open;
  return y + pill_button_height(frame) + frame.px(28);
}

// Where the anonymous counts go, whether they have gone, and what exactly is counted.
float SettingsScreen::draw_counts(FrameContext& frame, float x, float y, float width) {
  const Palette& p = palette();
  auto paragraph = [&](ImFont* font, const std::string& text, ImU32 colour, float after) {
    y = draw_text(frame, font, text, ImVec2(x, y), colour, width).bottom() + after;
  };

  paragraph(frame.fonts.label, tr("settings.counts.heading"), p.ink, frame.px(8));
  const SyncStatus status = usage_.sync_status();
  paragraph(frame.fonts.body, sync_status_sentence(status, frame.now), p.ink, frame.px(18));

  paragraph(frame.fonts.small, tr("settings.address.about"), p.ink_soft, frame.px(6));
  if (!editing_) address_ = usage_.collector_address();
  const bool fixed = usage_.collector_set_by_environment();
  const float field_height = frame.fonts.body->FontSize + frame.px(30);
  const Rect field{x, y, width, field_height};
  if (fixed) {
    frame.draw->AddRectFilled(top_left(field), bottom_right(field), with_alpha(p.surface, 0.5f),
                              frame.px(14));
    draw_text(frame, frame.fonts.body, address_,
              ImVec2(field.x + frame.px(16), field.center_y() - frame.fonts.body->FontSize / 2), p.ink_soft,
              field.width - frame.px(32));
  } else if (text_field(frame, std::string(ui_id::kSettingsAddress), tr("settings.address.label"), address_,
                        kAddressCapacity, field)) {
    editing_ = true;
    message_.clear();
  }
  y = field.bottom() + frame.px(8);
  if (fixed) paragraph(frame.fonts.small, tr("settings.address.fixed"), p.ink_soft, 0);
  y += frame.px(8);
  if (!message_.empty())
    y = message_box(frame, message_, message_is_problem_, ImVec2(x, y), width).bottom() + frame.px(12);

  const RowButton buttons[] = {
      {{std::string(ui_id::kSettingsSave), tr("settings.address.save"), Icon::None, false,
        !fixed && usage_.counting()}},
      {{std::string(ui_id::kSettingsSendNow), tr("settings.counts.send-now"), Icon::None, false,
        usage_.counting() && !usage_.collector_address().empty()}},
  };
  const RowResult row = button_row(frame, buttons, {x, y, width, 0});
  if (row.clicked == 0) {
    const Status saved = usage_.set_collector_address(address_);
    message_is_problem_ = !saved;
    message_ =
        saved ? (address_.find_first_not_of(" \t") == std::string::npos ? tr("settings.address.saved-none")
                                                                        : tr("settings.address.saved"))
              : saved.error();
    if (saved) editing_ = false;
  }
  if (row.clicked == 1) {
    usage_.send_now();
    message_is_problem_ = false;
    message_ = tr("settings.counts.trying");
  }
  y = row.bottom + frame.px(28);

  paragraph(frame.fonts.label, tr("settings.counted.heading"), p.ink, frame.px(8));
  paragraph(frame.fonts.body, tr("settings.counted.what"), p.ink, frame.px(10));
  paragraph(frame.fonts.body, tr("settings.counted.never"), p.ink, 0);
  return y;
}

}  // namespace kitbag::ui
