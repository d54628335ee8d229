#include "app/ui/screens/settings_screen.h"

#include <algorithm>
#include <span>

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

std::string counts(long long n) {
  return n == 1 ? "1 count" : std::to_string(n) + " counts";
}

}  // namespace

std::string sync_status_sentence(const SyncStatus& status, std::chrono::steady_clock::time_point now) {
  using State = SyncStatus::State;
  switch (status.state) {
    case State::Unavailable:
      return "Counts cannot be kept on this computer, so nothing is counted or sent.";
    case State::Starting:
      return status.unsent == 0 ? "Looking at what there is to send."
                                : counts(status.unsent) + " saved on this computer.";
    case State::NoAddress:
      return status.unsent == 0
                 ? "Nothing is waiting. No collector is set, so counts stay on this computer."
                 : counts(status.unsent) +
                       " saved on this computer. No collector is set, so they stay here until one is.";
    case State::Sending:
      return "Sending " + counts(status.unsent) + " now.";
    case State::Sent:
      return status.unsent == 0 ? "Everything counted on this computer has been sent."
                                : counts(status.unsent) + " saved on this computer, waiting to be sent." +
                                      (status.problem.empty() ? "" : " " + status.problem);
    case State::WillRetry: {
      std::string when = "soon";
      if (status.retry_at && *status.retry_at > now) {
        const auto minutes =
            std::chrono::duration_cast<std::chrono::minutes>(*status.retry_at - now).count() + 1;
        when = "within " + (minutes == 1 ? std::string("a minute") : std::to_string(minutes) + " minutes");
      }
      return counts(status.unsent) + " saved on this computer. They could not be sent just now (" +
             status.problem + "), so Kitbag will try again " + when + ".";
    }
  }
  return {};
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
  const auto choice_row = [&](const char* heading, std::span<const RowButton> choices) {
    paragraph(frame.fonts.body, heading, p.ink, frame.px(8));
    const RowResult row = button_row(frame, choices, {x, y, width, 0});
    y = row.bottom + frame.px(8);
    return row.clicked;
  };
  Preferences chosen = preferences_.current();
  paragraph(frame.fonts.label, "How Kitbag looks", p.ink, frame.px(8));

  // Each language by its own name, so whoever needs it can find it whatever is shown now.
  std::vector<RowButton> languages;
  for (const Language& language : kLanguages)
    languages.push_back({{ui_id::settings_language(language.code), std::string(language.own_name), Icon::None,
                          chosen.language == language.code}});
  if (const int clicked = choice_row("Language", languages); clicked >= 0)
    chosen.language = std::string(kLanguages[static_cast<std::size_t>(clicked)].code);
  y += frame.px(10);

  constexpr const char* kAgeNames[] = {"Any age", "Younger children", "Older children and teens"};
  std::vector<RowButton> ages;
  for (std::size_t i = 0; i < kAgeModes.size(); ++i)
    ages.push_back(
        {{ui_id::settings_age(age_key(kAgeModes[i])), kAgeNames[i], Icon::None, chosen.age == kAgeModes[i]}});
  if (const int clicked = choice_row("Who it is for", ages); clicked >= 0) chosen.age = kAgeModes[clicked];
  paragraph(frame.fonts.small,
            chosen.age == AgeMode::Younger
                ? "Faces first, fewer words, bigger cards, and the short journey first."
            : chosen.age == AgeMode::Older ? "Smaller type, plainer words, and calm colours."
                                           : "The usual look and words, for everyone.",
            p.ink_soft, frame.px(18));

  constexpr const char* kSizeNames[] = {"Standard", "Large", "Largest"};
  std::vector<RowButton> sizes;
  for (std::size_t i = 0; i < kTextSizes.size(); ++i)
    sizes.push_back({{ui_id::settings_size(text_size_key(kTextSizes[i])), kSizeNames[i], Icon::None,
                      chosen.text_size == kTextSizes[i]}});
  if (const int clicked = choice_row("Size of words and buttons", sizes); clicked >= 0)
    chosen.text_size = kTextSizes[clicked];
  y += frame.px(10);

  const RowButton motion[] = {
      {{std::string(ui_id::kSettingsMotionOn), "Gentle movement", Icon::None, !chosen.calm_motion}},
      {{std::string(ui_id::kSettingsMotionCalm), "Keep things still", Icon::None, chosen.calm_motion}},
  };
  if (const int clicked = choice_row("Movement", motion); clicked >= 0) chosen.calm_motion = clicked == 1;
  paragraph(frame.fonts.small,
            chosen.calm_motion ? "Cards turn over, and the talking stick moves, at once, with no animation."
                               : "Cards turn over, and the talking stick glides to the next person.",
            p.ink_soft, frame.px(18));

  const RowButton colours[] = {
      {{std::string(ui_id::kSettingsColoursUsual), "Usual colours", Icon::None, !chosen.high_contrast}},
      {{std::string(ui_id::kSettingsColoursContrast), "High contrast", Icon::None, chosen.high_contrast}},
  };
  if (const int clicked = choice_row("Colours", colours); clicked >= 0) chosen.high_contrast = clicked == 1;
  y += frame.px(10);

  const RowButton letters[] = {
      {{std::string(ui_id::kSettingsLettersUsual), "Usual letters", Icon::None, !chosen.easy_read_font}},
      {{std::string(ui_id::kSettingsLettersEasyRead), "Easy-read letters", Icon::None, chosen.easy_read_font}},
  };
  if (const int clicked = choice_row("Letters", letters); clicked >= 0) chosen.easy_read_font = clicked == 1;
  paragraph(frame.fonts.small,
            chosen.easy_read_font
                ? "OpenDyslexic: heavier at the bottom of each letter, which some readers with dyslexia find "
                  "easier to follow."
                : "Andika: clear, simple letter shapes, made for people learning to read.",
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
    bottom = std::max(draw_looks(frame, x, top, width), draw_counts(frame, x + width + gap, top, width));
  } else {
    const float width = std::min(room, frame.px(900));
    const float x = scroll.origin().x + (scroll.content_width() - width) / 2;
    bottom = draw_counts(frame, x, draw_looks(frame, x, top, width) + frame.px(28), width);
  }
  scroll.finish(bottom + margin - scroll.origin().y);
}

