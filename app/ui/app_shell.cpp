#include "app/ui/app_shell.h"

#include <algorithm>

#include "app/core/i18n/current_strings.h"
#include "app/core/tool_catalog.h"
#include "app/ui/notice_banner.h"
#include "app/ui/screens/animals_screen.h"
#include "app/ui/screens/child_mode_screens.h"
#include "app/ui/screens/feelings_screen.h"
#include "app/ui/screens/home_screen.h"
#include "app/ui/screens/ideas_screen.h"
#include "app/ui/screens/journey_screen.h"
#include "app/ui/screens/own_cards_screen.h"
#include "app/ui/screens/presence_screen.h"
#include "app/ui/screens/settings_screen.h"
#include "app/ui/screens/sign_in_screen.h"
#include "app/ui/screens/stick_screen.h"
#include "app/ui/screens/timer_screen.h"
#include "app/ui/screens/welcome_screen.h"
#include "app/ui/theme.h"
#include "app/ui/toast_view.h"
#include "app/ui/top_bar.h"
#include "platform/language_files.h"

namespace kitbag::ui {
namespace {

KeyPresses read_key_presses(const ImGuiIO& io) {
  // Moving focus repeats while a key is held; choosing does not, so a child leaning on Enter
  // does not flip between screens.
  auto pressed = [](ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key)); };
  auto pressed_once = [](ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false); };
  KeyPresses keys;
  keys.tab = pressed(ImGuiKey_Tab);
  keys.shift = io.KeyShift;
  // While someone types into a text box, the other keys are theirs, not navigation; Tab alone
  // still moves on, so a keyboard user is never stuck in a box.
  if (io.WantTextInput) return keys;
  keys.left = pressed(ImGuiKey_LeftArrow);
  keys.right = pressed(ImGuiKey_RightArrow);
  keys.up = pressed(ImGuiKey_UpArrow);
  keys.down = pressed(ImGuiKey_DownArrow);
  keys.activate =
      pressed_once(ImGuiKey_Enter) || pressed_once(ImGuiKey_KeyPadEnter) || pressed_once(ImGuiKey_Space);
  return keys;
}

}  // namespace

AppShell::AppShell(ScreenId start, AboutFacts about, Notices& notices, CardLibrary& cards,
                   TextureStore& textures, SoundCues& sounds, UsageService& usage,
                   PreferencesService& preferences)
    : navigator_(start),
      notices_(notices),
      cards_(cards),
      sounds_(sounds),
      usage_(usage),
      preferences_(preferences),
      pictures_(cards, textures, notices),
      stories_(sounds.assets(), notices),
      journey_player_(sounds.audio(), sounds.assets(), &notices) {
  screens_[ScreenId::Home] = std::make_unique<HomeScreen>(usage_, child_lock_, preferences_, presenter_switch_);
  screens_[ScreenId::SignIn] = std::make_unique<SignInScreen>(usage_);
  screens_[ScreenId::Settings] = std::make_unique<SettingsScreen>(usage_, preferences_, presenter_switch_);
  screens_[ScreenId::HandOver] = std::make_unique<HandOverScreen>(child_lock_);
  screens_[ScreenId::Unlock] = std::make_unique<UnlockScreen>(child_lock_);
  screens_[ScreenId::About] = std::make_unique<AboutScreen>(std::move(about));
  auto own_cards = std::make_unique<OwnCardsScreen>(cards, pictures_);
  OwnCardsScreen* editor = own_cards.get();
  screens_[ScreenId::OwnCards] = std::move(own_cards);
  const CardScreenKit kit{cards, pictures_, [this, editor](DeckId deck) {
                            editor->start(deck);
                            navigator_.open(ScreenId::OwnCards);
                          }};
  screens_[ScreenId::Feelings] = std::make_unique<FeelingsScreen>(kit);
  screens_[ScreenId::Animals] = std::make_unique<AnimalsScreen>(kit);
  screens_[ScreenId::Presence] = std::make_unique<PresenceScreen>(kit, tools_, sounds_);
  screens_[ScreenId::Timer] = std::make_unique<TimerScreen>(tools_, sounds_);
  screens_[ScreenId::Stick] = std::make_unique<StickScreen>(tools_, sounds_, pictures_);
  screens_[ScreenId::Journey] = std::make_unique<JourneyScreen>(stories_, journey_player_, pictures_);
  screens_[ScreenId::Ideas] = std::make_unique<IdeasScreen>();
  screens_[ScreenId::Welcome] = std::make_unique<WelcomeScreen>(preferences_);
}

Screen& AppShell::screen_for(ScreenId id) {
  return *screens_.at(id);
}

void AppShell::count_tool_open() {
  if (counted_generation_ == navigator_.generation()) return;
  counted_generation_ = navigator_.generation();
  const ScreenId shown = navigator_.current();
  if (shown == ScreenId::Home) tools_counted_.clear();
  const Tool* tool = tool_on_screen(shown);
  if (tool == nullptr || !tools_counted_.insert(shown).second) return;
  usage_.tool_opened(tool->key);
}

