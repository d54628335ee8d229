// The event-driven loop with a fake window and clock: frames only when something happens,
// none at rest, scripts and --quit-after, and waking from another thread.
#include "app/kitbag_app.h"
#include "app/usage_service.h"

#include <gtest/gtest.h>

#include <imgui.h>

#include <thread>

#include "app/core/i18n/current_strings.h"
#include "app/core/ui_ids.h"
#include "app/ui/imgui_session.h"
#include "platform/fakes/fake_audio.h"
#include "platform/fakes/fake_texture_store.h"
#include "platform/fakes/fake_window.h"
#include "platform/fakes/temp_dir.h"
#include "platform/language_files.h"
#include "platform/png_codec.h"

namespace kitbag {
namespace {

using namespace std::chrono_literals;

// As the app starts: the words (in English) before the cards, whose shipped words are among them.
bool use_english(const AssetLocator& assets, Notices& notices) {
  use_strings(load_strings(assets, "en", notices));
  return true;
}

class AppLoopTest : public ::testing::Test {
 protected:
  KitbagApp make_app(Options options = {}, const char* script = nullptr,
                     std::optional<ui::PreparedFonts> fonts = std::nullopt) {
    AppSetup setup;
    setup.fonts = std::move(fonts);
    setup.options = options;
    if (script != nullptr) {
      auto parsed = parse_script(script, "loop.kbs");
      EXPECT_TRUE(parsed.ok()) << parsed.error();
      setup.script = parsed.value();
    }
    setup.about = {"test", "/tmp/none"};
    return KitbagApp(setup, fonts_, notices_, cards_, textures_, sounds_, usage_);
  }

