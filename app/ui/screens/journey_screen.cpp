#include "app/ui/screens/journey_screen.h"

#include <algorithm>
#include <cmath>

#include "app/core/i18n/current_strings.h"
#include "app/core/timer/timer_lengths.h"
#include "app/core/ui_ids.h"
#include "app/ui/presenter_view.h"
#include "app/ui/scroll_area.h"
#include "app/ui/text.h"
#include "app/ui/theme.h"
#include "app/ui/top_bar.h"
#include "app/ui/widgets.h"

namespace kitbag::ui {
namespace {

// At the right end of the top bar while a journey is open: back to the three journeys.
PillButton other_journeys_button() {
  return {std::string(ui_id::kJourneyChoose), tr("journey.other-journeys")};
}

using Clock = std::chrono::steady_clock;

// A new page's colours take this long to come in: noticed, never startling.
constexpr auto kWashEase = std::chrono::milliseconds(900);
// The music alone drifts through the full story's colours, one every this many seconds.
constexpr double kListeningWashSeconds = 40;

// The music alone, when no story offers its colours: dusk lavender to warm sand.
constexpr Wash kRestingWash{Rgb{0xE4, 0xDD, 0xF3}, Rgb{0xF6, 0xE6, 0xD2}};

Wash wash_of(const StoryPage& page) {
  return {page.wash_top, page.wash_bottom};
}

struct ChoiceCard {
  JourneyChoice choice;
  std::string_view id;
  std::string picture;  // empty: the journey's own moon and stars
};

const ChoiceCard kChoices[] = {
    {JourneyChoice::FullStory, ui_id::kJourneyFull, "art/sunrise.png"},
    {JourneyChoice::ShortStory, ui_id::kJourneyShort, "art/butterfly.png"},
    {JourneyChoice::MusicOnly, ui_id::kJourneyMusic, ""},
};

// A choice's words in the language in use: good for this frame only.
struct ChoiceWords {
  const std::string& title;
  const std::string& length;
  const std::string& about;
};

ChoiceWords words_for(JourneyChoice choice) {
  switch (choice) {
    case JourneyChoice::FullStory:
      return {tr("journey.choose.full.title"), tr("journey.choose.full.length"),
              tr("journey.choose.full.about")};
    case JourneyChoice::ShortStory:
      return {tr("journey.choose.short.title"), tr("journey.choose.short.length"),
              tr("journey.choose.short.about")};
    case JourneyChoice::MusicOnly:
      break;
  }
  return {tr("journey.choose.music.title"), tr("journey.choose.music.length"),
          tr("journey.choose.music.about")};
}

// A picture that is one of the app's assets, through the card pictures' loader and cache.
std::optional<Texture> asset_picture(CardPictures& pictures, const std::string& picture) {
  if (picture.empty()) return std::nullopt;
  Card card;
  card.picture = picture;
  return pictures.texture_for(card);
}

}  // namespace

std::string JourneyScreen::title() const {
  return tr("journey.title");
}

void JourneyScreen::left() {
  if (player_.state() == PlayState::Playing) player_.pause(last_frame_);
}

void JourneyScreen::begin(JourneyChoice choice, bool play, FrameContext& frame) {
  const std::optional<StoryLength> length = story_of(choice);
  const Story* story = length ? stories_.story(*length) : nullptr;
  if (length && story == nullptr) {
    frame.toast.show(tr("journey.unreadable"), frame.now);
    return;
  }
  choice_ = choice;
  story_ = story;
  if (story_ != nullptr) {
    turner_.emplace(*story_);
    player_.load(story_->music, story_->total_seconds());
    stage_ = Stage::Reading;
  } else {
    turner_.reset();
    const Story* full = stories_.story(StoryLength::Full);
    player_.load(kMusicOnlyFile, full != nullptr ? full->total_seconds() : 0);
    stage_ = Stage::Listening;
  }
  if (play && player_.has_music()) player_.play(frame.now);
  frame.scheduler.request_frames(2);
}

void JourneyScreen::draw(FrameContext& frame, const Rect& area) {
  last_frame_ = frame.now;
  if (pending_) {
    const Pending pending = *pending_;
    pending_.reset();
    begin(pending.choice, pending.play, frame);
  }
  player_.keep_time(frame.now);

  // Space plays and pauses, until someone moves round the controls with the keyboard.
  const ImGuiIO& io = ImGui::GetIO();
  if (stage_ != Stage::Choosing && player_.has_music() && !io.WantTextInput && !frame.focus.ring_visible() &&
      ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Space), false)) {
    if (player_.state() == PlayState::Playing)
      player_.pause(frame.now);
    else
      player_.play(frame.now);
  }

  if (stage_ != Stage::Choosing) {
    // At the right end of the top bar: back to the three journeys, the music fading away.
    const Rect row = top_bar_row(frame, area);
    const PillButton others = other_journeys_button();
    if (pill_button(frame, others, ImVec2(row.right() - pill_button_width(frame, others), row.y))) {
      player_.stop(frame.now);
      stage_ = Stage::Choosing;
      frame.scheduler.request_frames(2);
    }
  }

  switch (stage_) {
    case Stage::Choosing:
      draw_choices(frame, area);
      break;
    case Stage::Reading:
      draw_story(frame, area);
      break;
    case Stage::Listening:
      draw_music(frame, area);
      break;
  }
  keep_in_time(frame);
}

