// Searching files for words that must never be written down (a child's name, an access code):
// in their bytes and their names, in any case, as ASCII/UTF-8 and as UTF-16 either way round.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace kitbag::test {

std::string read_bytes(const std::filesystem::path& file);
// True when `bytes` hold `word` in any of the forms above.
bool holds(const std::string& bytes, const std::string& word);
// Every file and folder under `root`, hidden ones too, whose name or contents hold `word`.
std::vector<std::string> places_holding(const std::filesystem::path& root, const std::string& word);

}  // namespace kitbag::test