  ui::ImGuiSession imgui_;
  FakeClock clock_;
  FakeWindow window_{clock_, {1024, 600}};
  AssetLocator assets_{{std::filesystem::path(KITBAG_SOURCE_DIR) / "assets"}};
  ui::FontLibrary fonts_{assets_};
  Notices notices_;
  // English before the cards, as the app loads them: the shipped cards' words are in its files.
  bool words_read_ = use_english(assets_, notices_);
  UsageService usage_{assets_, notices_, {}};  // no data folder: nothing is counted
  CardLibrary cards_{assets_, std::nullopt, notices_};
  FakeTextureStore textures_;
  FakeAudio audio_;
  SoundCues sounds_{audio_, assets_, notices_};
};

TEST_F(AppLoopTest, FontsBuiltAheadForTheRightScaleAreUsedAsTheyAre) {
  Notices ignored;
  ui::PreparedFonts prepared{
      fonts_.build(*ImGui::GetIO().Fonts, 0.9f, ignored), 0.9f, {}};  // 1024x600 is 0.9
  ImFont* body = prepared.fonts.body;
  KitbagApp app = make_app({}, nullptr, prepared);
  app.run(window_, clock_);
  EXPECT_EQ(ImGui::GetIO().FontDefault, body);
}

TEST_F(AppLoopTest, FontsBuiltAheadForAnotherScaleAreRebuilt) {
  Notices ignored;
  ui::PreparedFonts prepared{fonts_.build(*ImGui::GetIO().Fonts, 2.0f, ignored), 2.0f, {}};
  KitbagApp app = make_app({}, nullptr, prepared);
  app.run(window_, clock_);
  EXPECT_FLOAT_EQ(ImGui::GetIO().FontDefault->FontSize, 0.9f * ui::kBodySize);
}

TEST_F(AppLoopTest, AtRestItDrawsNothingAndSleepsUntilInput) {
  KitbagApp app = make_app();
  EXPECT_EQ(app.run(window_, clock_), 0);  // the fake closes when the loop goes idle
  EXPECT_EQ(window_.frames_presented(), FrameScheduler::kSettleFrames);
  EXPECT_EQ(window_.idle_waits(), 1);
  ASSERT_FALSE(window_.waits().empty());
  EXPECT_EQ(window_.waits().back(), std::nullopt) << "no timeout: no polling at rest";
}

TEST_F(AppLoopTest, EachInputEarnsAFewFramesThenRestAgain) {
  window_.queue(FakeWindow::Event::Input, 1s);
  window_.queue(FakeWindow::Event::Input, 30s);
  window_.queue(FakeWindow::Event::Close, 60s);
  KitbagApp app = make_app();
  app.run(window_, clock_);
  EXPECT_EQ(window_.frames_presented(), 3 * FrameScheduler::kSettleFrames);
  for (const auto& wait : window_.waits()) EXPECT_EQ(wait, std::nullopt) << "between inputs it sleeps";
}

TEST_F(AppLoopTest, QuitAfterSleepsRatherThanPolls) {
  Options options;
  options.quit_after_seconds = 2.0;
  window_.set_block_when_idle(true);
  const auto start = clock_.now();
  KitbagApp app = make_app(options);
  EXPECT_EQ(app.run(window_, clock_), 0);
  EXPECT_GE(clock_.now() - start, 2s);
  EXPECT_EQ(window_.frames_presented(), FrameScheduler::kSettleFrames);
  ASSERT_FALSE(window_.waits().empty());
  EXPECT_GT(*window_.waits().front(), 1s) << "one long sleep until the deadline";
}

TEST_F(AppLoopTest, AScriptClicksExpectsAndSavesAScreenshot) {
  TempDir dir;
  const std::string shot = (dir.path() / "about.png").string();
  const std::string script = "click About\nexpect About Kitbag Desk\nscreenshot " + shot + "\nquit\n";
  KitbagApp app = make_app({}, script.c_str());
  EXPECT_EQ(app.run(window_, clock_), 0);
  EXPECT_NE(app.shell().shown().find_by_id(ui_id::kBack), nullptr);
  auto image = read_png_file(shot);
  ASSERT_TRUE(image.ok()) << image.error();
  EXPECT_EQ(image.value().width, 1024);
  EXPECT_EQ(image.value().height, 600);
}

TEST_F(AppLoopTest, AScriptCutShortByQuitAfterFails) {
  Options options;
  options.quit_after_seconds = 1.0;
  KitbagApp app = make_app(options, "wait 3\nexpect dragon\n");
  EXPECT_EQ(app.run(window_, clock_), kExitScriptFailed);
}

TEST_F(AppLoopTest, AScriptCutShortByClosingTheWindowFails) {
  window_.queue(FakeWindow::Event::Close, 500ms);
  KitbagApp app = make_app({}, "wait 3\n");
  EXPECT_EQ(app.run(window_, clock_), kExitScriptFailed);
}

TEST_F(AppLoopTest, FilesDroppedOnTheWindowReachTheScreen) {
  Options options;
  options.screen = ScreenId::OwnCards;
  window_.drop({"/home/carer/Pictures/our-dog.png"});
  KitbagApp app = make_app(options, "expect Picture chosen: our-dog.png\n");
  EXPECT_EQ(app.run(window_, clock_), 0);
}

TEST_F(AppLoopTest, AFailingScriptExitsOne) {
  KitbagApp app = make_app({}, "click Lions\n");
  EXPECT_EQ(app.run(window_, clock_), kExitScriptFailed);
}

TEST_F(AppLoopTest, AnotherThreadCanStopASleepingLoop) {
  window_.set_block_when_idle(true);
  std::atomic<bool> stop{false};
  std::thread stopper([&] {
    window_.wait_until_idle();
    stop.store(true);
    window_.wake();
  });
  KitbagApp app = make_app();
  EXPECT_EQ(app.run(window_, clock_, &stop), 0);
  stopper.join();
  EXPECT_EQ(window_.idle_waits(), 1) << "it was asleep, and woke only to stop";
}

TEST_F(AppLoopTest, AToastDrawsWhileFadingAndNotWhileItStays) {
  // A one-second timer left to end on the home screen says so with a toast.
  Options options;
  options.screen = ScreenId::Timer;
  options.timer_seconds = 1;
  KitbagApp app = make_app(options, "click timer:start\nclick nav:back\nwait 6\n");
  EXPECT_EQ(app.run(window_, clock_), 0);
  const auto times = window_.frame_times();
  ASSERT_GT(times.size(), 10u);
  std::chrono::steady_clock::duration longest_gap{};
  for (std::size_t i = 1; i < times.size(); ++i) longest_gap = std::max(longest_gap, times[i] - times[i - 1]);
  EXPECT_GE(longest_gap, Toast::kHold - 200ms) << "while the message stays, nothing is drawn";
  // Without the toast the loop would sleep from the timer's end to the script's: five seconds.
  EXPECT_LE(longest_gap, Toast::kHold + 300ms) << "the toast fading out wakes it";
  EXPECT_LT(times.size(), 60u);
  EXPECT_EQ(app.shell().navigator().current(), ScreenId::Home);
  EXPECT_FALSE(app.shell().shown().shows_text("The timer has finished")) << "faded out by the end";
}

TEST_F(AppLoopTest, PresenterOpensAtStartAndIsShownEveryFrameTheMainWindowIs) {
  Options options;
  options.presenter = true;
  KitbagApp app = make_app(options);
  app.run(window_, clock_);
  EXPECT_FALSE(window_.presenter().open) << "closed with the app";
  EXPECT_GT(window_.presenter().pictures_shown, 0);
  EXPECT_EQ(window_.presenter().pictures_shown, window_.frames_presented());
  EXPECT_GT(window_.presenter().last_vertices, 0);
  EXPECT_FLOAT_EQ(window_.presenter().last_display_size.x, 960);
}

TEST_F(AppLoopTest, ClosingThePresenterWindowClosesOnlyIt) {
  Options options;
  options.presenter = true;
  options.screen = ScreenId::Timer;
  // Its close button is pressed as soon as it is open; the session in the main window goes on.
  window_.presenter().close_requested = true;
  KitbagApp app = make_app(options, "wait 0.5\n");
  EXPECT_EQ(app.run(window_, clock_), 0);
  EXPECT_EQ(window_.presenter().pictures_shown, 1) << "shown once, then closed";
  EXPECT_FALSE(app.shell().presenter_open());
  EXPECT_FALSE(window_.presenter().open);
  EXPECT_EQ(app.shell().navigator().current(), ScreenId::Timer);
  EXPECT_GT(window_.frames_presented(), 2);
}

TEST_F(AppLoopTest, APresenterThatCannotOpenIsANoticeAndTheAppCarriesOn) {
  Options options;
  options.presenter = true;
  window_.set_refuse_presenter(true);
  KitbagApp app = make_app(options, "expect Kitbag\n");
  EXPECT_EQ(app.run(window_, clock_), 0);
  EXPECT_FALSE(app.shell().presenter_open());
  ASSERT_FALSE(notices_.all().empty());
  EXPECT_NE(notices_.all().back().detail.find("could not be opened"), std::string::npos);
}

TEST_F(AppLoopTest, AScriptSavesThePresenterWindowsPicture) {
  TempDir dir;
  const std::string shot = (dir.path() / "presenter.png").string();
  Options options;
  options.presenter = true;
  KitbagApp app = make_app(options, ("presenter-screenshot " + shot + "\nquit\n").c_str());
  EXPECT_EQ(app.run(window_, clock_), 0);
  auto image = read_png_file(shot);
  ASSERT_TRUE(image.ok()) << image.error();
  EXPECT_EQ(image.value().width, 960);
  EXPECT_EQ(image.value().height, 640);
}

TEST_F(AppLoopTest, APresenterScreenshotWithThePresenterClosedFailsSayingSo) {
  TempDir dir;
  KitbagApp app = make_app({}, ("presenter-screenshot " + (dir.path() / "p.png").string() + "\n").c_str());
  testing::internal::CaptureStderr();
  EXPECT_EQ(app.run(window_, clock_), kExitScriptFailed);
  EXPECT_NE(testing::internal::GetCapturedStderr().find("presenter view is not open"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "p.png"));
}

TEST_F(AppLoopTest, APresenterWindowMinimisedIsNotDrawnAndTheMainOneGoesOn) {
  Options options;
  options.presenter = true;
  window_.presenter().minimised = true;
  window_.queue(FakeWindow::Event::Input, 100ms);
  KitbagApp app = make_app(options, "wait 0.5\n");
  EXPECT_EQ(app.run(window_, clock_), 0);
  EXPECT_EQ(window_.presenter().pictures_shown, 0);
  EXPECT_GT(window_.frames_presented(), 2);
  EXPECT_TRUE(app.shell().presenter_open()) << "still open, only out of sight";
}

TEST_F(AppLoopTest, ThePresenterWindowIsNamedInTheLanguageInUse) {
  Options options;
  options.presenter = true;
  KitbagApp app = make_app(options, "wait 0.1\n");
  app.run(window_, clock_);
  EXPECT_EQ(window_.presenter().title, tr("presenter.window-title"));
  EXPECT_FALSE(window_.presenter().title.empty());
}

}  // namespace
}  // namespace kitbag
