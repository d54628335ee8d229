// The core's sentences for people (a mistyped access code, a collector's address refused) come
// from the language files, as in the app. The core tests read them in English, as the app does
// when no other language is chosen, so they can say what a person would read.
#include <gtest/gtest.h>

#include "app/core/i18n/current_strings.h"
#include "app/core/notices.h"
#include "platform/asset_locator.h"
#include "platform/language_files.h"

namespace kitbag {
namespace {

class EnglishWords : public ::testing::Environment {
 public:
  void SetUp() override {
    Notices notices;
    use_strings(
        load_strings(AssetLocator({std::filesystem::path(KITBAG_SOURCE_DIR) / "assets"}), "en", notices));
    ASSERT_TRUE(notices.all().empty()) << notices.all().front().title << ": " << notices.all().front().detail;
  }
};

[[maybe_unused]] ::testing::Environment* const kEnglishWords =
    ::testing::AddGlobalTestEnvironment(new EnglishWords);

}  // namespace
}  // namespace kitbag
