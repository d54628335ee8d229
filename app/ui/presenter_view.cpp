#include "app/ui/presenter_view.h"

#include <algorithm>

#include "app/core/i18n/current_strings.h"
#include "app/core/tool_catalog.h"
#include "app/core/ui_ids.h"
#include "app/ui/icons.h"
#include "app/ui/text.h"
#include "app/ui/theme.h"

namespace kitbag::ui {

PillButton share_view_button(bool open) {
  return {std::string(ui_id::kPresenter), open ? tr("presenter.close") : tr("presenter.open"), Icon::SecondWindow,
          open};
}

void Screen::present(FrameContext& frame, const Rect& area) {
  present_resting_page(frame, area);
}

void present_resting_page(FrameContext& frame, const Rect& area) {
  const Palette& p = palette();
  const auto all = tools();
  const float count = static_cast<float>(all.size());
  // A row of the tools' discs, as large as the window allows, with the kit's name above.
  const float radius = std::clamp(area.width / (count * 2.8f), frame.px(24), frame.px(72));
  const float gap = radius * 0.8f;
  const float row_width = count * 2 * radius + (count - 1) * gap;
  const ImVec2 name_size = measure_text(frame.fonts.title, "Kitbag");
  const float block = name_size.y + frame.px(40) + 2 * radius;
  const float top = area.y + (area.height - block) / 2;
  draw_text(frame, frame.fonts.title, "Kitbag", ImVec2(area.center_x() - name_size.x / 2, top), p.ink);
  float x = area.center_x() - row_width / 2 + radius;
  const float y = top + name_size.y + frame.px(40) + radius;
  for (const Tool& tool : all) {
    const ToolColours colours = tool_colours(tool.id);
    frame.draw->AddCircleFilled(ImVec2(x, y), radius, colours.fill, 64);
    draw_icon(frame.draw, tool_icon(tool.id), ImVec2(x, y), radius * 0.6f, colours.deep, colours.fill);
    x += 2 * radius + gap;
  }
}

void PresenterView::draw(const PresenterFrame& frame, Screen& screen) {
  if (!list_) {
    list_ = std::make_unique<ImDrawList>(ImGui::GetDrawListSharedData());
    lists_[0] = list_.get();
  }
  ImDrawList& list = *list_;
  const Rect viewport{0, 0, static_cast<float>(frame.size.width), static_cast<float>(frame.size.height)};
  list._ResetForNewFrame();  // takes this frame's flags from ImGui, as its own windows' lists do
  list.PushTextureID(ImGui::GetIO().Fonts->TexID);
  list.PushClipRect(ImVec2(0, 0), ImVec2(viewport.width, viewport.height));

  shown_.clear(viewport);
  FrameContext context{frame.fonts,
                       frame.scale,
                       viewport,
                       shown_,
                       focus_,
                       frame.scheduler,
                       frame.now,
                       navigator_,
                       toast_,
                       &list,
                       {},
                       {},
                       false,
                       frame.calm_motion,
                       frame.age};
  draw_page_background(&list, viewport);
  const float margin = page_margin(context, viewport.width);
  screen.present(context, inset(viewport, margin));

  list.PopClipRect();
  list.PopTextureID();
  list._PopUnusedDrawCmd();
  data_.Valid = true;
  data_.CmdLists = lists_;
  data_.CmdListsCount = 1;
  data_.TotalVtxCount = list.VtxBuffer.Size;
  data_.TotalIdxCount = list.IdxBuffer.Size;
  data_.DisplayPos = ImVec2(0, 0);
  data_.DisplaySize = ImVec2(viewport.width, viewport.height);
  data_.FramebufferScale =
      ImVec2(viewport.width > 0 ? static_cast<float>(frame.pixels.width) / viewport.width : 1.0f,
             viewport.height > 0 ? static_cast<float>(frame.pixels.height) / viewport.height : 1.0f);
}

}  // namespace kitbag::ui