void JourneyScreen::keep_in_time(FrameContext& frame) {
  if (stage_ == Stage::Choosing || player_.state() != PlayState::Playing) return;
  // The next whole second: the clock's digits change then, and pages begin on whole seconds.
  const double position = player_.position(frame.now);
  const double wait = std::floor(position) + 1.0 - position;
  frame.scheduler.redraw_at(frame.now + std::chrono::duration_cast<Clock::duration>(
                                            std::chrono::duration<double>(std::max(wait, 0.02))));
}

void JourneyScreen::draw_choices(FrameContext& frame, const Rect& area) {
  const Palette& p = palette();
  const float margin = page_margin(frame, area.width);
  const float gap = frame.px(24);
  const Rect inner{area.x + margin, area.y, area.width - 2 * margin, area.height - margin};

  const std::string& hint = tr("journey.choose.hint");
  const float hint_height = measure_text(frame.fonts.body, hint, inner.width).y;
  const Rect cards{inner.x, inner.y, inner.width, inner.height - hint_height - gap};
  // Side by side on a wide window, one above another on a narrow one.
  const bool row = cards.width > frame.px(900);
  constexpr float kCount = 3;
  const float card_width = row ? (cards.width - gap * (kCount - 1)) / kCount : cards.width;
  const float card_height = row ? std::min(cards.height, frame.px(420))
                                : std::min((cards.height - gap * (kCount - 1)) / kCount, frame.px(200));

  // For younger children the short journey comes first.
  std::vector<const ChoiceCard*> order;
  for (const ChoiceCard& choice : kChoices) order.push_back(&choice);
  if (frame.age == AgeMode::Younger)
    std::stable_partition(order.begin(), order.end(), [](const ChoiceCard* choice) {
      return choice->choice == JourneyChoice::ShortStory;
    });
  for (std::size_t i = 0; i < order.size(); ++i) {
    const ChoiceCard& choice = *order[i];
    const ChoiceWords words = words_for(choice.choice);
    const float offset = static_cast<float>(i);
    const Rect card = row ? Rect{cards.x + offset * (card_width + gap), cards.y, card_width, card_height}
                          : Rect{cards.x, cards.y + offset * (card_height + gap), card_width, card_height};
    const std::optional<StoryLength> length = story_of(choice.choice);
    const Story* story = length ? stories_.story(*length) : nullptr;
    const bool offered = !length || story != nullptr;
    const Interaction hit = interact(frame, std::string(choice.id), words.title, card, offered);
    const float rounding = frame.px(28);
    draw_soft_shadow(frame, card, rounding, hit.hovered ? frame.px(8) : frame.px(5));
    const Wash wash = story != nullptr ? wash_of(story->pages.front()) : kRestingWash;
    draw_wash(frame.draw, card, wash, rounding);

    // The words on a pale band (at the bottom, or on the right of a narrow row), so they read on
    // any wash; the picture in the open wash beside them. A short card keeps the title and drops
    // what does not fit, the description first, rather than let words spill off it.
    const float pad = row ? frame.px(18) : frame.px(10);
    const float band_width = row ? card.width - 2 * pad : card.width * 0.62f;
    const float text_width = band_width - 2 * pad;
    const std::string& about = offered ? words.about : tr("journey.choose.not-read");
    const float title_height = measure_text(frame.fonts.label, words.title, text_width).y;
    const float length_height = frame.px(4) + measure_text(frame.fonts.body, words.length, text_width).y;
    const float about_height = frame.px(8) + measure_text(frame.fonts.body, about, text_width).y;
    const float room = card.height - 4 * pad;
    const bool show_length = title_height + length_height <= room;
    const bool show_about = show_length && title_height + length_height + about_height <= room;
    const float words_height =
        title_height + (show_length ? length_height : 0) + (show_about ? about_height : 0);
    const float band_height = std::min(words_height + 2 * pad, card.height - 2 * pad);
    const Rect band = row ? Rect{card.x + pad, card.bottom() - pad - band_height, band_width, band_height}
                          : Rect{card.right() - pad - band_width, card.center_y() - band_height / 2,
                                 band_width, band_height};
    frame.draw->AddRectFilled(top_left(band), bottom_right(band), with_alpha(p.surface, 0.88f), frame.px(18));
    float y = band.y + pad;
    y = draw_text(frame, frame.fonts.label, words.title, ImVec2(band.x + pad, y), p.ink, text_width).bottom();
    if (show_length)
      y = draw_text(frame, frame.fonts.body, words.length, ImVec2(band.x + pad, y + frame.px(4)),
                    tool_colours(ToolId::WonderJourney).deep, text_width)
              .bottom();
    if (show_about)
      draw_text(frame, frame.fonts.body, about, ImVec2(band.x + pad, y + frame.px(8)), p.ink_soft,
                text_width);

    const Rect open = row ? Rect{card.x, card.y, card.width, band.y - card.y}
                          : Rect{card.x, card.y, band.x - card.x, card.height};
    const float picture_size = std::min({open.width, open.height, frame.px(150)}) * 0.7f;
    const ImVec2 centre(open.center_x(), open.center_y());
    if (auto texture = asset_picture(pictures_, choice.picture)) {
      frame.draw->AddImage(reinterpret_cast<ImTextureID>(texture->id),
                           ImVec2(centre.x - picture_size / 2, centre.y - picture_size / 2),
                           ImVec2(centre.x + picture_size / 2, centre.y + picture_size / 2));
    } else {
      draw_icon(frame.draw, Icon::WonderJourney, centre, picture_size / 2,
                tool_colours(ToolId::WonderJourney).deep, IM_COL32(wash.top.r, wash.top.g, wash.top.b, 255));
    }
    if (!offered)
      frame.draw->AddRectFilled(top_left(card), bottom_right(card), with_alpha(p.page, 0.6f), rounding);
    if (hit.focus_ring) draw_focus_ring(frame, card, rounding);
    if (hit.clicked) begin(choice.choice, true, frame);
  }
  const float cards_bottom = row ? cards.y + card_height : cards.y + 3 * card_height + 2 * gap;
  draw_text(frame, frame.fonts.body, hint, ImVec2(inner.x, cards_bottom + gap), p.ink_soft, inner.width);
}

