// The recovery strip of the patient view: days 0–14 after the current session, locked to the
// timeline (a day chosen here seeks the document; the course bar above shows where the strip
// lies and where the picture is).
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/patient_panels.h"
#include "ui/strings.h"
#include "ui/widgets.h"

namespace dv::ui {
namespace {

constexpr double kDayZeroShown_d = 1.0 / 24.0;  // day 0 shows the skin an hour after needling

ImU32 kind_colour(sim::RecoveryKind k, bool sure) {
  const int a = sure ? 235 : 110;
  switch (k) {
    case sim::RecoveryKind::see: return IM_COL32(226, 120, 130, a);
    case sim::RecoveryKind::feel: return IM_COL32(232, 178, 92, a);
    case sim::RecoveryKind::avoid: return IM_COL32(120, 160, 220, a);
  }
  return IM_COL32(200, 200, 200, a);
}

const char* kind_heading(sim::RecoveryKind k) {
  switch (k) {
    case sim::RecoveryKind::see: return tr("recovery.see");
    case sim::RecoveryKind::feel: return tr("recovery.feel");
    case sim::RecoveryKind::avoid: return tr("recovery.avoid");
  }
  return "";
}

std::string span_text(const sim::RecoverySpan& s) {
  const auto n = [](int v) { return std::to_string(v); };
  if (s.kind == sim::RecoveryKind::avoid) {
    if (s.to_day_low == s.to_day_high)
      return trf("recovery.allowed_from_one", {{"low", n(s.to_day_low + 1)}});
    return trf("recovery.allowed_from",
               {{"low", n(s.to_day_low + 1)}, {"high", n(s.to_day_high + 1)}});
  }
  if (s.from_day == s.to_day_high) return trf("recovery.span_one", {{"from", n(s.from_day)}});
  if (s.to_day_low == s.to_day_high)
    return trf("recovery.span", {{"from", n(s.from_day)}, {"to", n(s.to_day_high)}});
  return trf("recovery.span_range",
             {{"from", n(s.from_day)}, {"low", n(s.to_day_low)}, {"high", n(s.to_day_high)}});
}

// The course bar: the whole course, session ticks, the strip's 14 days and the picture's day.
void course_bar(const doc::Document& d, const sim::RecoveryStrip& strip, float width,
                Commands& out) {
  const sim::Course& c = d.course();
  const double end = std::max(1.0, c.end_day());
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  const float h = ImGui::GetTextLineHeight() * 0.9f;
  ImGui::InvisibleButton("##course_bar", ImVec2(width, h));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const auto x_of = [&](double day) {
    return p0.x + static_cast<float>(std::clamp(day / end, 0.0, 1.0)) * width;
  };
  dl->AddRectFilled(p0, ImVec2(p0.x + width, p0.y + h), IM_COL32(60, 66, 78, 255), 3.0f);
  const float s0 = x_of(strip.session_day);
  const float s1 = x_of(strip.session_day + sim::kRecoveryDays + 1);
  dl->AddRectFilled(ImVec2(s0, p0.y), ImVec2(std::max(s1, s0 + 3.0f), p0.y + h),
                    IM_COL32(140, 200, 225, 200), 3.0f);
  for (double s : c.session_days()) {
    dl->AddLine(ImVec2(x_of(s), p0.y - 2), ImVec2(x_of(s), p0.y + h + 2),
                IM_COL32(240, 240, 240, 255), 2.0f);
  }
  const float now = x_of(d.playback().day);
  dl->AddTriangleFilled(ImVec2(now - 6, p0.y + h + 7), ImVec2(now + 6, p0.y + h + 7),
                        ImVec2(now, p0.y + h), IM_COL32(255, 255, 255, 255));
  if (ImGui::IsItemClicked()) {
    const double day = (ImGui::GetIO().MousePos.x - p0.x) / width * end;
    out.seek_day = std::clamp(day, 0.0, c.end_day());
  }
  ImGui::Dummy(ImVec2(1, 6));
}

}  // namespace

int strip_session(const sim::Course& course, double day) {
  int session = 1;
  for (std::size_t i = 0; i < course.session_days().size(); ++i) {
    if (course.session_days()[i] <= day + 1e-9) session = static_cast<int>(i) + 1;
  }
  return session;
}

double strip_seek_day(const sim::RecoveryStrip& strip, const sim::Course& course, int strip_day) {
  return sim::course_day(strip, course, strip_day == 0 ? kDayZeroShown_d : strip_day);
}

void recovery_strip_panel(const doc::Document& d, float width_px, const Fonts& fonts,
                          Commands& out) {
  const sim::Course& c = d.course();
  const double now = d.playback().day;
  const sim::RecoveryStrip strip = sim::recovery_strip(c, strip_session(c, now));
  const int shown_day = static_cast<int>(std::floor(now - strip.session_day));
  ImGui::PushFont(fonts.title);
  ImGui::TextColored(kPatientAccent, "%s", tr("recovery.title"));
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::TextDisabled("%s", tr("recovery.pick_day"));
  course_bar(d, strip, width_px - 2 * ImGui::GetStyle().WindowPadding.x, out);

  // Left: the grid; right: the chosen day in words and the notes.
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const float inner_w = width_px - 2 * ImGui::GetStyle().WindowPadding.x;
  const float left_w = 0.64f * inner_w;
  const float label_w = std::clamp(0.36f * left_w, 180.0f, 360.0f);
  const float grid_w = left_w - label_w - 8.0f;
  const float cell = grid_w / static_cast<float>(sim::kRecoveryDays + 1);
  const float row_h = ImGui::GetTextLineHeightWithSpacing();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  // Day header: a button per day; the picture's day is highlighted.
  ImGui::Dummy(ImVec2(label_w, row_h));
  for (int day = 0; day <= sim::kRecoveryDays; ++day) {
    ImGui::SameLine(label_w + 8.0f + static_cast<float>(day) * cell);
    const bool current = day == shown_day;
    if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.30f, 0.55f, 0.70f, 1.0f));
    const std::string text =
        day == 0 ? std::string("0") + "##d0" : std::to_string(day) + "##d" + std::to_string(day);
    if (ImGui::Button(text.c_str(), ImVec2(cell - 3.0f, 0))) {
      out.seek_day = strip_seek_day(strip, c, day);
      out.playing = false;
    }
    if (ImGui::IsItemHovered()) {
      ImGui::SetTooltip("%s", day == 0
                                  ? tr("recovery.session_day")
                                  : trf("recovery.day", {{"day", std::to_string(day)}}).c_str());
    }
    if (current) ImGui::PopStyleColor();
  }
  // Rows, grouped by kind.
  sim::RecoveryKind last = sim::RecoveryKind::avoid;
  bool first = true;
  for (const sim::RecoverySpan& s : strip.spans) {
    if (first || s.kind != last) {
      ImGui::TextColored(kPatientAccent, "%s", kind_heading(s.kind));
      first = false;
      last = s.kind;
    }
    const ImVec2 row0 = ImGui::GetCursorScreenPos();
    ImGui::PushTextWrapPos(row0.x + label_w);
    ImGui::TextUnformatted(tr(s.text_id));
    ImGui::PopTextWrapPos();
    if (ImGui::IsItemHovered()) {
      ImGui::SetTooltip("%s\n%s", span_text(s).c_str(), tr(s.why_id));
    }
    const float y0 = row0.y + 2.0f, y1 = row0.y + row_h - 3.0f;
    for (int day = 0; day <= sim::kRecoveryDays; ++day) {
      const float x0 = row0.x + label_w + 8.0f + static_cast<float>(day) * cell;
      const int holds = sim::holds_on(s, day);
      const ImVec2 a(x0, y0), b(x0 + cell - 3.0f, y1);
      if (holds > 0) {
        dl->AddRectFilled(a, b, kind_colour(s.kind, holds == 2), 3.0f);
      } else {
        dl->AddRect(a, b, IM_COL32(90, 96, 110, 120), 3.0f);
      }
      if (day == shown_day) dl->AddRect(a, b, IM_COL32(255, 255, 255, 255), 3.0f, 0, 2.0f);
    }
  }
  const float grid_bottom = ImGui::GetCursorScreenPos().y;
  ImGui::SetCursorScreenPos(ImVec2(top.x + left_w + 16.0f, top.y));
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(top.x + inner_w);
  const auto n = [](double v) { return std::to_string(static_cast<int>(std::lround(v))); };
  if (shown_day >= 0 && shown_day <= sim::kRecoveryDays) {
    ImGui::TextColored(kPatientAccent, "%s",
                       shown_day == 0 ? tr("recovery.session_day")
                                      : trf("recovery.day", {{"day", n(shown_day)}}).c_str());
    bool any = false;
    for (const sim::RecoverySpan& s : strip.spans) {
      const int holds = sim::holds_on(s, shown_day);
      if (holds == 0 || s.kind == sim::RecoveryKind::avoid) continue;
      any = true;
      ImGui::Bullet();
      if (holds == 2) {
        ImGui::TextUnformatted(tr(s.text_id));
      } else {
        ImGui::TextDisabled("%s", tr(s.text_id));
      }
    }
    if (!any) ImGui::TextDisabled("%s", tr("recovery.today_none"));
    ImGui::Spacing();
  }
  ImGui::TextUnformatted(trf("recovery.downtime", {{"low", n(strip.downtime_low_days)},
                                                   {"high", n(strip.downtime_high_days)}})
                             .c_str());
  ImGui::TextDisabled("%s", tr("recovery.downtime_source"));
  ImGui::TextUnformatted(
      trf("recovery.seal", {{"hours", n(std::max(1.0, std::ceil(strip.barrier_hours)))},
                            {"day", n(std::ceil(strip.gaps_closed_hours / 24.0))}})
          .c_str());
  ImGui::TextUnformatted(
      trf("recovery.results", {{"low", n(strip.published_first_weeks_low)},
                               {"high", n(strip.published_first_weeks_high)},
                               {"mlow", n(strip.published_building_months_low)},
                               {"mhigh", n(strip.published_building_months_high)}})
          .c_str());
  if (strip.first_change_weeks > 0.0) {
    ImGui::TextDisabled(
        "%s", trf("recovery.results_model", {{"day", n(7.0 * strip.first_change_weeks)}}).c_str());
  }
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  ImGui::SetCursorScreenPos(ImVec2(top.x, std::max(grid_bottom, ImGui::GetItemRectMax().y) + 4.0f));
  ImGui::Dummy(ImVec2(1, 1));
}

}  // namespace dv::ui
