// Signing in through real ImGui frames: finding and choosing the organisation, a code checked
// offline, the device remembering its organisation, carrying on as a guest, signing out and
// switching person; and what is counted, and never written down, as that happens.
#include <gtest/gtest.h>

#include "app/core/tool_catalog.h"
#include "app/ui/screens/sign_in_screen.h"
#include "app/usage/pseudonym.h"
#include "platform/fakes/temp_dir.h"
#include "tests/support/file_search.h"
#include "tests/support/ui_harness.h"
#include "tests/ui/usage_screens.h"

namespace kitbag {
namespace {

using test::counted;
using test::counted_for_people;
using test::imgui_text_box_memory;
using test::kLeeds;
using test::kLeedsName;
using test::sign_in_on_screen;
using test::stored_counts;
using test::UiHarness;
using test::valid_code;
using test::with_typo;

std::string pseudonym(std::string_view org, const std::string& code) {
  return pseudonym_for(org, normalise_access_code(code).value());
}

TEST(SignInScreen, SearchingChoosingAndAValidCodeSignsInWithThatOrganisation) {
  TempDir data;
  UiHarness ui({.data_dir = data.path()});
  ui.settle();
  ui.click(ui_id::kOpenSignIn);
  ASSERT_EQ(ui.navigator().current(), ScreenId::SignIn);

  ui.click(ui_id::kSignInOrg);
  ui.type("leeds");
  // The search narrows the list; "Another organisation" stays, so nobody is turned away.
  EXPECT_NE(ui.shown().find_by_id(ui_id::sign_in_org(kLeeds)), nullptr) << ui.shown().describe_targets();
  EXPECT_EQ(ui.shown().find_by_id(ui_id::sign_in_org("kent-county-council")), nullptr);
  EXPECT_NE(ui.shown().find_by_id(ui_id::sign_in_org(kOtherOrgId)), nullptr);
  ui.click(ui_id::sign_in_org(kLeeds));
  EXPECT_EQ(ui.screen<ui::SignInScreen>(ScreenId::SignIn).chosen_org(), kLeeds);
  EXPECT_TRUE(ui.shown().shows_text("Signing in with Leeds City Council."));

  const std::string code = valid_code();
  ui.click(ui_id::kSignInCode);
  ui.type(format_access_code(code));  // as printed for people, with its dash
  ui.click(ui_id::kSignInSubmit);

  EXPECT_EQ(ui.navigator().current(), ScreenId::Home) << "signing in goes back to the tools";
  ASSERT_TRUE(ui.usage().person().has_value());
  EXPECT_EQ(ui.usage().person()->org, kLeeds);
  EXPECT_EQ(ui.usage().person()->user, pseudonym(kLeeds, code))
      << "counted under the pseudonym, not the code";
  EXPECT_EQ(ui.usage().person_org_name(), kLeedsName);
  // The account bar says who, and offers signing out rather than in.
  EXPECT_TRUE(ui.shown().shows_text("Signed in with Leeds City Council"));
  EXPECT_NE(ui.shown().find_by_id(ui_id::kSignOut), nullptr);
  EXPECT_NE(ui.shown().find_by_id(ui_id::kSwitchPerson), nullptr);
  EXPECT_EQ(ui.shown().find_by_id(ui_id::kOpenSignIn), nullptr);

  const auto lines = stored_counts(data.path());
  EXPECT_EQ(counted(lines, pseudonym(kLeeds, code), kLeeds), 1) << "one session, counted once";
  EXPECT_EQ(counted_for_people(lines), 1) << "and nothing else";
}

TEST(SignInScreen, ACodeTypedInLowercaseWithSpacesAndMisreadLettersIsTheSameCode) {
  TempDir data;
  UiHarness ui({.start = ScreenId::SignIn, .data_dir = data.path()});
  ui.settle();
  const std::string code = valid_code("01KQ2M9XT");
  std::string typed = "oL" + code.substr(2, 3) + " " + code.substr(5);  // O for 0, L for 1
  for (char& c : typed) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  sign_in_on_screen(ui, "Leeds", kLeeds, typed);
  ASSERT_TRUE(ui.usage().person().has_value()) << typed << ": " << ui.shown().describe_targets();
  EXPECT_EQ(ui.usage().person()->user, pseudonym_for(kLeeds, code)) << "one person, however it is typed";
}

TEST(SignInScreen, ACodeWithATypoIsRefusedOfflineWithAReasonAndNothingIsCounted) {
  TempDir data;
  UiHarness ui({.start = ScreenId::SignIn, .data_dir = data.path()});  // no collector: offline
  ui.settle();
  const std::string typo = with_typo(valid_code());
  ASSERT_FALSE(normalise_access_code(typo).ok()) << "the test's typo must be one the check catches";
  sign_in_on_screen(ui, "Leeds", kLeeds, format_access_code(typo));

  EXPECT_EQ(ui.navigator().current(), ScreenId::SignIn) << "the person stays to correct it";
  EXPECT_FALSE(ui.usage().person().has_value());
  EXPECT_TRUE(ui.shown().shows_text("That code does not add up")) << "names the problem";
  EXPECT_TRUE(ui.shown().shows_text("Please check it against the one you were given."));
  const auto lines = stored_counts(data.path());
  EXPECT_EQ(counted_for_people(lines), 0);
  EXPECT_EQ(counted(lines, pseudonym_for(kLeeds, typo), kLeeds), 0) << "not even as the typo";

  // Typing again clears the message: it answered the last try, not this one.
  ui.click(ui_id::kSignInCode);
  ui.type("X");
  EXPECT_FALSE(ui.shown().shows_text("That code does not add up"));
}

TEST(SignInScreen, ACodeOfTheWrongLengthSaysHowLongCodesAre) {
  TempDir data;
  UiHarness ui({.start = ScreenId::SignIn, .data_dir = data.path()});
  ui.settle();
  sign_in_on_screen(ui, "Leeds", kLeeds, valid_code().substr(0, 9));
  EXPECT_FALSE(ui.usage().person().has_value());
  EXPECT_TRUE(ui.shown().shows_text("Access codes have 10 letters and digits; this one has 9."));
  EXPECT_EQ(counted_for_people(stored_counts(data.path())), 0);
}

TEST(SignInScreen, AValidCodeWithNoOrganisationChosenAsksForTheOrganisation) {
  TempDir data;  // a device never signed in to: nothing is chosen yet
  UiHarness ui({.start = ScreenId::SignIn, .data_dir = data.path()});
  ui.settle();
  EXPECT_TRUE(ui.screen<ui::SignInScreen>(ScreenId::SignIn).chosen_org().empty());
  ui.click(ui_id::kSignInCode);
  ui.type(valid_code());
  ui.click(ui_id::kSignInSubmit);
  EXPECT_FALSE(ui.usage().person().has_value());
  EXPECT_TRUE(ui.shown().shows_text("Please choose your organisation."));
  EXPECT_EQ(counted_for_people(stored_counts(data.path())), 0);
}

TEST(SignInScreen, WithNoDataFolderSigningInStillWorksAndNothingIsKept) {
  UiHarness ui({.start = ScreenId::SignIn});  // counting is off on this machine
  ui.settle();
  sign_in_on_screen(ui, "Leeds", kLeeds, valid_code());
  EXPECT_EQ(ui.navigator().current(), ScreenId::Home);
  ASSERT_TRUE(ui.usage().person().has_value());
  EXPECT_FALSE(ui.usage().counting());
  EXPECT_TRUE(ui.shown().shows_text("Signed in with Leeds City Council"));
  ui.click(ui_id::tile("timer"));
  EXPECT_EQ(ui.navigator().current(), ScreenId::Timer) << "and the tools are never blocked";
}

TEST(SignInScreen, TheDevicesLastOrganisationIsChosenAlreadyNextTime) {
  TempDir data;
  {
    UiHarness ui({.start = ScreenId::SignIn, .data_dir = data.path()});
    ui.settle();
    sign_in_on_screen(ui, "Leeds", kLeeds, valid_code());
    ASSERT_TRUE(ui.usage().person().has_value());
  }
  // The app starts again: nobody is signed in, but the device remembers where it was used.
  UiHarness ui({.data_dir = data.path()});
  ui.settle();
  EXPECT_FALSE(ui.usage().person().has_value()) << "a new start is a new session";
  EXPECT_EQ(ui.usage().last_org(), std::optional<std::string>(kLeeds));
  ui.click(ui_id::kOpenSignIn);
  EXPECT_EQ(ui.screen<ui::SignInScreen>(ScreenId::SignIn).chosen_org(), kLeeds);
  EXPECT_TRUE(ui.shown().shows_text("Signing in with Leeds City Council."));
  // It comes first in the list, in sight, though Leeds is far down the alphabet.
  const UiTarget* first = nullptr;
  for (const UiTarget& t : ui.shown().targets())
    if (t.id.starts_with(std::string(ui_id::kSignInOrg) + ":")) {
      first = &t;
      break;
    }
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->id, ui_id::sign_in_org(kLeeds));