// Where the anonymous counts go, whether they have gone, and what exactly is counted.
float SettingsScreen::draw_counts(FrameContext& frame, float x, float y, float width) {
  const Palette& p = palette();
  auto paragraph = [&](ImFont* font, const std::string& text, ImU32 colour, float after) {
    y = draw_text(frame, font, text, ImVec2(x, y), colour, width).bottom() + after;
  };

  paragraph(frame.fonts.label, "Sending the counts", p.ink, frame.px(8));
  const SyncStatus status = usage_.sync_status();
  paragraph(frame.fonts.body, sync_status_sentence(status, frame.now), p.ink, frame.px(18));

  paragraph(frame.fonts.small, "The collector's address, from your organisation", p.ink_soft, frame.px(6));
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
  } else if (text_field(frame, std::string(ui_id::kSettingsAddress), "Collector's address", address_,
                        kAddressCapacity, field)) {
    editing_ = true;
    message_.clear();
  }
  y = field.bottom() + frame.px(8);
  if (fixed) paragraph(frame.fonts.small, "Set on this computer by KITBAG_SYNC_URL.", p.ink_soft, 0);
  y += frame.px(8);
  if (!message_.empty())
    y = message_box(frame, message_, message_is_problem_, ImVec2(x, y), width).bottom() + frame.px(12);

  const RowButton buttons[] = {
      {{std::string(ui_id::kSettingsSave), "Save address", Icon::None, false, !fixed && usage_.counting()}},
      {{std::string(ui_id::kSettingsSendNow), "Send now", Icon::None, false,
        usage_.counting() && !usage_.collector_address().empty()}},
  };
  const RowResult row = button_row(frame, buttons, {x, y, width, 0});
  if (row.clicked == 0) {
    const Status saved = usage_.set_collector_address(address_);
    message_is_problem_ = !saved;
    message_ = saved ? (address_.find_first_not_of(" \t") == std::string::npos
                            ? "Saved: no collector, so counts stay on this computer."
                            : "Saved. Kitbag sends the counts there whenever it can.")
                     : saved.error();
    if (saved) editing_ = false;
  }
  if (row.clicked == 1) {
    usage_.send_now();
    message_is_problem_ = false;
    message_ = "Trying to send now.";
  }
  y = row.bottom + frame.px(28);

  paragraph(frame.fonts.label, "What is counted", p.ink, frame.px(8));
  paragraph(frame.fonts.body,
            "Each time someone signs in, and each tool opened, is counted with the date, the organisation "
            "and a number made from the access code that cannot be turned back into it. Use without "
            "signing in is counted as a guest. That is all.",
            p.ink, frame.px(10));
  paragraph(frame.fonts.body,
            "Never kept or sent: names, email addresses, access codes, and anything a child says, types or "
            "chooses.",
            p.ink, 0);
  return y;
}

}  // namespace kitbag::ui