void AppShell::follow_language() {
  const std::string& wanted = preferences_.current().language;
  if (wanted == current_strings().code()) return;
  use_strings(load_strings(sounds_.assets(), wanted, notices_));
  cards_.reload_shipped_words();
  stories_.reload_words();
}

void AppShell::draw(const Fonts& fonts, float scale, FrameScheduler& scheduler,
                    std::chrono::steady_clock::time_point now,
                    std::vector<std::filesystem::path> dropped_files) {
  const ImGuiIO& io = ImGui::GetIO();
  const Rect viewport{0, 0, io.DisplaySize.x, io.DisplaySize.y};
  follow_language();
  if (const Look look = look_for(preferences_.current()); look != current_look()) {
    use_look(look);
    apply_theme(ImGui::GetStyle(), scale);  // ImGui's own colours (text boxes, scroll bars) follow
  }
  std::swap(previous_, current_);
  current_.clear(viewport);

  KeyPresses keys = read_key_presses(io);
  if (screen_for(navigator_.current()).takes_space_bar() && !focus_.ring_visible() && !io.WantTextInput &&
      ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Space), false))
    keys.activate = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
                    ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false);
  focus_.begin_frame(previous_, keys);
  const auto generation = navigator_.generation();
  const auto toasts_before = toast_.shown_count();
  const ScreenId left = navigator_.current();
  if (!io.WantTextInput && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) navigator_.back();
  // In child mode nothing but the tools opens, however it was asked for (a button, a key, a script).
  if (child_lock_.locked() && !open_in_child_mode(navigator_.current())) {
    navigator_.home();
    toast_.show(tr("shell.for-grown-ups"), now);
  }
  count_tool_open();

  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  constexpr ImGuiWindowFlags kSurface = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings |
                                        ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoNav |
                                        ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoScrollWithMouse;
  ImGui::Begin("##kitbag", nullptr, kSurface);
  std::optional<ScreenInventory::Point> pointer;
  if (ImGui::IsMousePosValid()) pointer = ScreenInventory::Point{io.MousePos.x, io.MousePos.y};
  FrameContext frame{fonts,
                     scale,
                     viewport,
                     current_,
                     focus_,
                     scheduler,
                     now,
                     navigator_,
                     toast_,
                     ImGui::GetWindowDrawList(),
                     previous_.scroll_area_for_keys(pointer, focus_.focused_id()),
                     std::move(dropped_files),
                     child_lock_.locked(),
                     preferences_.current().calm_motion,
                     preferences_.current().age};
  draw_page_background(frame.draw, viewport);
  keep_time(frame, tools_, sounds_);

  // Notices take their own strip at the bottom so they never cover a tool.
  const float margin = page_margin(frame, viewport.width);
  const float banner =
      notice_banner_height(frame, notices_, viewport.width - 2 * margin, viewport.height * 0.4f);
  Rect content = viewport;
  if (banner > 0) content.height -= banner + margin / 2;

  // Looked up after Escape, which may have changed the screen this frame.
  const ScreenId drawing = navigator_.current();
  Screen& screen = screen_for(drawing);
  Rect area = content;
  if (!navigator_.at_home()) {
    // Ideas for grown-ups on every tool; a child with the app sees only the tool.
    const Tool* tool = tool_on_screen(navigator_.current());
    const TopBar bar = top_bar(frame, content, screen.title(), tool != nullptr && !child_lock_.locked(),
                               screen.top_bar_action_width(frame));
    area = bar.below;
    if (bar.ideas_chosen) {
      this->screen<IdeasScreen>(ScreenId::Ideas).show_for(tool->id);
      navigator_.open(ScreenId::Ideas);
    }
  }
  screen.draw(frame, area);
  drawn_ = drawing;

  if (banner > 0)
    notice_banner(frame, notices_, {margin, content.bottom(), viewport.width - 2 * margin, banner});
  toast_view(frame, toast_, content);
  ImGui::End();

  if (navigator_.generation() != generation) {
    // Ideas lies over its tool, like a page of notes: reading them leaves a summary, or music
    // playing, just as it was.
    if (navigator_.current() != ScreenId::Ideas) screens_.at(left)->left();
    // A new screen: let it lay out over a couple of frames, and start keyboard focus afresh.
    scheduler.request_frames(2);
    focus_.screen_changed();
    // What the old screen said goes with it; what was said about the change itself ("Signed in",
    // "That part is for grown-ups") is shown on the new one.
    if (toast_.shown_count() == toasts_before) toast_.hide();
  }
}

void AppShell::draw_presenter(const Fonts& fonts, float scale, WindowSize size, WindowSize pixels,
                              FrameScheduler& scheduler, std::chrono::steady_clock::time_point now) {
  const Preferences& look = preferences_.current();
  // The screen the main window drew this frame: one opened by this frame's click has not drawn
  // yet, so its presentation waits a frame rather than show it unprepared.
  presenter_.draw({fonts, scale, size, pixels, scheduler, now, look.calm_motion, look.age}, screen_for(drawn_));
}

}  // namespace kitbag::ui
