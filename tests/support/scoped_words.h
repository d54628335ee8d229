// The words a test speaks while it runs, put back as they were afterwards: the set in use is the
// whole process's, and a test binary run whole (not one test a process, as under ctest) must not
// leave the next test speaking another language, or none.
#pragma once

#include <memory>

#include "app/core/i18n/current_strings.h"

namespace kitbag::test {

class ScopedWords {
 public:
  explicit ScopedWords(std::shared_ptr<const Strings> words = nullptr) : before_(strings_in_use()) {
    use_strings(std::move(words));
  }
  ~ScopedWords() { use_strings(before_); }
  ScopedWords(const ScopedWords&) = delete;
  ScopedWords& operator=(const ScopedWords&) = delete;

 private:
  std::shared_ptr<const Strings> before_;
};

}  // namespace kitbag::test
