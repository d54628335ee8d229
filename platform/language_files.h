// Reads a language's files from the assets (lang/<code>/*.json, in name order) and makes the
// app's words from them: the chosen language over English. A missing or damaged file is a
// notice naming it; the app still starts, in English where it must.
#pragma once

#include <memory>
#include <string_view>

#include "app/core/i18n/language_pack.h"
#include "app/core/i18n/strings.h"
#include "app/core/notices.h"
#include "platform/asset_locator.h"

namespace kitbag {

LanguageLoad load_language(const AssetLocator& assets, std::string_view code);

// `code` must be one of kLanguages; anything else is a notice and English.
std::shared_ptr<const Strings> load_strings(const AssetLocator& assets, std::string_view code, Notices& notices);

}  // namespace kitbag
