#include "platform/glfw_window.h"

#define GLFW_INCLUDE_NONE
#include <GL/gl.h>
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <cstring>
#include <utility>

#include "platform/key_latch.h"

namespace kitbag {
namespace {

// GLFW reports errors through a callback; keep the latest so a failure can say what went wrong.
std::string g_last_glfw_error;
void remember_glfw_error(int, const char* description) {
  g_last_glfw_error = description ? description : "";
}

// The back buffer of the context now current, top row first, as PNG wants it.
Image read_back_buffer(int width, int height) {
  Image image;
  image.width = width;
  image.height = height;
  if (image.empty()) return {};
  const std::size_t row = static_cast<std::size_t>(image.width) * 4;
  image.rgba.resize(row * image.height);
  glReadBuffer(GL_BACK);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, image.width, image.height, GL_RGBA, GL_UNSIGNED_BYTE, image.rgba.data());
  // OpenGL's rows run bottom-up; PNG's run top-down.
  std::vector<std::uint8_t> swap(row);
  for (int y = 0; y < image.height / 2; ++y) {
    auto* top = image.rgba.data() + row * y;
    auto* bottom = image.rgba.data() + row * (image.height - 1 - y);
    std::memcpy(swap.data(), top, row);
    std::memcpy(top, bottom, row);
    std::memcpy(bottom, swap.data(), row);
  }
  for (std::size_t i = 3; i < image.rgba.size(); i += 4) image.rgba[i] = 255;  // the window is opaque
  return image;
}

void clear_to(std::uint32_t rgb) {
  const auto channel = [rgb](int shift) { return static_cast<float>((rgb >> shift) & 0xFF) / 255.0f; };
  glClearColor(channel(16), channel(8), channel(0), 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
}

struct GlVersion {
  int major = 3;
  int minor = 0;
};

GLFWwindow* create_with_context(const WindowSize& size, const std::string& title, GlVersion version,
                                GLFWwindow* share = nullptr) {
  glfwDefaultWindowHints();
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, version.major);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, version.minor);
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
  if (share != nullptr) {
    // A second window must not take the keyboard from the grown-up's controls as it opens.
    glfwWindowHint(GLFW_FOCUSED, GLFW_FALSE);
    glfwWindowHint(GLFW_FOCUS_ON_SHOW, GLFW_FALSE);
  }
  return glfwCreateWindow(size.width, size.height, title.c_str(), nullptr, share);
}

// The presenter view's window. Its context shares objects (the font atlas, card pictures, the
// ImGui backend's shader and buffers) with the main one, so the main window's ImGui renderer
// draws into it unchanged; only vertex arrays are per context, and that renderer makes a fresh
// one on every call.
class GlfwPresenterWindow final : public PresenterWindow {
 public:
  // `main_input_seen` is the main window's flag for "something happened": what happens to this
  // window is news for the main loop, which draws both.
  GlfwPresenterWindow(GLFWwindow* window, GLFWwindow* main, bool* main_input_seen, std::uint32_t background)
      : window_(window), main_(main), background_(background) {
    glfwSetWindowUserPointer(window_, main_input_seen);
    glfwSetFramebufferSizeCallback(window_, [](GLFWwindow* w, int, int) { note(w); });
    glfwSetWindowRefreshCallback(window_, note);
    glfwSetWindowCloseCallback(window_, note);
    glfwSetWindowIconifyCallback(window_, [](GLFWwindow* w, int) { note(w); });
  }
  ~GlfwPresenterWindow() override {
    glfwDestroyWindow(window_);
    glfwMakeContextCurrent(main_);
  }
  GlfwPresenterWindow(const GlfwPresenterWindow&) = delete;
  GlfwPresenterWindow& operator=(const GlfwPresenterWindow&) = delete;

  bool close_requested() const override { return glfwWindowShouldClose(window_); }
  void set_title(const std::string& title) override { glfwSetWindowTitle(window_, title.c_str()); }
  bool minimised() const override {
    const WindowSize pixels = framebuffer_size();
    return glfwGetWindowAttrib(window_, GLFW_ICONIFIED) || pixels.width == 0 || pixels.height == 0;
  }
  WindowSize size() const override {
    WindowSize size;
    glfwGetWindowSize(window_, &size.width, &size.height);
    return size;
  }
  WindowSize framebuffer_size() const override {
    WindowSize size;
    glfwGetFramebufferSize(window_, &size.width, &size.height);
    return size;
  }

  void show(ImDrawData& picture, Image* capture) override {
    // What the main context did this frame (a card picture uploaded, say) must reach the GPU
    // before another context of the group samples it, even when the main window did not swap.
    glFlush();
    glfwMakeContextCurrent(window_);
    const WindowSize pixels = framebuffer_size();
    glViewport(0, 0, pixels.width, pixels.height);
    clear_to(background_);
    ImGui_ImplOpenGL3_RenderDrawData(&picture);
    if (capture != nullptr) *capture = read_back_buffer(pixels.width, pixels.height);
    glfwSwapBuffers(window_);
    glfwMakeContextCurrent(main_);
  }

