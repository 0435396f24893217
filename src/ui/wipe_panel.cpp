// The before/after wipe over the explore view: a divider the user drags across the block (left
// of it the "before" day, right of it the current day; the app draws both), its labels, and a
// small window with the "before" day, the new-matrix tint and the collagen of the upper dermis
// on both days from the model.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "sim/ensemble.h"
#include "ui/field_controls.h"
#include "ui/panels.h"
#include "ui/strings.h"
#include "ui/widgets.h"
#include "ui/wipe.h"

namespace dv::ui {
namespace {

constexpr ImU32 kDivider = IM_COL32(255, 255, 255, 235);
constexpr ImU32 kDividerShadow = IM_COL32(0, 0, 0, 140);

std::string pct_change(double factor) {
  return number(std::round(100.0 * (factor - 1.0)), "%+.0f");
}

std::string day_text(double day) {
  return number(day, day < 2.0 && day != std::floor(day) ? "%.2f" : "%.0f");
}

}  // namespace

std::size_t wipe_row(const sim::Course& course, double day) {
  const auto last = static_cast<double>(course.daily().size() - 1);
  return static_cast<std::size_t>(std::clamp(std::round(day), 0.0, last));
}

std::string wipe_coverage_text(const sim::Course& course, double before_day, double day) {
  const auto& rows = course.daily();
  return trf("wipe.coverage",
             {{"before", pct_change(rows[wipe_row(course, before_day)].total_collagen)},
              {"after", pct_change(rows[wipe_row(course, day)].total_collagen)}});
}

void wipe_panel(const doc::Document& d, PanelFlags& flags, const Rect& view, float top_px,
                const Fonts& fonts) {
  WipeFlags& w = flags.wipe;
  const double end = d.course().end_day();
  w.before_day = std::clamp(w.before_day, 0.0, end);
  // The divider: dragged from anywhere near it (not from over a panel).
  const ImGuiIO& io = ImGui::GetIO();
  const float font = ImGui::GetFontSize();
  const float x = view.x + std::clamp(w.divider, 0.0f, 1.0f) * view.w;
  const float y0 = view.y + top_px, y1 = view.y + view.h;
  const bool inside = io.MousePos.y >= y0 && io.MousePos.y <= y1;
  const bool near = inside && std::abs(io.MousePos.x - x) < 0.8f * font;
  if (near && !io.WantCaptureMouse) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
  if (near && !io.WantCaptureMouse && ImGui::IsMouseClicked(ImGuiMouseButton_Left))
    w.dragging = true;
  if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) w.dragging = false;
  if (w.dragging) w.divider = std::clamp((io.MousePos.x - view.x) / view.w, 0.02f, 0.98f);

