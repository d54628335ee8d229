// The counts' status on the home screen's account bar, and the settings it opens, through real
// ImGui frames: where the counts are kept, and the collector's address refused with a reason or
// saved for the next start.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "platform/fakes/temp_dir.h"
#include "tests/support/ui_harness.h"
#include "tests/ui/usage_screens.h"

namespace kitbag {
namespace {

using test::UiHarness;

// Nothing answers on the discard port, so a try to send there fails at once, off the network.
constexpr std::string_view kLocalCollector = "http://127.0.0.1:9/kitbag";


// Selects what the address box holds and types over it, as a person would.
void type_address(UiHarness& ui, const std::string& address) {
  ui.click(ui_id::kSettingsAddress);
  ui.press({Key::Home});
  ui.press({Key::End, true});
  ui.type(address);
}

TEST(SettingsScreen, WithNoCollectorTheAccountBarSaysTheCountsAreSavedOnThisDevice) {
  TempDir data;
  UiHarness ui({.data_dir = data.path()});
  ui.settle();
  EXPECT_EQ(ui.target(ui_id::kSyncStatus).label, "Saved on this device");
  wait_for_first_status(ui);
  ui.frame();
  EXPECT_EQ(ui.target(ui_id::kSyncStatus).label, "Saved on this device")
      << "still, once the sender has looked: there is nowhere to send to";
}

TEST(SettingsScreen, WithNoDataFolderTheAccountBarSaysNothingIsCountedHere) {
  UiHarness ui;  // no data folder: counting is off, the tools are not
  ui.settle();
  EXPECT_EQ(ui.target(ui_id::kSyncStatus).label, "Not counted here");
  ui.click(ui_id::kSyncStatus);
  EXPECT_EQ(ui.navigator().current(), ScreenId::Settings);
  EXPECT_TRUE(
      ui.shown().shows_text("Counts cannot be kept on this computer, so nothing is counted or sent."));
  EXPECT_FALSE(ui.target(ui_id::kSettingsSave).enabled) << "there is nothing to send";
}

TEST(SettingsScreen, TheCountsStatusOpensSettingsWhichSayWhereTheCountsAre) {
  TempDir data;
  UiHarness ui({.data_dir = data.path()});
  ui.settle();
  ui.click(ui_id::kSyncStatus);
  ASSERT_EQ(ui.navigator().current(), ScreenId::Settings);
  wait_for_first_status(ui);
  ui.frame();
  EXPECT_TRUE(ui.shown().shows_text("No collector is set, so counts stay on this computer."));
  EXPECT_NE(ui.shown().find_by_id(ui_id::kSettingsAddress), nullptr);
  EXPECT_FALSE(ui.target(ui_id::kSettingsSendNow).enabled) << "nowhere to send to yet";
  ui.click(ui_id::kBack);
  EXPECT_EQ(ui.navigator().current(), ScreenId::Home);
}

TEST(SettingsScreen, AnInvalidAddressIsRefusedWithAReasonAndTheSavedOneKept) {
  TempDir data;
  {
    UiHarness ui({.start = ScreenId::Settings, .data_dir = data.path()});
    ui.settle();
    type_address(ui, std::string(kLocalCollector));
    ui.click(ui_id::kSettingsSave);
    ASSERT_EQ(ui.usage().collector_address(), kLocalCollector);

    type_address(ui, "kitbag.example.org");  // no scheme
    ui.click(ui_id::kSettingsSave);
    EXPECT_TRUE(ui.shown().shows_text("The address must start with https://")) << "says what is wrong";
    EXPECT_EQ(ui.usage().collector_address(), kLocalCollector) << "the saved one stays";

    type_address(ui, "https://someone:secret@kitbag.example.org");
    ui.click(ui_id::kSettingsSave);
    EXPECT_TRUE(ui.shown().shows_text("The address must not hold a user name or password."));
    EXPECT_EQ(ui.usage().collector_address(), kLocalCollector);

    // Leaving without saving drops what was typed, and says nothing of it next time.
    ui.click(ui_id::kBack);
    ui.click(ui_id::kSyncStatus);
    EXPECT_FALSE(ui.shown().shows_text("user name or password"));
    EXPECT_EQ(ui.usage().collector_address(), kLocalCollector);
  }
  UiHarness again({.start = ScreenId::Settings, .data_dir = data.path()});
  again.settle();
  EXPECT_EQ(again.usage().collector_address(), kLocalCollector) << "the refused ones were never saved";
  EXPECT_TRUE(again.notices().all().empty()) << "and the saved one is fine to use";
}

TEST(SettingsScreen, AValidAddressIsSavedAndRememberedNextTime) {
  TempDir data;
  {
    UiHarness ui({.data_dir = data.path()});
    ui.settle();
    ui.click(ui_id::kSyncStatus);
    type_address(ui, "  " + std::string(kLocalCollector) + "/  ");  // spaces and a trailing slash, as pasted
    ui.click(ui_id::kSettingsSave);
    EXPECT_TRUE(ui.shown().shows_text("Saved. Kitbag sends the counts there whenever it can."));
    EXPECT_EQ(ui.usage().collector_address(), kLocalCollector);
    EXPECT_TRUE(ui.target(ui_id::kSettingsSendNow).enabled) << "there is somewhere to send to now";
  }
  UiHarness again({.start = ScreenId::Settings, .data_dir = data.path()});
  again.settle();
  EXPECT_EQ(again.usage().collector_address(), kLocalCollector);
  EXPECT_FALSE(again.shown().shows_text("Saved.")) << "a message belongs to the save that made it";
}

TEST(SettingsScreen, ClearingTheAddressStopsSendingAndIsRemembered) {
  TempDir data;
  {
    UiHarness ui({.start = ScreenId::Settings, .data_dir = data.path()});
    ui.settle();
    type_address(ui, std::string(kLocalCollector));
    ui.click(ui_id::kSettingsSave);
    ASSERT_EQ(ui.usage().collector_address(), kLocalCollector);
    type_address(ui, " ");
    ui.click(ui_id::kSettingsSave);
    EXPECT_TRUE(ui.shown().shows_text("Saved: no collector, so counts stay on this computer."));
    EXPECT_EQ(ui.usage().collector_address(), "");
    EXPECT_FALSE(ui.target(ui_id::kSettingsSendNow).enabled);
  }
  UiHarness again({.data_dir = data.path()});
  again.settle();
  EXPECT_EQ(again.usage().collector_address(), "");
  EXPECT_EQ(again.target(ui_id::kSyncStatus).label, "Saved on this device");
}

TEST(SettingsScreen, AnAddressSetByTheEnvironmentIsShownButCannotBeChanged) {
  TempDir data;
  UiHarness ui(
      {.start = ScreenId::Settings, .data_dir = data.path(), .sync_url = std::string(kLocalCollector)});
  ui.settle();
  EXPECT_TRUE(ui.shown().shows_text("Set on this computer by KITBAG_SYNC_URL."));
  EXPECT_TRUE(ui.shown().shows_text(kLocalCollector));
  EXPECT_EQ(ui.shown().find_by_id(ui_id::kSettingsAddress), nullptr) << "no box to type in";
  EXPECT_FALSE(ui.target(ui_id::kSettingsSave).enabled);
  EXPECT_TRUE(ui.target(ui_id::kSettingsSendNow).enabled);
}

}  // namespace
}  // namespace kitbag
