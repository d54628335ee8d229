#include "tests/support/xvfb_server.h"

#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <vector>

extern char** environ;

namespace kitbag::test {

XvfbServer::XvfbServer(int width, int height) {
  int pipe_fds[2];
  if (pipe(pipe_fds) != 0) {
    problem_ = "pipe failed";
    return;
  }
  const std::string fd_text = std::to_string(pipe_fds[1]);
  const std::string screen = std::to_string(width) + "x" + std::to_string(height) + "x24";
  std::vector<std::string> args = {"Xvfb", "-displayfd", fd_text, "-screen", "0",
                                   screen, "-nolisten",  "tcp",   "-noreset"};
  std::vector<char*> argv;
  for (auto& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addclose(&actions, pipe_fds[0]);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", 01 /*O_WRONLY*/, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", 01 /*O_WRONLY*/, 0);
  const int error = posix_spawnp(&pid_, "Xvfb", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(pipe_fds[1]);
  if (error != 0) {
    close(pipe_fds[0]);
    pid_ = -1;
    problem_ = "Xvfb could not be started (is the xvfb package installed? scripts/install-deps test)";
    return;
  }

  // Xvfb writes its display number, then a newline, once it accepts connections.
  std::string number;
  pollfd waiting{pipe_fds[0], POLLIN, 0};
  while (poll(&waiting, 1, 15'000) > 0) {
    char c = 0;
    if (read(pipe_fds[0], &c, 1) != 1 || c == '\n') break;
    number += c;
  }
  close(pipe_fds[0]);
  if (number.empty()) {
    problem_ = "Xvfb started but did not report a display";
    return;
  }
  display_ = ":" + number;
}

XvfbServer::~XvfbServer() {
  if (pid_ > 0) {
    kill(pid_, SIGTERM);
    waitpid(pid_, nullptr, 0);
  }
}

XvfbServer& shared_display() {
  // A function-local static: its destructor stops the server when the test process exits.
  static XvfbServer server;
  static const bool pointed = server.ok() && setenv("DISPLAY", server.display().c_str(), 1) == 0;
  (void)pointed;
  return server;
}

}  // namespace kitbag::test