  ImDrawList* dl = ImGui::GetBackgroundDrawList();
  const float dx = view.x + w.divider * view.w;
  dl->AddLine(ImVec2(dx + 1.0f, y0), ImVec2(dx + 1.0f, y1), kDividerShadow, 4.0f);
  dl->AddLine(ImVec2(dx, y0), ImVec2(dx, y1), kDivider, 2.5f);
  const float mid = 0.5f * (y0 + y1);
  dl->AddCircleFilled(ImVec2(dx, mid), 0.9f * font, kDividerShadow, 24);
  dl->AddCircle(ImVec2(dx, mid), 0.9f * font, kDivider, 24, 2.5f);
  dl->AddTriangleFilled(ImVec2(dx - 0.7f * font, mid), ImVec2(dx - 0.25f * font, mid - 0.4f * font),
                        ImVec2(dx - 0.25f * font, mid + 0.4f * font), kDivider);
  dl->AddTriangleFilled(ImVec2(dx + 0.7f * font, mid), ImVec2(dx + 0.25f * font, mid - 0.4f * font),
                        ImVec2(dx + 0.25f * font, mid + 0.4f * font), kDivider);
  if (!d.figure().title) return;  // projection without titles: the divider alone
  // "Before: day 0" left of the divider, "After: day 42" right of it, near the top.
  ImFont* f = fonts.title ? fonts.title : ImGui::GetFont();
  const float size = f->FontSize;
  const std::string before = w.before_day <= 0.0
                                 ? std::string(tr("wipe.before_untreated"))
                                 : trf("wipe.before", {{"day", day_text(w.before_day)}});
  const std::string after = trf("wipe.after", {{"day", day_text(d.playback().day)}});
  const float label_y = y0 + 5.2f * size;
  const ImVec2 bs = f->CalcTextSizeA(size, 1e9f, 0.0f, before.c_str());
  const auto tag = [&](float tx, const std::string& t, const ImVec2& sz) {
    dl->AddRectFilled(ImVec2(tx - 0.3f * size, label_y - 0.15f * size),
                      ImVec2(tx + sz.x + 0.3f * size, label_y + sz.y + 0.15f * size),
                      IM_COL32(20, 24, 32, 200), 0.25f * size);
    dl->AddText(f, size, ImVec2(tx, label_y), IM_COL32(245, 246, 248, 255), t.c_str());
  };
  tag(dx - bs.x - 1.6f * font, before, bs);
  tag(dx + 1.6f * font, after, f->CalcTextSizeA(size, 1e9f, 0.0f, after.c_str()));

  if (!flags.show_panels) return;  // Tab hides the panels, this one too
  // The wipe's settings and the number, top right of the view (the block sits lower).
  const float win_w = std::min(21.0f * font, 0.45f * view.w);
  ImGui::SetNextWindowPos(ImVec2(view.x + view.w - 0.6f * font, y0 + 0.6f * font), ImGuiCond_Always,
                          ImVec2(1.0f, 0.0f));
  ImGui::SetNextWindowSize(ImVec2(win_w, 0.0f));
  ImGui::SetNextWindowBgAlpha(0.85f);
  const ImGuiWindowFlags wf = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                              ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                              ImGuiWindowFlags_NoFocusOnAppearing;
  if (ImGui::Begin("##wipe", nullptr, wf)) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(wipe_coverage_text(d.course(), w.before_day, d.playback().day).c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("wipe.coverage.note"));
    if (const sim::Ensemble* e = d.ensemble()) {
      const sim::Band& b = e->band(sim::OutcomeColumn::total_collagen);
      const std::size_t r = wipe_row(d.course(), d.playback().day);
      if (r < b.low.size()) {
        ImGui::TextDisabled("%s", trf("wipe.coverage.band", {{"low", pct_change(b.low[r])},
                                                             {"high", pct_change(b.high[r])}})
                                      .c_str());
      }
    }
    ImGui::PopTextWrapPos();
    float day = static_cast<float>(w.before_day);
    ImGui::SetNextItemWidth(-7.0f * font);
    const std::string fmt = slider_format(tr("wipe.before_day.value"), "%.0f");
    if (ImGui::SliderFloat(tr("wipe.before_day"), &day, 0.0f, static_cast<float>(end), fmt.c_str(),
                           ImGuiSliderFlags_AlwaysClamp)) {
      w.before_day = static_cast<double>(day);
    }
    // A swatch of the tint beside its switch.
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetFrameHeight();
    ImGui::GetWindowDrawList()->AddRectFilled(
        ImVec2(p.x, p.y + 0.25f * h), ImVec2(p.x + 0.5f * h, p.y + 0.75f * h),
        ImGui::ColorConvertFloat4ToU32(ImVec4(1.0f, 0.9f, 0.15f, 1.0f)), 2.0f);
    ImGui::Dummy(ImVec2(0.6f * h, h));
    ImGui::SameLine();
    ImGui::Checkbox(tr("wipe.new_matrix"), &w.tint_new);
    ImGui::TextDisabled("%s", tr("wipe.drag"));
  }
  ImGui::End();
}

}  // namespace dv::ui
