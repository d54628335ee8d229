// A private X server for one test, on a display number the server picks itself (-displayfd),
// so tests running in parallel never race for one.
#pragma once

#include <string>

namespace kitbag::test {

class XvfbServer {
 public:
  explicit XvfbServer(int width = 1280, int height = 800);
  ~XvfbServer();
  XvfbServer(const XvfbServer&) = delete;
  XvfbServer& operator=(const XvfbServer&) = delete;

  const std::string& display() const { return display_; }  // e.g. ":3"
  bool ok() const { return !display_.empty(); }
  const std::string& problem() const { return problem_; }

 private:
  int pid_ = -1;
  std::string display_;
  std::string problem_;
};

// For tests in this process that open windows themselves: starts one server and points DISPLAY at it.
XvfbServer& shared_display();

}  // namespace kitbag::test
