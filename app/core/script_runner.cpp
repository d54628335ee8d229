#include "app/core/script_runner.h"

#include <algorithm>
#include <cmath>

#include "app/core/seconds.h"

namespace kitbag {
namespace {

constexpr std::size_t kListLimit = 600;

std::string visible_text_summary(const ScreenInventory& shown) {
  std::string summary;
  for (const auto& text : shown.texts()) {
    if (!summary.empty()) summary += " | ";
    summary += text.text;
    if (summary.size() > kListLimit) return summary.substr(0, kListLimit) + "...";
  }
  return summary.empty() ? "(none)" : summary;
}

}  // namespace

ScriptRunner::ScriptRunner(Script script) : script_(std::move(script)) {
  if (script_.steps.empty()) state_ = State::Finished;
}

ScriptInput ScriptRunner::input_for_frame() const {
  ScriptInput input;
  switch (phase_) {
    case Phase::Hover:
    case Phase::Release:
      input.pointer = target_point_;
      break;
    case Phase::Press:
      input.pointer = target_point_;
      input.button_down = true;
      break;
    case Phase::KeyDown:
      input.key_down = script_.steps[next_step_ - 1].key;
      break;
    case Phase::Typing:
      input.typed = script_.steps[next_step_ - 1].argument;
      break;
    default:
      break;
  }
  return input;
}

std::string ScriptRunner::current_step() const {
  if (script_.steps.empty()) return script_.name;
  const std::size_t index = next_step_ == 0 ? 0 : std::min(next_step_ - 1, script_.steps.size() - 1);
  return where(script_, script_.steps[index]);
}

std::optional<std::string> ScriptRunner::capture_path() const {
  if (state_ != State::Running || phase_ != Phase::Capturing) return std::nullopt;
  return script_.steps[next_step_ - 1].argument;
}

bool ScriptRunner::capture_is_of_presenter() const {
  return capture_path() && script_.steps[next_step_ - 1].verb == ScriptVerb::PresenterScreenshot;
}

void ScriptRunner::capture_finished(const Status& saved) {
  if (phase_ != Phase::Capturing) return;
  if (!saved) return fail(script_.steps[next_step_ - 1], saved.error());
  phase_ = Phase::Settling;
}

bool ScriptRunner::wants_frame() const {
  if (state_ != State::Running) return false;
  return phase_ != Phase::Settling && phase_ != Phase::Waiting;
}

std::optional<ScriptRunner::TimePoint> ScriptRunner::wake_at() const {
  if (state_ == State::Running && phase_ == Phase::Waiting) return wait_until_;
  return std::nullopt;
}

void ScriptRunner::fail(const ScriptStep& step, const std::string& problem) {
  state_ = State::Failed;
  failure_ = where(script_, step) + ": " + problem;
}

void ScriptRunner::after_frame(const ScreenInventory& shown, bool settled, TimePoint now) {
  if (state_ != State::Running) return;
  switch (phase_) {
    case Phase::Hover:
      phase_ = Phase::Press;
      return;
    case Phase::Press:
      phase_ = Phase::Release;
      return;
    case Phase::Release:
      phase_ = Phase::Leave;
      return;
    case Phase::Leave:
      phase_ = Phase::Settling;
      return;
    case Phase::KeyDown:
      phase_ = Phase::KeyUp;
      return;
    case Phase::KeyUp:
    case Phase::Typing:
      phase_ = Phase::Settling;
      return;
    case Phase::Capturing:
      return;  // waits for capture_finished()
    case Phase::Waiting:
      if (now < *wait_until_) return;
      phase_ = Phase::Settling;
      break;
    case Phase::Settling:
      break;
  }
  if (settled) start_steps(shown, now);
}

// Runs steps that need no frame of their own (expect) straight away, and starts the next step
// that does.
void ScriptRunner::start_steps(const ScreenInventory& shown, TimePoint now) {
  while (state_ == State::Running) {
    if (next_step_ >= script_.steps.size()) {
      state_ = State::Finished;
      return;
    }
    const ScriptStep& step = script_.steps[next_step_++];
    switch (step.verb) {
      case ScriptVerb::Click: {
        const UiTarget* target = shown.find_target(step.argument);
        if (target == nullptr)
          return fail(step,
                      "no visible target with that ID or label. On screen: " + shown.describe_targets());
        if (!target->enabled)
          return fail(step, "'" + step.argument + "' is on screen but cannot be used now");
        target_point_ = {std::floor(target->rect.center_x()), std::floor(target->rect.center_y())};
        phase_ = Phase::Hover;
        return;
      }
      case ScriptVerb::Key:
        phase_ = Phase::KeyDown;
        return;
      case ScriptVerb::Type:
        phase_ = Phase::Typing;
        return;
      case ScriptVerb::Wait:
        wait_until_ = now + to_duration(step.seconds);
        phase_ = Phase::Waiting;
        return;
      case ScriptVerb::Expect:
        if (!shown.shows_text(step.argument))
          return fail(step, "that text is not on screen. Visible text: " + visible_text_summary(shown));
        continue;
      case ScriptVerb::Screenshot:
      case ScriptVerb::PresenterScreenshot:
        phase_ = Phase::Capturing;
        return;
      case ScriptVerb::Quit:
        state_ = State::Finished;
        return;
    }
  }
}

}  // namespace kitbag
