// Runs a program to completion (or a time limit) and captures what it printed, for end-to-end tests.
#pragma once

#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace kitbag::test {

struct ProcessResult {
  int exit_code = -1;  // when it exited normally
  int signal = 0;      // when a signal ended it
  bool timed_out = false;
  std::string out;
  std::string err;
};

struct ProcessOptions {
  std::map<std::string, std::string> set_env;  // added to (or replacing in) this process's environment
  std::vector<std::string> unset_env;
  std::chrono::milliseconds time_limit{60'000};
  std::string working_dir;
};

ProcessResult run_process(const std::vector<std::string>& argv, const ProcessOptions& options = {});

// Starts a program in the background; for tests that signal it or read /proc while it runs.
class BackgroundProcess {
 public:
  BackgroundProcess(const std::vector<std::string>& argv, const ProcessOptions& options = {});
  ~BackgroundProcess();
  BackgroundProcess(const BackgroundProcess&) = delete;
  BackgroundProcess& operator=(const BackgroundProcess&) = delete;

  int pid() const { return pid_; }
  void send_signal(int signal) const;
  std::string output_so_far() const;  // what it has printed on stdout until now
  // Waits (up to `limit`) until its stdout contains `text`; false if it never did.
  bool wait_for_output(const std::string& text, std::chrono::milliseconds limit) const;
  // Waits for it to end, killing it after `limit`.
  ProcessResult wait(std::chrono::milliseconds limit);

 private:
  int pid_ = -1;
  std::string out_path_;
  std::string err_path_;
  bool reaped_ = false;
};

}  // namespace kitbag::test
