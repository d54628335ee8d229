// Problems the user should know about (a missing font, an unreadable file), kept for the screen
// and passed to a sink as they happen, which in the app writes them to stderr.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace kitbag {

struct Notice {
  std::string title;   // short, calm: "The font could not be loaded"
  std::string detail;  // names the file and every path tried
};

class Notices {
 public:
  using Sink = std::function<void(const Notice&)>;

  explicit Notices(Sink sink = {}) : sink_(std::move(sink)) {}

  void add(Notice notice);  // one already held, word for word, is not added again
  void dismiss_all() { notices_.clear(); }
  const std::vector<Notice>& all() const { return notices_; }
  bool empty() const { return notices_.empty(); }

 private:
  Sink sink_;
  std::vector<Notice> notices_;
};

// A notice's detail from a loader's problems: the first few, one a line, then how many more.
std::string summarise_problems(const std::vector<std::string>& problems);

}  // namespace kitbag
