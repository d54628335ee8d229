#include "app/ui/presenting/tool_presentations.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "app/core/timer/timer_lengths.h"
#include "app/ui/stick_drawing.h"
#include "app/ui/text.h"
#include "app/ui/theme.h"
#include "app/ui/timer_disc.h"
#include "app/ui/timer_view.h"

namespace kitbag::ui {
namespace {

constexpr float kPi = std::numbers::pi_v<float>;

}  // namespace

void present_timer(FrameContext& frame, const Rect& area, const RunningTools& tools) {
  const bool digits = tools.face.show_digits;
  // Side by side on a wide window, the disc above the digits on a tall one.
  const bool wide = area.width >= area.height * 1.25f;
  const float radius = digits ? (wide ? std::min(area.height, area.width * 0.5f) : std::min(area.width, area.height * 0.62f)) * 0.45f
                              : std::min(area.width, area.height) * 0.45f;
  const TimerMoment moment = timer_moment(frame, tools.timer, radius, tools.face.colours_change, digits);
  const ImVec2 centre = !digits ? ImVec2(area.center_x(), area.center_y())
                        : wide  ? ImVec2(area.x + area.width * 0.28f, area.center_y())
                                : ImVec2(area.center_x(), area.y + area.height * 0.36f);
  draw_timer_disc(frame, centre, radius, moment.disc);
  if (!digits) return;

  const Rect box = wide ? Rect{area.x + area.width * 0.56f, area.y, area.width * 0.44f, area.height}
                        : Rect{area.x, area.y + area.height * 0.74f, area.width, area.height * 0.26f};
  const std::string text = clock_text(moment.seconds_left);
  ImFont* font = frame.fonts.digits;
  // Shrunk to fit, never stretched past the size the font was made at, so it stays sharp.
  const ImVec2 natural = measure_text(font, text);
  const float size = font->FontSize * std::min({1.0f, box.width * 0.9f / natural.x, box.height * 0.9f / natural.y});
  const float width = natural.x * size / font->FontSize;
  frame.draw->AddText(font, size, ImVec2(box.center_x() - width / 2, box.center_y() - size / 2), palette().ink,
                      text.c_str());
  frame.inventory.add_text(text, {box.center_x() - width / 2, box.center_y() - size / 2, width, size});
}

void present_stick_circle(FrameContext& frame, const Rect& area, const TalkingCircle& circle,
                          CardPictures& pictures) {
  const Palette& p = palette();
  const auto& people = circle.people();
  const std::size_t n = people.size();
  if (n == 0) return;
  const float side = std::min(area.width, area.height);
  float radius = std::clamp(side / 7, frame.px(30), frame.px(110));
  const float name_room = frame.fonts.label->FontSize + frame.px(10);
  const Rect ring{area.center_x() - side / 2 + radius, area.y + radius, side - 2 * radius,
                  area.height - 2 * radius - name_room};
  const float chord = std::min(ring.width, ring.height) * std::sin(kPi / static_cast<float>(n));
  radius = std::min(radius, chord * 0.42f);
  for (std::size_t i = 0; i < n; ++i) {
    const ImVec2 centre = seat_centre(ring, i, n);
    const bool holding = circle.holder() == people[i].id;
    draw_seat(frame, i, centre, radius, pictures.texture_for(seat_picture_card(i)), holding);
    const std::string label = seat_label(i, people[i].name);
    const ImVec2 size = measure_text(frame.fonts.label, label);
    draw_text(frame, frame.fonts.label, label, ImVec2(centre.x - size.x / 2, centre.y + radius + frame.px(6)),
              p.ink);
    // The stick leans across the holder's seat, as if in their hand; it does not fly here.
    if (holding) draw_talking_stick(frame, held_stick_at(centre, radius), radius);
  }
}

}  // namespace kitbag::ui