  // So the code alone is enough.
  const std::string next = valid_code("9PQRSTVWX");
  ui.click(ui_id::kSignInCode);
  ui.type(next);
  ui.click(ui_id::kSignInSubmit);
  ASSERT_TRUE(ui.usage().person().has_value());
  EXPECT_EQ(ui.usage().person()->org, kLeeds);
  EXPECT_EQ(counted(stored_counts(data.path()), pseudonym(kLeeds, next), kLeeds), 1);
}

TEST(SignInScreen, CarryingOnWithoutSigningInLeavesEveryToolUsable) {
  TempDir data;
  UiHarness ui({.data_dir = data.path()});
  ui.settle();
  ui.click(ui_id::kOpenSignIn);
  ui.click(ui_id::kSignInGuest);
  EXPECT_EQ(ui.navigator().current(), ScreenId::Home);
  EXPECT_FALSE(ui.usage().person().has_value());
  EXPECT_TRUE(ui.shown().shows_text("Not signed in. Every tool works without it."));
  for (const Tool& tool : tools()) EXPECT_TRUE(ui.target(ui_id::tile(tool.key)).enabled) << tool.key;
  ui.click(ui_id::tile("feelings"));
  EXPECT_EQ(ui.navigator().current(), ScreenId::Feelings);
  // A guest is still seen in the counts, as a guest of a device never signed in to.
  const auto lines = stored_counts(data.path());
  EXPECT_EQ(counted(lines, kGuestUser, kUnknownOrg), 1);
  EXPECT_EQ(counted(lines, kGuestUser, kUnknownOrg, "feelings"), 1);
  EXPECT_EQ(counted_for_people(lines), 0);
}

TEST(SignInScreen, SignOutIsOneClickAndLeavesAGuest) {
  TempDir data;
  UiHarness ui({.start = ScreenId::SignIn, .data_dir = data.path()});
  ui.settle();
  sign_in_on_screen(ui, "Leeds", kLeeds, valid_code());
  ASSERT_TRUE(ui.usage().person().has_value());
  ui.click(ui_id::kSignOut);
  EXPECT_FALSE(ui.usage().person().has_value());
  EXPECT_EQ(ui.navigator().current(), ScreenId::Home) << "no questions, no other screen";
  EXPECT_TRUE(ui.shown().shows_text("Not signed in."));
  EXPECT_TRUE(ui.shown().shows_text("Signed out. The tools are all still here.")) << "a toast says so";
  EXPECT_NE(ui.shown().find_by_id(ui_id::kOpenSignIn), nullptr);
  EXPECT_EQ(ui.shown().find_by_id(ui_id::kSignOut), nullptr);
  // What is opened now is the guest's, counted with the device's organisation, not the person's.
  ui.click(ui_id::tile("animals"));
  const auto lines = stored_counts(data.path());
  EXPECT_EQ(counted(lines, pseudonym(kLeeds, valid_code()), kLeeds, "animals"), 0);
  EXPECT_EQ(counted(lines, kGuestUser, kLeeds, "animals"), 1);
}

TEST(SignInScreen, SwitchPersonSignsOutAndOpensSignInForTheNextOne) {
  TempDir data;
  UiHarness ui({.start = ScreenId::SignIn, .data_dir = data.path()});
  ui.settle();
  const std::string first = valid_code();
  sign_in_on_screen(ui, "Leeds", kLeeds, first);
  ASSERT_TRUE(ui.usage().person().has_value());
  ui.click(ui_id::kSwitchPerson);
  EXPECT_EQ(ui.navigator().current(), ScreenId::SignIn);
  EXPECT_FALSE(ui.usage().person().has_value()) << "the first person is signed out at once";
  EXPECT_EQ(ui.screen<ui::SignInScreen>(ScreenId::SignIn).chosen_org(), kLeeds) << "same device, same place";

  // The box is empty for the next person: typing their code alone gives exactly their code.
  const std::string second = valid_code("9PQRSTVWX");
  ui.click(ui_id::kSignInCode);
  ui.type(second);
  ui.click(ui_id::kSignInSubmit);
  ASSERT_TRUE(ui.usage().person().has_value()) << "the box held more than the new code";
  EXPECT_EQ(ui.usage().person()->user, pseudonym(kLeeds, second));
  const auto lines = stored_counts(data.path());
  EXPECT_EQ(counted(lines, pseudonym(kLeeds, first), kLeeds), 1);
  EXPECT_EQ(counted(lines, pseudonym(kLeeds, second), kLeeds), 1);
}

TEST(SignInScreen, SigningInSaysSoWithAToast) {
  TempDir data;
  UiHarness ui({.start = ScreenId::SignIn, .data_dir = data.path()});
  ui.settle();
  sign_in_on_screen(ui, "Leeds", kLeeds, valid_code());
  ASSERT_EQ(ui.navigator().current(), ScreenId::Home);
  // The account bar says "Signed in with Leeds City Council"; the toast adds the full stop.
  EXPECT_TRUE(ui.shown().shows_text("Signed in with Leeds City Council."));
}

TEST(SignInScreen, TheCodeDoesNotLingerInTheTextBoxAfterSigningIn) {
  TempDir data;
  UiHarness ui({.start = ScreenId::SignIn, .data_dir = data.path()});
  ui.settle();
  const std::string code = valid_code();
  sign_in_on_screen(ui, "Leeds", kLeeds, code);
  ASSERT_TRUE(ui.usage().person().has_value());
  // The screen's own copy, and ImGui's copy of the last box typed in and its undo record.
  EXPECT_FALSE(test::holds(imgui_text_box_memory(), code));
}

TEST(SignInCounting, OpeningAToolWhileSignedInAddsOneToolOpenToTheSession) {
  TempDir data;
  UiHarness ui({.start = ScreenId::SignIn, .data_dir = data.path()});
  ui.settle();
  const std::string code = valid_code();
  sign_in_on_screen(ui, "Leeds", kLeeds, code);
  const std::string user = pseudonym(kLeeds, code);
  ASSERT_EQ(counted(stored_counts(data.path()), user, kLeeds, "feelings"), 0);

  ui.click(ui_id::tile("feelings"));
  ASSERT_EQ(ui.navigator().current(), ScreenId::Feelings);
  auto lines = stored_counts(data.path());
  EXPECT_EQ(counted(lines, user, kLeeds, "feelings"), 1);
  EXPECT_EQ(counted(lines, user, kLeeds), 1) << "a tool opened in a session is not another session";
  EXPECT_EQ(counted(lines, kGuestUser, kLeeds, "feelings"), 0) << "it is the person's, not a guest's";

  // Back home and in again is a second open; choosing cards inside the tool is not counted.
  ui.click(ui_id::card("yellow"));
  ui.click(ui_id::kBack);
  ui.click(ui_id::tile("feelings"));
  lines = stored_counts(data.path());
  EXPECT_EQ(counted(lines, user, kLeeds, "feelings"), 2);
  EXPECT_EQ(counted(lines, user, kLeeds), 1);
  for (const UsageLine& line : lines)
    for (const auto& [tool, n] : line.tools) EXPECT_TRUE(tool == "feelings") << tool << " was counted";
}

TEST(SignInCounting, NothingTypedInTheCodeBoxIsWrittenToAnyFile) {
  TempDir data;
  const std::string code = valid_code();
  const std::string typo = with_typo(code);
  {
    UiHarness ui({.start = ScreenId::SignIn, .data_dir = data.path()});
    ui.settle();
    sign_in_on_screen(ui, "Leeds", kLeeds, format_access_code(typo));  // refused
    ui.click(ui_id::kSignInCode);
    ui.press({Key::Home});
    ui.press({Key::End, true});
    ui.type(format_access_code(code));
    ui.click(ui_id::kSignInSubmit);
    ASSERT_TRUE(ui.usage().person().has_value());
    ui.click(ui_id::tile("animals"));
    ui.click(ui_id::kBack);
    ui.click(ui_id::kSignOut);
    ASSERT_FALSE(std::filesystem::is_empty(data.path())) << "the counts are kept here";
    // While the app runs (its journal open) and after it has closed.
    for (const std::string& word : {code, format_access_code(code), typo, format_access_code(typo)})
      EXPECT_EQ(test::places_holding(data.path(), word), std::vector<std::string>{}) << word;
  }
  for (const std::string& word : {code, format_access_code(code), typo, format_access_code(typo)})
    EXPECT_EQ(test::places_holding(data.path(), word), std::vector<std::string>{}) << word;
  // The search can find what is there: the pseudonym it was counted under.
  EXPECT_NE(test::places_holding(data.path(), pseudonym(kLeeds, code)), std::vector<std::string>{});
}

}  // namespace
}  // namespace kitbag
