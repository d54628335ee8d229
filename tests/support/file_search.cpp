#include "tests/support/file_search.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>

namespace kitbag::test {
namespace {

namespace fs = std::filesystem;

std::string lower(std::string text) {
  for (char& c : text)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return text;
}

// A word as it might be written down: its bytes (as in ASCII or UTF-8), and as UTF-16 either way
// round. All lowercase, to be looked for in lowercased bytes: any mix of cases is found.
std::vector<std::string> forms_of(const std::string& word) {
  const std::string low = lower(word);
  std::string utf16le, utf16be;
  for (char c : low) {
    utf16le += std::string{c, '\0'};
    utf16be += std::string{'\0', c};
  }
  return {low, utf16le, utf16be};
}

}  // namespace

std::string read_bytes(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

bool holds(const std::string& bytes, const std::string& word) {
  const std::string lowered = lower(bytes);
  const auto forms = forms_of(word);
  return std::any_of(forms.begin(), forms.end(),
                     [&](const std::string& form) { return lowered.find(form) != std::string::npos; });
}

std::vector<std::string> places_holding(const fs::path& root, const std::string& word) {
  std::vector<std::string> found;
  std::error_code error;
  for (auto it = fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied, error);
       it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (error) break;
    const fs::path& path = it->path();
    if (holds(fs::relative(path, root).string(), word))
      found.push_back(path.string() + " (its name)");
    else if (it->is_regular_file() && holds(read_bytes(path), word))
      found.push_back(path.string());
  }
  EXPECT_FALSE(error) << root << ": " << error.message();
  return found;
}

}  // namespace kitbag::test
