#include "platform/language_files.h"

#include <algorithm>
#include <filesystem>

#include "app/core/i18n/languages.h"
#include "platform/file_contents.h"

namespace kitbag {
namespace {

// Every language's files together are well under 1 MB; a file far larger is not one of them.
constexpr std::uintmax_t kMaxLanguageFileBytes = 4u * 1024 * 1024;

}  // namespace

LanguageLoad load_language(const AssetLocator& assets, std::string_view code) {
  LanguageLoad load;
  load.pack.code = std::string(code);
  auto folder = assets.find_folder("lang/" + std::string(code));
  if (!folder) {
    load.problems.push_back(folder.error());
    return load;
  }
  std::vector<std::filesystem::path> files;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(folder.value(), error))
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  if (error) load.problems.push_back(folder.value().string() + ": cannot be listed (" + error.message() + ")");
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    auto text = read_text_file(file, kMaxLanguageFileBytes);
    if (!text) {
      load.problems.push_back(text.error());
      continue;
    }
    read_language_file(text.value(), file.string(), load);
  }
  return load;
}

std::shared_ptr<const Strings> load_strings(const AssetLocator& assets, std::string_view code, Notices& notices) {
  LanguageLoad english = load_language(assets, kEnglish);
  if (!english.problems.empty())
    notices.add({"Some of the app's words could not be read", summarise_problems(english.problems)});
  if (find_language(code) == nullptr) {
    notices.add({"Kitbag Desk does not speak that language yet",
                 "\"" + std::string(code) + "\" is not one of its languages, so it is using English."});
    code = kEnglish;
  }
  if (code == kEnglish) return std::make_shared<const Strings>(english.pack, english.pack);
  LanguageLoad chosen = load_language(assets, code);
  if (!chosen.problems.empty())
    notices.add({"Some of the words in " + std::string(find_language(code)->own_name) +
                     " could not be read; English is shown for those",
                 summarise_problems(chosen.problems)});
  return std::make_shared<const Strings>(std::move(english.pack), std::move(chosen.pack));
}

}  // namespace kitbag
