// The device's look-and-motion preferences as written to and read from their file: every value
// survives the round trip, and a damaged or unexpected file gives the standard choice for each
// field it cannot read, with a message naming the file and the field.
#include "app/core/preferences.h"

#include <gtest/gtest.h>

#include "tests/support/contains.h"

namespace kitbag {
namespace {

using test::Contains;

TEST(Preferences, EveryChoiceSurvivesBeingWrittenAndReadBack) {
  for (TextSize size : {TextSize::Standard, TextSize::Large, TextSize::Largest})
    for (int switches = 0; switches < 4; ++switches) {
      for (AgeMode age : {AgeMode::Any, AgeMode::Younger, AgeMode::Older}) {
        const Preferences chosen{size, (switches & 1) != 0, (switches & 2) != 0, age};
        const ReadPreferences read = preferences_from_json(preferences_to_json(chosen), "p.json");
        EXPECT_EQ(read.preferences, chosen) << preferences_to_json(chosen);
        EXPECT_TRUE(read.problems.empty()) << read.problems.front();
      }
    }
}

TEST(Preferences, TheFileSaysWhatItMeansInWords) {
  const std::string json = preferences_to_json({TextSize::Largest, true});
  EXPECT_TRUE(Contains(json, "\"text_size\": \"largest\""));
  EXPECT_TRUE(Contains(json, "\"calm_motion\": true"));
  EXPECT_TRUE(Contains(json, "\"high_contrast\": false"));
  EXPECT_TRUE(Contains(json, "\"schema\": 1"));
}

TEST(Preferences, AMissingFieldIsTheStandardChoiceWithoutComplaint) {
  const ReadPreferences read = preferences_from_json(R"({"schema": 1, "calm_motion": true})", "p.json");
  EXPECT_EQ(read.preferences, (Preferences{TextSize::Standard, true}));
  EXPECT_TRUE(read.problems.empty());
}

TEST(Preferences, AFieldThatCannotBeReadIsNamedAndTheOthersStillCount) {
  const ReadPreferences read =
      preferences_from_json(R"({"text_size": "huge", "calm_motion": true})", "/data/preferences.json");
  EXPECT_EQ(read.preferences, (Preferences{TextSize::Standard, true}));
  ASSERT_EQ(read.problems.size(), 1u);
  EXPECT_TRUE(Contains(read.problems[0], "/data/preferences.json"));
  EXPECT_TRUE(Contains(read.problems[0], "\"text_size\" is \"huge\""));
  EXPECT_TRUE(Contains(read.problems[0], "\"largest\""));

  const ReadPreferences wrong_type =
      preferences_from_json(R"({"calm_motion": "yes", "high_contrast": 1})", "p.json");
  EXPECT_FALSE(wrong_type.preferences.calm_motion);
  EXPECT_FALSE(wrong_type.preferences.high_contrast);
  ASSERT_EQ(wrong_type.problems.size(), 2u);
  EXPECT_TRUE(Contains(wrong_type.problems[0], "\"calm_motion\" is \"yes\"; it can be true or false"));
  EXPECT_TRUE(Contains(wrong_type.problems[1], "\"high_contrast\" is 1; it can be true or false"));
}

TEST(Preferences, NotAnObjectAtAllIsTheStandardChoiceAndSaysSo) {
  for (const char* text : {"", "{\"text_size\":", "[1, 2]", "\x89PNG\r\n"}) {
    const ReadPreferences read = preferences_from_json(text, "p.json");
    EXPECT_EQ(read.preferences, Preferences{}) << text;
    ASSERT_EQ(read.problems.size(), 1u) << text;
    EXPECT_TRUE(Contains(read.problems[0], "p.json: not a JSON object"));
  }
}

TEST(Preferences, AnUnknownFieldOrANewerSchemaIsMentionedButWhatIsKnownIsUsed) {
  const ReadPreferences read =
      preferences_from_json(R"({"schema": 2, "text_size": "large", "colour": "blue"})", "p.json");
  EXPECT_EQ(read.preferences.text_size, TextSize::Large);
  EXPECT_TRUE(read.problems.empty()) << "not damage";
  ASSERT_EQ(read.notes.size(), 2u);
  EXPECT_TRUE(Contains(read.notes[0], "\"schema\" is 2"));
  EXPECT_TRUE(Contains(read.notes[1], "\"colour\" is not a setting this version knows"));
}

TEST(Preferences, AnUnknownAgeIsNamedAndAnyAgeIsUsed) {
  const ReadPreferences read = preferences_from_json(R"({"age": "toddler"})", "p.json");
  EXPECT_EQ(read.preferences.age, AgeMode::Any);
  ASSERT_EQ(read.problems.size(), 1u);
  EXPECT_TRUE(
      Contains(read.problems[0], "\"age\" is \"toddler\"; it can be \"any\", \"younger\" or \"older\""));
}

TEST(Preferences, OlderChildrenGetSmallerTypeAtEachSize) {
  Preferences older{TextSize::Large, false, false, AgeMode::Older};
  EXPECT_FLOAT_EQ(look_scale(older), text_size_factor(TextSize::Large) * 0.9f);
  older.age = AgeMode::Younger;
  EXPECT_FLOAT_EQ(look_scale(older), text_size_factor(TextSize::Large))
      << "younger children's cards grow instead";
}

TEST(Preferences, EachTextSizeIsBiggerThanTheLast) {
  EXPECT_FLOAT_EQ(text_size_factor(TextSize::Standard), 1.0f);
  EXPECT_GT(text_size_factor(TextSize::Large), text_size_factor(TextSize::Standard));
  EXPECT_GT(text_size_factor(TextSize::Largest), text_size_factor(TextSize::Large));
}

}  // namespace
}  // namespace kitbag