Wash JourneyScreen::eased_wash(FrameContext& frame, const Wash& target) {
  if (!wash_to_ || !(target == *wash_to_)) {
    // The first wash comes in at once; later ones ease in from whatever was showing.
    wash_from_ = wash_to_ ? eased_wash_at(frame.now) : target;
    wash_to_ = target;
    wash_since_ = frame.now;
  }
  if (frame.calm_motion) return target;
  if (frame.now < wash_since_ + kWashEase) frame.scheduler.animate_until(wash_since_ + kWashEase);
  return eased_wash_at(frame.now);
}

Wash JourneyScreen::eased_wash_at(Clock::time_point now) const {
  const float t = std::chrono::duration<float>(now - wash_since_) / std::chrono::duration<float>(kWashEase);
  const float eased = t >= 1 ? 1.0f : 0.5f - 0.5f * std::cos(std::clamp(t, 0.0f, 1.0f) * 3.14159265f);
  return blend(wash_from_, *wash_to_, eased);
}

void JourneyScreen::turn_to(std::optional<double> jump, FrameContext& frame) {
  if (jump) player_.seek(*jump, frame.now);
  frame.scheduler.request_frames(2);
}

void JourneyScreen::toggle_follow(FrameContext& frame) {
  const bool on = !turner_->follows_timeline();
  const double page_start = story_->page_start(turner_->page());
  if (on) {
    // The words stay where the reader is; the music (or the clock) comes to them.
    if (story_->page_at(player_.position(frame.now)) != turner_->page()) player_.seek(page_start, frame.now);
    if (!player_.has_music()) player_.play(frame.now);
  } else if (!player_.has_music()) {
    player_.pause(frame.now);
  }
  turner_->set_follows_timeline(on, player_.position(frame.now));
}

