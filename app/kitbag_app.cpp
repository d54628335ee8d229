#include "app/kitbag_app.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <iostream>

#include "app/core/i18n/current_strings.h"
#include "app/core/seconds.h"
#include "app/core/ui_scale.h"
#include "app/ui/screens/journey_screen.h"
#include "app/ui/theme.h"
#include "platform/memory.h"
#include "platform/png_codec.h"

namespace kitbag {

KitbagApp::KitbagApp(AppSetup setup, ui::FontLibrary& fonts, Notices& notices, CardLibrary& cards,
                     TextureStore& textures, SoundCues& sounds, UsageService& usage)
    : options_(std::move(setup.options)),
      notices_(notices),
      usage_(usage),
      font_library_(fonts),
      prepared_fonts_(std::move(setup.fonts)),
      own_preferences_(setup.preferences
                           ? std::nullopt
                           : std::optional<PreferencesService>(std::in_place, std::nullopt, notices)),
      preferences_(setup.preferences ? *setup.preferences : *own_preferences_),
      shell_(options_.screen, std::move(setup.about), notices, cards, textures, sounds, usage, preferences_) {
  if (setup.script) runner_.emplace(std::move(*setup.script));
  shell_.set_presenter_open(options_.presenter);
  if (options_.timer_seconds) shell_.tools().timer.set_length(std::chrono::seconds(*options_.timer_seconds));
  if (options_.journey || options_.play)
    shell_.screen<ui::JourneyScreen>(ScreenId::Journey)
        .open_on_first_draw(options_.journey.value_or(preferences_.current().age == AgeMode::Younger
                                                          ? JourneyChoice::ShortStory
                                                          : JourneyChoice::FullStory),
                            options_.play);
}

void KitbagApp::use_fonts(const ui::Fonts& fonts, float scale, ui::Typeface typeface) {
  fonts_ = fonts;
  font_typeface_ = typeface;
  ImGui::GetIO().FontDefault = fonts_.body;
  ui::apply_theme(ImGui::GetStyle(), scale);
  font_scale_ = scale;
  release_font_pixels_ = true;
}

float KitbagApp::wanted_scale(const Window& window) const {
  return ui_scale(window.content_scale(), window.framebuffer_size(), preferences_.current());
}

void KitbagApp::build_fonts(float scale, ui::Typeface typeface) {
  use_fonts(font_library_.build(*ImGui::GetIO().Fonts, scale, notices_, typeface), scale, typeface);
}

void KitbagApp::capture(const std::string& path, const Image& picture, bool visible) {
  runner_->capture_finished(visible ? write_png_file(path, picture)
                                    : Status(Error{"the window is minimised, so there is no picture to save"}));
}

void KitbagApp::follow_presenter(Window& window) {
  if (presenter_ && presenter_->close_requested()) shell_.set_presenter_open(false);
  if (!shell_.presenter_open()) {
    presenter_.reset();
    return;
  }
  if (presenter_) {
    // Named in the language in use: the name a video call lists it by.
    if (presenter_language_ != current_strings().code()) {
      presenter_language_ = current_strings().code();
      presenter_->set_title(tr("presenter.window-title"));
    }
    return;
  }
  PresenterConfig config;
  config.title = tr("presenter.window-title");
  config.background_rgb = ui::kPageRgb;
  auto opened = window.open_presenter(config);
  if (!opened) {
    shell_.set_presenter_open(false);
    notices_.add({tr("presenter.cannot-open"), opened.error()});
    return;
  }
  presenter_ = std::move(opened).value();
  presenter_language_ = current_strings().code();
  // Its first picture, and a couple more while its window settles on the desktop.
  scheduler_.request_frames(3);
}

int KitbagApp::run(Window& window, const Clock& clock, const std::atomic<bool>* stop) {
  // The counts are sent on their own thread; when what the screen says of them changes, it wakes the loop.
  usage_.set_changed_callback([this, &window] {
    scheduler_.request_frame_from_any_thread();
    window.wake();
  });
  const int exit_code = loop(window, clock, stop);
  usage_.set_changed_callback({});
  presenter_.reset();  // before the main window, whose context it shares
  return exit_code;
}

int KitbagApp::loop(Window& window, const Clock& clock, const std::atomic<bool>* stop) {
  const float scale = wanted_scale(window);
  const ui::Typeface typeface = ui::typeface_for(preferences_.current());
  if (prepared_fonts_ && std::abs(prepared_fonts_->scale - scale) < 0.01f && prepared_fonts_->typeface == typeface) {
    use_fonts(prepared_fonts_->fonts, scale, typeface);
  } else {
    build_fonts(scale, typeface);  // the window came out another size than planned (a tiling window manager, say)
  }
  prepared_fonts_.reset();
  std::optional<Clock::TimePoint> quit_at;
  if (options_.quit_after_seconds) quit_at = clock.now() + to_duration(*options_.quit_after_seconds);

  while (true) {
    const auto now = clock.now();
    const bool closing =
        window.should_close() || (stop != nullptr && stop->load()) || (quit_at && now >= *quit_at);
    if (runner_) {
      if (runner_->state() == ScriptRunner::State::Failed) {
        std::cerr << "kitbag: script failed at " << runner_->failure() << "\n";
        return kExitScriptFailed;
      }
      // A script cut short did not pass, whatever closed the app.
      if (closing && runner_->state() == ScriptRunner::State::Running) {
        std::cerr << "kitbag: the app closed before the script finished, at " << runner_->current_step()
                  << "\n";
        return kExitScriptFailed;
      }
      if (runner_->state() == ScriptRunner::State::Finished) return 0;
    }
    if (closing) return 0;

    if (!scheduler_.frame_due(now)) {
      auto budget = scheduler_.time_until_due(now);
      if (quit_at) budget = budget ? std::min(*budget, *quit_at - now) : *quit_at - now;
      std::optional<std::chrono::nanoseconds> timeout;
      if (budget)
        timeout = std::chrono::duration_cast<std::chrono::nanoseconds>(
            std::max(*budget, Clock::TimePoint::duration::zero()));
      if (window.wait_events(timeout)) scheduler_.note_input();
      continue;
    }
    draw_frame(window, now);
  }
}

void KitbagApp::draw_frame(Window& window, Clock::TimePoint now) {
  ImGuiIO& io = ImGui::GetIO();
  // Resized, moved to a monitor with another scale, or another text size or letters chosen:
  // rebuild the fonts so text stays sharp.
  const float scale = wanted_scale(window);
  const ui::Typeface typeface = ui::typeface_for(preferences_.current());
  if (!window.minimised() && (std::abs(scale - font_scale_) > 0.01f || typeface != font_typeface_)) {
    build_fonts(scale, typeface);
    window.reload_fonts();
  }

  follow_presenter(window);
  scheduler_.begin_frame(now);
  window.begin_frame();
  if (runner_) {
    injector_.apply(io, runner_->input_for_frame());
    if (runner_->wants_frame()) scheduler_.note_input();  // scripted input settles like real input
  }
  ImGui::NewFrame();
  shell_.draw(fonts_, font_scale_, scheduler_, now, window.take_dropped_files());
  const bool presenting = presenter_ && !presenter_->minimised();
  if (presenting)
    shell_.draw_presenter(fonts_, font_scale_, presenter_->size(), presenter_->framebuffer_size(), scheduler_,
                          now);
  ImGui::Render();

  // Minimised, the logic still runs on time; there is just nothing to show.
  const bool visible = !window.minimised();
  if (visible) window.render_frame();
  const std::optional<std::string> capture_path = runner_ ? runner_->capture_path() : std::nullopt;
  const bool capture_presenter = capture_path && runner_->capture_is_of_presenter();
  if (capture_path && !capture_presenter) capture(*capture_path, visible ? window.read_frame() : Image{}, visible);
  if (visible) window.present();
  if (presenting) {
    Image picture;
    presenter_->show(shell_.presenter_picture(), capture_presenter ? &picture : nullptr);
    if (capture_presenter) capture(*capture_path, picture, true);
  } else if (capture_presenter) {
    runner_->capture_finished(Error{presenter_ ? "the presenter view's window is minimised, so there is no picture to save"
                                               : "the presenter view is not open (--presenter, or Home's button)"});
  }
  scheduler_.end_frame(now);
  ++frames_drawn_;

  if (frames_drawn_ == 1 && options_.report_first_frame) {
    const auto since_epoch = std::chrono::system_clock::now().time_since_epoch();
    std::cout << "first_frame_unix_ns="
              << std::chrono::duration_cast<std::chrono::nanoseconds>(since_epoch).count() << std::endl;
  }
  if (release_font_pixels_) {
    // The atlas is on the graphics card now; its pixels in RAM are no longer needed.
    io.Fonts->ClearTexData();
    return_free_memory_to_system();
    release_font_pixels_ = false;
  }

  if (runner_) {
    runner_->after_frame(shell_.shown(), scheduler_.settled(), now);
    if (runner_->wants_frame()) scheduler_.request_frames(1);
    if (auto wake = runner_->wake_at()) scheduler_.redraw_at(*wake);
  }
}

}  // namespace kitbag
