// The languages Kitbag Desk speaks, each named in its own words so a person can find theirs
// whatever language the screen is in now.
#pragma once

#include <array>
#include <string_view>

namespace kitbag {

struct Language {
  std::string_view code;      // "cy": the folder under assets/lang/ and the value of --lang
  std::string_view own_name;  // "Cymraeg"
};

inline constexpr std::string_view kEnglish = "en";
inline constexpr std::array kLanguages{
    Language{"en", "English"},
    Language{"cy", "Cymraeg"},
    Language{"pl", "Polski"},
};

const Language* find_language(std::string_view code);

}  // namespace kitbag