void JourneyScreen::draw_story(FrameContext& frame, const Rect& area) {
  // Without music the switch is the only control, so while it shows on the pages turn: leaving
  // the screen paused them, and coming back carries on from the same place.
  if (turner_->follows_timeline() && !player_.has_music() && player_.state() == PlayState::Paused)
    player_.play(frame.now);
  if (turner_->follows_timeline()) turner_->follow(player_.position(frame.now));
  const float margin = page_margin(frame, area.width);
  const Rect inner{area.x + margin, area.y, area.width - 2 * margin, area.height - margin};
  PlayerBarLook look;
  for (std::size_t i = 1; i < story_->pages.size(); ++i) look.marks.push_back(story_->page_start(i));
  look.follow = turner_->follows_timeline();
  const float bar_height = bar_.height(frame, player_, inner.width, look);
  const float gap = frame.px(20);
  // The page needs room for a few lines and its buttons; where large text on a small window
  // leaves less, the page and the player scroll together rather than lie on top of each other.
  const float smallest_page = 2 * pill_button_height(frame) + frame.px(60);
  draw_or_scroll(frame, "journey-page", area, smallest_page + gap + bar_height + margin, [&](const Rect& space) {
    const Rect room{space.x + margin, space.y, space.width - 2 * margin, space.height - margin};
    const Rect panel{room.x, room.y, room.width, room.height - bar_height - gap};
    draw_wash(frame.draw, panel, eased_wash(frame, wash_of(story_->pages[turner_->page()])), frame.px(28));
    draw_page(frame, panel, story_->pages[turner_->page()]);
    const PlayerBarResult result =
        bar_.draw(frame, player_, {room.x, panel.bottom() + gap, room.width, bar_height}, look);
    if (result.follow_pressed) toggle_follow(frame);
  });
}

void JourneyScreen::draw_page(FrameContext& frame, const Rect& panel, const StoryPage& page) {
  const Palette& p = palette();
  const float pad = std::clamp(panel.width * 0.03f, frame.px(14), frame.px(32));
  const float gap = frame.px(14);

  // Along the bottom: turning the page.
  const float strip_height = pill_button_height(frame);
  const float strip_y = panel.bottom() - pad - strip_height;
  PillButton previous{std::string(ui_id::kJourneyPreviousPage), tr("journey.page.back"), Icon::Back};
  previous.enabled = !turner_->at_first();
  if (pill_button(frame, previous, ImVec2(panel.x + pad, strip_y))) turn_to(turner_->previous(), frame);
  const bool last = turner_->at_last();
  PillButton next{std::string(ui_id::kJourneyNextPage),
                  last ? tr("journey.page.finish") : tr("journey.page.next"), Icon::Forward};
  next.icon_last = true;
  next.selected = true;
  next.accent = tool_colours(ToolId::WonderJourney).deep;
  if (pill_button(frame, next, ImVec2(panel.right() - pad - pill_button_width(frame, next), strip_y))) {
    if (last) {
      // The end: the music fades away, and the journeys are there to choose again.
      player_.stop(frame.now);
      stage_ = Stage::Choosing;
      frame.scheduler.request_frames(2);
      return;
    }
    turn_to(turner_->next(), frame);
  }
  const std::string counter = tr("journey.page.counter", {{"page", std::to_string(turner_->page() + 1)},
                                                          {"pages", std::to_string(turner_->page_count())}});
  const ImVec2 counter_size = measure_text(frame.fonts.body, counter);
  draw_text(frame, frame.fonts.body, counter,
            ImVec2(panel.center_x() - counter_size.x / 2, strip_y + (strip_height - counter_size.y) / 2),
            p.ink);

  const Rect space{panel.x + pad, panel.y + pad, panel.width - 2 * pad, strip_y - gap - (panel.y + pad)};
  draw_page_card(frame, space, page, frame.px(1040));
}

