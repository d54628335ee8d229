// Runs the real kitbag binary for end-to-end tests, on a private X server unless told otherwise.
#pragma once

#include <gtest/gtest.h>

#include "platform/fakes/temp_dir.h"
#include "tests/support/process.h"
#include "tests/support/xvfb_server.h"

namespace kitbag::test {

class KitbagE2eTest : public ::testing::Test {
 protected:
  // Runs kitbag with `args` on the test's display, its data in a temp folder unless set.
  ProcessResult kitbag(std::vector<std::string> args, ProcessOptions options = {}) {
    prepare(args, options);
    return run_process(args, options);
  }

  // The same, in the background.
  std::unique_ptr<BackgroundProcess> start_kitbag(std::vector<std::string> args,
                                                  ProcessOptions options = {}) {
    prepare(args, options);
    return std::make_unique<BackgroundProcess>(args, options);
  }

  // The same, with no display at all.
  ProcessResult kitbag_without_display(std::vector<std::string> args) {
    ProcessOptions options;
    prepare(args, options);
    options.set_env.erase("DISPLAY");
    options.unset_env.push_back("DISPLAY");
    return run_process(args, options);
  }

  std::filesystem::path default_data_dir() const { return home_.path() / "data" / "kitbag"; }

  // Writes a script file and returns its path.
  std::string script(const std::string& text) { return scratch_.write("test.kbs", text).string(); }

  void prepare(std::vector<std::string>& args, ProcessOptions& options) {
    if (!xvfb_) xvfb_ = std::make_unique<XvfbServer>();
    EXPECT_TRUE(xvfb_->ok()) << xvfb_->problem();
    options.set_env.emplace("DISPLAY", xvfb_->display());
    options.set_env.emplace("XDG_DATA_HOME", (home_.path() / "data").string());
    options.set_env.emplace("HOME", home_.path().string());
    options.unset_env.push_back("KITBAG_DATA_DIR");
    options.unset_env.push_back("KITBAG_ASSETS_DIR");
    options.unset_env.push_back("WAYLAND_DISPLAY");
    args.insert(args.begin(), KITBAG_BINARY);
  }

  std::unique_ptr<XvfbServer> xvfb_;
  TempDir home_;
  TempDir scratch_;
};

}  // namespace kitbag::test