 private:
  static void note(GLFWwindow* window) { *static_cast<bool*>(glfwGetWindowUserPointer(window)) = true; }

  GLFWwindow* window_;
  GLFWwindow* main_;
  std::uint32_t background_;
};

class GlfwWindow final : public Window {
 public:
  GlfwWindow(GLFWwindow* window, const char* glsl_version, GlVersion gl_version, std::uint32_t background)
      : window_(window), glsl_version_(glsl_version), gl_version_(gl_version), background_(background) {
    install_input_callbacks();
  }

  ~GlfwWindow() override {
    if (backends_ready_) {
      ImGui_ImplOpenGL3_Shutdown();
      ImGui_ImplGlfw_Shutdown();
    }
    glfwDestroyWindow(window_);
  }

  GlfwWindow(const GlfwWindow&) = delete;
  GlfwWindow& operator=(const GlfwWindow&) = delete;

  Status attach_imgui() override {
    if (backends_ready_) return ok_status();
    // Our callbacks are installed first, so ImGui's chain to them and we still hear every event.
    if (!ImGui_ImplGlfw_InitForOpenGL(window_, true))
      return Error{"cannot start drawing: the GLFW backend failed"};
    if (!ImGui_ImplOpenGL3_Init(glsl_version_)) {
      ImGui_ImplGlfw_Shutdown();
      return Error{"cannot start drawing: the OpenGL backend failed to start"};
    }
    backends_ready_ = true;
    return ok_status();
  }

  bool should_close() const override { return glfwWindowShouldClose(window_); }

  bool wait_events(std::optional<std::chrono::nanoseconds> timeout) override {
    if (!timeout)
      glfwWaitEvents();
    else if (timeout->count() <= 0)
      glfwPollEvents();
    else
      glfwWaitEventsTimeout(std::chrono::duration<double>(*timeout).count());
    return std::exchange(input_seen_, false);
  }

  void wake() override { glfwPostEmptyEvent(); }

  bool minimised() const override {
    int width = 0;
    int height = 0;
    glfwGetFramebufferSize(window_, &width, &height);
    return glfwGetWindowAttrib(window_, GLFW_ICONIFIED) || width == 0 || height == 0;
  }

  float content_scale() const override {
    float x = 1;
    float y = 1;
    glfwGetWindowContentScale(window_, &x, &y);
    return std::clamp(std::max(x, y), 1.0f, 4.0f);
  }

  WindowSize framebuffer_size() const override {
    WindowSize size;
    glfwGetFramebufferSize(window_, &size.width, &size.height);
    return size;
  }

  void begin_frame() override {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    key_latch_.apply(ImGui::GetIO());
  }

  void render_frame() override {
    glfwGetFramebufferSize(window_, &framebuffer_width_, &framebuffer_height_);
    glViewport(0, 0, framebuffer_width_, framebuffer_height_);
    clear_to(background_);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  }

  Image read_frame() override { return read_back_buffer(framebuffer_width_, framebuffer_height_); }

  void present() override { glfwSwapBuffers(window_); }

  void reload_fonts() override {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }

  std::vector<std::filesystem::path> take_dropped_files() override { return std::exchange(dropped_, {}); }

  Result<std::unique_ptr<PresenterWindow>> open_presenter(const PresenterConfig& config) override {
    GLFWwindow* raw = create_with_context(config.size, config.title, gl_version_, window_);
    if (raw == nullptr) {
      glfwMakeContextCurrent(window_);
      return Error{"the window for sharing could not be opened: " + g_last_glfw_error};
    }
    glfwSetWindowSizeLimits(raw, kMinWindowSize.width / 2, kMinWindowSize.height / 2, GLFW_DONT_CARE,
                            GLFW_DONT_CARE);
    // Its swaps must not wait for the screen as well: the main window's already pace the loop.
    glfwMakeContextCurrent(raw);
    glfwSwapInterval(0);
    glfwMakeContextCurrent(window_);
    return std::unique_ptr<PresenterWindow>(
        std::make_unique<GlfwPresenterWindow>(raw, window_, &input_seen_, config.background_rgb));
  }

 private:
  static GlfwWindow& self(GLFWwindow* window) {
    return *static_cast<GlfwWindow*>(glfwGetWindowUserPointer(window));
  }
  static void note(GLFWwindow* window) { self(window).input_seen_ = true; }

