// Closes a window the way a desktop's close button does: a WM_DELETE_WINDOW message from
// another X client. Xvfb has no window manager, so a test plays its part.
#pragma once

#include <string>

namespace kitbag::test {

// Asks the top-level window titled `title` on `display` to close. False if no such window.
bool close_window_titled(const std::string& display, const std::string& title);

}  // namespace kitbag::test
