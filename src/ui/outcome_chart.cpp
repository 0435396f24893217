#include "ui/outcome_chart.h"

#include <imgui.h>

#include "sim/outcome.h"
#include "ui/strings.h"

#include <algorithm>
#include <cstdio>

namespace dv::ui {
namespace {

constexpr ImU32 kAxis = IM_COL32(120, 130, 150, 255);
constexpr ImU32 kCurve = IM_COL32(110, 180, 250, 255);   // current course
constexpr ImU32 kPinned = IM_COL32(200, 200, 205, 170);  // pinned course
constexpr ImU32 kSession = IM_COL32(255, 200, 90, 200);
constexpr ImU32 kNow = IM_COL32(245, 246, 248, 255);

std::string number(double v, const char* fmt) {
  char buf[32];
  std::snprintf(buf, sizeof buf, fmt, v);
  return buf;
}

void polyline(ImDrawList* dl, const std::vector<float>& v, ImVec2 p0, ImVec2 size, float days,
              float lo, float hi, ImU32 colour, float thickness) {
  if (v.size() < 2) return;
  std::vector<ImVec2> pts;
  pts.reserve(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) {
    const float x = p0.x + static_cast<float>(i) / days * size.x;
    if (x > p0.x + size.x) break;
    const float y = p0.y + size.y - (v[i] - lo) / (hi - lo) * size.y;
    pts.emplace_back(x, y);
  }
  dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), colour, 0, thickness);
}

}  // namespace

bool outcome_chart(const sim::Course& course, double day, const PinnedCurve* pinned,
                   float height_px) {
  const std::vector<float> curve = sim::collagen_curve(course);
  const sim::Outcome o = sim::outcome_of(course);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(
      trf("outcome.summary", {{"factor", number(o.three_months_after, "%.2f")}}).c_str());
  ImGui::PopTextWrapPos();
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  const ImVec2 size(ImGui::GetContentRegionAvail().x, height_px);
  ImGui::InvisibleButton("##outcome", size);
  if (ImGui::IsItemHovered()) {
    std::string tip = tr("outcome.tooltip");
    if (pinned) tip += std::string("\n") + tr("outcome.tooltip.pinned");
    ImGui::SetTooltip("%s", tip.c_str());
  }
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float days = static_cast<float>(std::max<std::size_t>(curve.size(), 2) - 1);
  float hi = 1.2f;
  for (float v : curve) hi = std::max(hi, v * 1.08f);
  if (pinned) {
    for (float v : pinned->collagen) hi = std::max(hi, v * 1.08f);
  }
  const float lo = 0.9f;
  dl->AddRectFilled(p0, ImVec2(p0.x + size.x, p0.y + size.y), IM_COL32(20, 23, 30, 255), 4.0f);
  // Baseline (untreated skin) as a faint horizontal line.
  const float base_y = p0.y + size.y - (1.0f - lo) / (hi - lo) * size.y;
  dl->AddLine(ImVec2(p0.x, base_y), ImVec2(p0.x + size.x, base_y), kAxis, 1.0f);
  for (double s : course.session_days()) {
    const float x = p0.x + static_cast<float>(s) / days * size.x;
    dl->AddLine(ImVec2(x, p0.y + size.y - 8.0f), ImVec2(x, p0.y + size.y), kSession, 2.0f);
  }
  if (pinned) polyline(dl, pinned->collagen, p0, size, days, lo, hi, kPinned, 1.5f);
  polyline(dl, curve, p0, size, days, lo, hi, kCurve, 2.2f);
  const float now_x = p0.x + static_cast<float>(day) / days * size.x;
  dl->AddLine(ImVec2(now_x, p0.y), ImVec2(now_x, p0.y + size.y), kNow, 1.0f);
  char top[32];
  std::snprintf(top, sizeof top, "%s",
                trf("outcome.axis_top", {{"factor", number(hi, "%.1f")}}).c_str());
  dl->AddText(ImVec2(p0.x + 4.0f, p0.y + 2.0f), kAxis, top);
  dl->AddText(ImVec2(p0.x + 4.0f, base_y - ImGui::GetFontSize()), kAxis,
              tr("outcome.axis_baseline"));
  if (pinned) {
    const double end = pinned->collagen.empty() ? 1.0 : pinned->collagen.back();
    ImGui::TextDisabled(
        "%s",
        trf("outcome.pinned", {{"name", pinned->name}, {"factor", number(end, "%.2f")}}).c_str());
  }
  return ImGui::Button(tr(pinned ? "outcome.pin_instead" : "outcome.pin"));
}

}  // namespace dv::ui