  void install_input_callbacks() {
    glfwSetWindowUserPointer(window_, this);
    glfwSetCursorPosCallback(window_, [](GLFWwindow* w, double, double) { note(w); });
    glfwSetMouseButtonCallback(window_, [](GLFWwindow* w, int, int, int) { note(w); });
    glfwSetScrollCallback(window_, [](GLFWwindow* w, double, double) { note(w); });
    glfwSetKeyCallback(window_, [](GLFWwindow* w, int key, int, int action, int mods) {
      note(w);
      self(w).key_latch_.on_key(key, action, mods);
    });
    glfwSetCharCallback(window_, [](GLFWwindow* w, unsigned int) { note(w); });
    glfwSetCursorEnterCallback(window_, [](GLFWwindow* w, int) { note(w); });
    glfwSetWindowFocusCallback(window_, [](GLFWwindow* w, int) { note(w); });
    glfwSetFramebufferSizeCallback(window_, [](GLFWwindow* w, int, int) { note(w); });
    glfwSetWindowRefreshCallback(window_, [](GLFWwindow* w) { note(w); });
    glfwSetWindowIconifyCallback(window_, [](GLFWwindow* w, int) { note(w); });
    glfwSetWindowContentScaleCallback(window_, [](GLFWwindow* w, float, float) { note(w); });
    glfwSetWindowCloseCallback(window_, [](GLFWwindow* w) { note(w); });
    glfwSetDropCallback(window_, [](GLFWwindow* w, int count, const char** paths) {
      note(w);
      for (int i = 0; i < count; ++i) self(w).dropped_.emplace_back(paths[i]);
    });
  }

  GLFWwindow* window_;
  const char* glsl_version_;
  GlVersion gl_version_;
  std::uint32_t background_;
  bool backends_ready_ = false;
  bool input_seen_ = false;
  KeyLatch key_latch_;
  std::vector<std::filesystem::path> dropped_;
  int framebuffer_width_ = 0;
  int framebuffer_height_ = 0;
};

WindowSize default_window_size() {
  WindowSize size{1280, 800};
  if (GLFWmonitor* monitor = glfwGetPrimaryMonitor()) {
    int x = 0, y = 0, width = 0, height = 0;
    glfwGetMonitorWorkarea(monitor, &x, &y, &width, &height);
    float scale_x = 1, scale_y = 1;
    glfwGetMonitorContentScale(monitor, &scale_x, &scale_y);
    // GLFW_SCALE_TO_MONITOR multiplies the requested size by the monitor's scale: ask in
    // unscaled units, and leave a margin for the desktop's panels.
    if (width > 0 && height > 0) {
      size.width = std::min(size.width, static_cast<int>(width * 0.92f / std::max(scale_x, 1.0f)));
      size.height = std::min(size.height, static_cast<int>(height * 0.92f / std::max(scale_y, 1.0f)));
    }
  }
  return size;
}

// What the user asked for, or one that fits the monitor.
WindowSize requested_size(const WindowConfig& config) {
  return config.size.value_or(default_window_size());
}

}  // namespace

Result<std::unique_ptr<GlfwDisplay>> GlfwDisplay::connect() {
  glfwSetErrorCallback(remember_glfw_error);
  if (!glfwInit())
    return Error{"cannot open a window: " + g_last_glfw_error + ". Kitbag Desk needs a graphical desktop."};
  return std::unique_ptr<GlfwDisplay>(new GlfwDisplay());
}

GlfwDisplay::~GlfwDisplay() {
  glfwTerminate();
}

WindowPlan GlfwDisplay::plan(const WindowConfig& config) const {
  const WindowSize size = requested_size(config);
  float scale_x = 1;
  float scale_y = 1;
  if (GLFWmonitor* monitor = glfwGetPrimaryMonitor()) glfwGetMonitorContentScale(monitor, &scale_x, &scale_y);
  const float scale = std::clamp(std::max(scale_x, scale_y), 1.0f, 4.0f);
  // GLFW_SCALE_TO_MONITOR grows the window by the monitor's scale.
  return {{static_cast<int>(static_cast<float>(size.width) * scale),
           static_cast<int>(static_cast<float>(size.height) * scale)},
          scale};
}

Result<std::unique_ptr<Window>> GlfwDisplay::open_window(const WindowConfig& config) {
  const WindowSize size = requested_size(config);
  // OpenGL 3.0 covers council laptops from about 2010 on; 2.1 is the fallback for older graphics.
  const char* glsl_version = "#version 130";
  GlVersion gl_version{3, 0};
  GLFWwindow* raw = create_with_context(size, config.title, gl_version);
  if (raw == nullptr) {
    glsl_version = "#version 120";
    gl_version = {2, 1};
    raw = create_with_context(size, config.title, gl_version);
  }
  if (raw == nullptr)
    return Error{"cannot open a window: " + g_last_glfw_error + ". Kitbag Desk needs OpenGL 2.1 or newer."};

  glfwSetWindowSizeLimits(raw, kMinWindowSize.width, kMinWindowSize.height, GLFW_DONT_CARE, GLFW_DONT_CARE);
  glfwMakeContextCurrent(raw);
  glfwSwapInterval(1);
  return std::unique_ptr<Window>(std::make_unique<GlfwWindow>(raw, glsl_version, gl_version, config.background_rgb));
}

}  // namespace kitbag
