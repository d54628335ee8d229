// Stable IDs of the controls, shared by the screens that draw them and the tests and scripts
// that click them. They never change with wording or language.
#pragma once

#include <string>
#include <string_view>

namespace kitbag::ui_id {

inline constexpr std::string_view kBack = "nav:back";
inline constexpr std::string_view kAbout = "nav:about";
inline constexpr std::string_view kOpenSettings = "nav:settings";
inline constexpr std::string_view kDismissNotices = "notice:dismiss";

// A card on any cards screen: "card:owl". The card's own button to show it large: "card:owl:show".
inline std::string card(std::string_view card_id) {
  return "card:" + std::string(card_id);
}
inline std::string show_card(std::string_view card_id) {
  return card(card_id) + ":show";
}

// The cards screens' buttons.
inline constexpr std::string_view kColours = "cards:colours";
inline constexpr std::string_view kFaces = "cards:faces";
inline constexpr std::string_view kShowPicks = "cards:show-picks";
inline constexpr std::string_view kTurnBack = "cards:turn-back";
inline constexpr std::string_view kBackToTable = "cards:table";
inline constexpr std::string_view kPicturesUp = "cards:pictures-up";
inline constexpr std::string_view kWordsUp = "cards:words-up";
inline constexpr std::string_view kShuffle = "cards:shuffle";
inline constexpr std::string_view kPutBack = "cards:put-back";
inline constexpr std::string_view kDraw = "cards:draw";
inline constexpr std::string_view kNext = "cards:next";
inline constexpr std::string_view kPrevious = "cards:previous";
inline constexpr std::string_view kAllCards = "cards:all";
inline constexpr std::string_view kOneCard = "cards:one";
inline constexpr std::string_view kEditCards = "cards:edit";

// Making and changing cards (the "Your cards" screen).
inline constexpr std::string_view kEditorDeck = "editor:deck:";  // + deck name
inline constexpr std::string_view kEditorNew = "editor:new";
inline constexpr std::string_view kEditorTitle = "editor:title";
inline constexpr std::string_view kEditorText = "editor:text";
inline constexpr std::string_view kEditorColour = "editor:colour:";  // + swatch number
inline constexpr std::string_view kEditorPicture = "editor:picture";
inline constexpr std::string_view kEditorSave = "editor:save";
inline constexpr std::string_view kEditorReset = "editor:reset";
inline constexpr std::string_view kEditorRemove = "editor:remove";
inline constexpr std::string_view kEditorRemoveYes = "editor:remove-yes";  // asked after Remove
inline constexpr std::string_view kEditorCancel = "editor:cancel";

// The timer. Its one main button is start, pause or resume ("carry on"), as the timer stands.
inline constexpr std::string_view kTimerStart = "timer:start";
inline constexpr std::string_view kTimerPause = "timer:pause";
inline constexpr std::string_view kTimerResume = "timer:resume";
inline constexpr std::string_view kTimerReset = "timer:reset";
inline constexpr std::string_view kTimerAddMinute = "timer:add-minute";
inline constexpr std::string_view kTimerLonger = "timer:longer";
inline constexpr std::string_view kTimerShorter = "timer:shorter";
inline constexpr std::string_view kTimerDial = "timer:dial";
inline constexpr std::string_view kTimerDigits = "timer:digits";    // show or hide the numbers
inline constexpr std::string_view kTimerColours = "timer:colours";  // green, amber, red or one colour
inline constexpr std::string_view kTimerOpen = "timer:open";        // a compact timer's way to the full one
// A preset by its length in seconds: "timer:preset:300".
inline std::string timer_preset(int seconds) {
  return "timer:preset:" + std::to_string(seconds);
}
// Presence: time this card with the timer.
inline constexpr std::string_view kTimeThisCard = "cards:time-this";

// The talking stick.
inline constexpr std::string_view kStickPass = "stick:pass";
inline constexpr std::string_view kStickBegin = "stick:begin";        // from setting up to the circle
inline constexpr std::string_view kStickFewer = "stick:fewer";        // one person fewer
inline constexpr std::string_view kStickMore = "stick:more";          // one person more
inline constexpr std::string_view kStickTurnLength = "stick:turns:";  // + seconds, or "off"
inline constexpr std::string_view kStickSetUp = "stick:setup";        // back to setting up
inline constexpr std::string_view kStickClosing = "stick:closing";    // begin the closing round
inline constexpr std::string_view kStickFinish = "stick:finish";      // end: show the summary
inline constexpr std::string_view kStickClose = "stick:close";        // close the summary, forget all
// Person N (1 to 8, by seat): tapping gives them the stick. Their name box: "stick:name:N".
inline std::string stick_person(int seat) {
  return "stick:person:" + std::to_string(seat);
}
inline std::string stick_name(int seat) {
  return "stick:name:" + std::to_string(seat);
}
inline std::string stick_closer(int seat) {  // who has the closing turn
  return "stick:closer:" + std::to_string(seat);
}

// The Wonder Journey. Choosing: the full story, the short one, or the music alone.
inline constexpr std::string_view kJourneyFull = "journey:full";
inline constexpr std::string_view kJourneyShort = "journey:short";
inline constexpr std::string_view kJourneyMusic = "journey:music";
// The player. Its main button plays or pauses, as the player stands.
inline constexpr std::string_view kJourneyPlay = "journey:play";
inline constexpr std::string_view kJourneyPause = "journey:pause";
inline constexpr std::string_view kJourneyStop = "journey:stop";
inline constexpr std::string_view kJourneySeek = "journey:seek";        // the seek bar
inline constexpr std::string_view kJourneyRewind = "journey:rewind";    // back 15 seconds
inline constexpr std::string_view kJourneyForward = "journey:forward";  // on 15 seconds
inline constexpr std::string_view kJourneyQuieter = "journey:quieter";
inline constexpr std::string_view kJourneyLouder = "journey:louder";
inline constexpr std::string_view kJourneyFollow = "journey:follow";  // pages turn with the music
// The story's pages, and the way back to choosing.
inline constexpr std::string_view kJourneyNextPage = "journey:next";
inline constexpr std::string_view kJourneyPreviousPage = "journey:previous";
inline constexpr std::string_view kJourneyChoose = "journey:choose";

// Signing in. The organisation's search box, and each organisation listed: "signin:org:leeds".
inline constexpr std::string_view kSignInOrg = "signin:org";
inline std::string sign_in_org(std::string_view org_id) {
  return std::string(kSignInOrg) + ":" + std::string(org_id);
}
inline constexpr std::string_view kSignInCode = "signin:code";
inline constexpr std::string_view kSignInSubmit = "signin:submit";
inline constexpr std::string_view kSignInGuest = "signin:guest";  // carry on without signing in
// On the home screen: sign in, sign out, switch person (sign out and sign in as someone else).
inline constexpr std::string_view kOpenSignIn = "home:signin";
inline constexpr std::string_view kSignOut = "signout";
inline constexpr std::string_view kSwitchPerson = "signin:switch";
inline constexpr std::string_view kSyncStatus =
    "sync:status";  // "Saved on this device" or "Sent": opens settings

// Child mode.
inline constexpr std::string_view kHandToChild = "home:hand-to-child";
inline constexpr std::string_view kHandOverPin = "handover:pin";
inline constexpr std::string_view kHandOverStart = "handover:start";
inline constexpr std::string_view kGrownUps = "childmode:unlock";  // on home in child mode: the way out
inline constexpr std::string_view kUnlockPin = "unlock:pin";
inline constexpr std::string_view kUnlockSubmit = "unlock:submit";
inline constexpr std::string_view kUnlockHold = "unlock:hold";  // press and hold

// Settings: where the counts are sent.
inline constexpr std::string_view kSettingsAddress = "settings:address";
inline constexpr std::string_view kSettingsSave = "settings:save";
inline constexpr std::string_view kSettingsSendNow = "settings:send-now";
// How Kitbag looks: who it is for ("any", "younger", "older"), the size of everything
// ("standard", "large", "largest"), movement on or calm, and the usual colours or high contrast.
inline std::string settings_size(std::string_view size_key) {
  return "settings:size:" + std::string(size_key);
}
inline std::string settings_age(std::string_view age_key) {
  return "settings:age:" + std::string(age_key);
}
inline constexpr std::string_view kSettingsMotionOn = "settings:motion:on";
inline constexpr std::string_view kSettingsMotionCalm = "settings:motion:calm";
inline constexpr std::string_view kSettingsColoursUsual = "settings:colours:usual";
inline constexpr std::string_view kSettingsColoursContrast = "settings:colours:contrast";
inline std::string settings_language(std::string_view code) {
  return "settings:language:" + std::string(code);
}
inline constexpr std::string_view kSettingsLettersUsual = "settings:letters:usual";
inline constexpr std::string_view kSettingsLettersEasyRead = "settings:letters:easy-read";

// The presenter view: a second window for a video call, opened and closed from home.
inline constexpr std::string_view kPresenter = "home:presenter";

// Ideas for using each tool, from the top bar of every tool.
inline constexpr std::string_view kOpenIdeas = "nav:ideas";
inline std::string ideas_tool(std::string_view tool_key) {
  return "ideas:tool:" + std::string(tool_key);
}

// The first-run welcome: offered on home, and its tour, whose tools open straight from it.
inline constexpr std::string_view kWelcomeTour = "welcome:tour";
inline constexpr std::string_view kWelcomeDismiss = "welcome:dismiss";
inline constexpr std::string_view kWelcomeStart = "welcome:start";
inline constexpr std::string_view kWelcomeAgain = "about:welcome";
inline std::string welcome_tool(std::string_view tool_key) {
  return "welcome:tool:" + std::string(tool_key);
}

// A home screen tile, from the tool's key: "tile:animals".
inline std::string tile(std::string_view tool_key) {
  return "tile:" + std::string(tool_key);
}

}  // namespace kitbag::ui_id