// The words, on a pale card in the middle, as large as `space` allows (and no wider than
// `widest`), with the page's picture beside them when there is room.
void JourneyScreen::draw_page_card(FrameContext& frame, const Rect& space, const StoryPage& page, float widest) {
  const Palette& p = palette();
  const float card_width = std::min(space.width, widest);
  const float card_pad = std::clamp(card_width * 0.04f, frame.px(16), frame.px(36));
  const std::optional<Texture> picture = asset_picture(pictures_, page.picture);
  // On a small window the words matter more than the picture.
  const bool room_for_picture = card_width > frame.px(560) && space.height > frame.px(180);
  const float picture_size = picture && room_for_picture ? std::min(frame.px(136), card_width * 0.16f) : 0.0f;
  const float text_width = card_width - 2 * card_pad - (picture_size > 0 ? picture_size + card_pad : 0);
  ImFont* font = font_that_fits({frame.fonts.reading, frame.fonts.body, frame.fonts.small}, page.text,
                                text_width, space.height - 2 * card_pad);
  const float text_height = measure_text(font, page.text, text_width).y;
  const float card_height = std::min(space.height, std::max(text_height, picture_size) + 2 * card_pad);
  const Rect card{space.center_x() - card_width / 2, space.center_y() - card_height / 2, card_width,
                  card_height};
  const float rounding = frame.px(24);
  frame.draw->AddRectFilled(top_left(card), bottom_right(card), with_alpha(p.surface, 0.9f), rounding);
  float x = card.x + card_pad;
  if (picture_size > 0) {
    const float y = card.center_y() - picture_size / 2;
    frame.draw->AddImage(reinterpret_cast<ImTextureID>(picture->id), ImVec2(x, y),
                         ImVec2(x + picture_size, y + picture_size));
    x += picture_size + card_pad;
  }
  draw_text(frame, font, page.text, ImVec2(x, card.center_y() - text_height / 2), p.ink, text_width);
}

// The page the grown-up is reading, over its colours, with nothing to press; the music alone
// is its colours only. While a journey is being chosen, the calm page.
float JourneyScreen::top_bar_action_width(const FrameContext& frame) const {
  return stage_ == Stage::Choosing ? 0.0f : pill_button_width(frame, other_journeys_button()) + frame.px(12);
}

void JourneyScreen::present(FrameContext& frame, const Rect& area) {
  if (stage_ == Stage::Choosing || !wash_to_ || (stage_ == Stage::Reading && (story_ == nullptr || !turner_))) {
    present_resting_page(frame, area);
    return;
  }
  draw_wash(frame.draw, area, frame.calm_motion ? *wash_to_ : eased_wash_at(frame.now), frame.px(28));
  if (stage_ == Stage::Reading)
    draw_page_card(frame, inset(area, frame.px(24)), story_->pages[turner_->page()], area.width);
}

void JourneyScreen::draw_music(FrameContext& frame, const Rect& area) {
  const Palette& p = palette();
  const float margin = page_margin(frame, area.width);
  const Rect inner{area.x + margin, area.y, area.width - 2 * margin, area.height - margin};
  const PlayerBarLook look;
  const float bar_height = bar_.height(frame, player_, inner.width, look);
  const float gap = frame.px(20);
  const Rect panel{inner.x, inner.y, inner.width, inner.height - bar_height - gap};

  // The colours drift slowly through the full story's, as the music goes on.
  Wash wash = kRestingWash;
  if (const Story* full = stories_.story(StoryLength::Full); full != nullptr && player_.has_music()) {
    const auto step = static_cast<std::size_t>(player_.position(frame.now) / kListeningWashSeconds);
    wash = wash_of(full->pages[step % full->pages.size()]);
  }
  draw_wash(frame.draw, panel, eased_wash(frame, wash), frame.px(28));

  const float pad = std::clamp(panel.width * 0.03f, frame.px(14), frame.px(32));
  const std::string& heading = tr("journey.music.heading");
  const std::string& words = tr("journey.music.words");
  const ImVec2 heading_size = measure_text(frame.fonts.title, heading);
  const float words_width = std::min(panel.width - 2 * pad, frame.px(760));
  ImFont* words_font =
      font_that_fits({frame.fonts.reading, frame.fonts.body}, words, words_width, panel.height / 3);
  const ImVec2 words_size = measure_text(words_font, words, words_width);
  const float y = panel.center_y() - (heading_size.y + frame.px(12) + words_size.y) / 2;
  draw_text(frame, frame.fonts.title, heading, ImVec2(panel.center_x() - heading_size.x / 2, y), p.ink);
  draw_text_centred(
      frame, words_font, words,
      {panel.center_x() - words_width / 2, y + heading_size.y + frame.px(12), words_width, words_size.y},
      p.ink);
  bar_.draw(frame, player_, {inner.x, panel.bottom() + gap, inner.width, bar_height}, look);
}

}  // namespace kitbag::ui
