// A presenter window with no display, for tests: it keeps how many pictures it was shown and
// the last one's size, and can be closed as a person would close it.
#pragma once

#include <imgui.h>

#include <memory>

#include "platform/presenter_window.h"

namespace kitbag {

struct FakePresenterState {
  std::string title;
  WindowSize size{960, 640};
  bool close_requested = false;
  bool minimised = false;
  bool open = false;
  int pictures_shown = 0;
  int last_vertices = 0;  // in the last picture: zero would mean it drew nothing
  ImVec2 last_display_size{0, 0};
};

class FakePresenterWindow final : public PresenterWindow {
 public:
  FakePresenterWindow(std::shared_ptr<FakePresenterState> state, std::string title) : state_(std::move(state)) {
    state_->open = true;
    state_->title = std::move(title);
  }
  ~FakePresenterWindow() override { state_->open = false; }

  bool close_requested() const override { return state_->close_requested; }
  void set_title(const std::string& title) override { state_->title = title; }
  bool minimised() const override { return state_->minimised; }
  WindowSize size() const override { return state_->size; }
  WindowSize framebuffer_size() const override { return state_->size; }
  void show(ImDrawData& picture, Image* capture) override {
    ++state_->pictures_shown;
    state_->last_vertices = picture.TotalVtxCount;
    state_->last_display_size = picture.DisplaySize;
    if (capture != nullptr) {
      capture->width = state_->size.width;
      capture->height = state_->size.height;
      capture->rgba.assign(static_cast<std::size_t>(capture->width) * capture->height * 4, 120);
    }
  }

 private:
  std::shared_ptr<FakePresenterState> state_;
};

}  // namespace kitbag
