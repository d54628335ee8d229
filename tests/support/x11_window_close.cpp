#include "tests/support/x11_window_close.h"

#include <X11/Xatom.h>
#include <X11/Xlib.h>

#include <cstring>

namespace kitbag::test {
namespace {

bool has_title(Display* display, Window window, const std::string& title) {
  char* name = nullptr;
  const bool found = XFetchName(display, window, &name) != 0 && name != nullptr && title == name;
  if (name != nullptr) XFree(name);
  return found;
}

}  // namespace

bool close_window_titled(const std::string& display_name, const std::string& title) {
  Display* display = XOpenDisplay(display_name.c_str());
  if (display == nullptr) return false;
  Window root = 0;
  Window parent = 0;
  Window* children = nullptr;
  unsigned count = 0;
  Window target = 0;
  if (XQueryTree(display, DefaultRootWindow(display), &root, &parent, &children, &count) != 0) {
    for (unsigned i = 0; i < count && target == 0; ++i)
      if (has_title(display, children[i], title)) target = children[i];
    if (children != nullptr) XFree(children);
  }
  if (target != 0) {
    XEvent event;
    std::memset(&event, 0, sizeof event);
    event.xclient.type = ClientMessage;
    event.xclient.window = target;
    event.xclient.message_type = XInternAtom(display, "WM_PROTOCOLS", False);
    event.xclient.format = 32;
    event.xclient.data.l[0] = static_cast<long>(XInternAtom(display, "WM_DELETE_WINDOW", False));
    event.xclient.data.l[1] = CurrentTime;
    XSendEvent(display, target, False, NoEventMask, &event);
    XFlush(display);
  }
  XCloseDisplay(display);
  return target != 0;
}

}  // namespace kitbag::test
