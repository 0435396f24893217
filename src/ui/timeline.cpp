#include "ui/timeline.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "sim/regimes.h"
#include "ui/names.h"
#include "ui/shortcuts.h"
#include "ui/strings.h"

namespace dv::ui {
namespace {

constexpr double kMinuteDays = 1.0 / (24.0 * 60.0);
constexpr double kHourDays = 1.0 / 24.0;

double since_session(const sim::Course& course, double day) {
  double start = course.session_days().front();
  for (double s : course.session_days()) {
    if (s <= day + 1e-9) start = s;
  }
  return day - start;
}

// A hover tooltip: what the button does and its shortcut from the shortcut table.
void tooltip(const char* id, Action a) {
  if (!ImGui::IsItemHovered()) return;
  ImGui::SetTooltip("%s", trf(id, {{"keys", menu_hint(a)}}).c_str());
}

// The scrub bar: warped time axis, session markers, progress, and a handle. Returns true and
// sets *seconds when the user clicked or dragged on it.
bool scrub_bar(const sim::Course& course, const doc::TimeWarp& warp, double day, float width,
               float height, double* seconds) {
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("##scrub", ImVec2(width, height));
  const bool active = ImGui::IsItemActive();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float total = static_cast<float>(std::max(warp.total_seconds(), 1e-6));
  auto x_of = [&](double s) { return p0.x + static_cast<float>(s) / total * width; };
  const float mid = p0.y + 0.62f * height;
  dl->AddRectFilled(ImVec2(p0.x, mid - 4.0f), ImVec2(p0.x + width, mid + 4.0f),
                    IM_COL32(70, 78, 92, 255), 4.0f);
  const float now_x = x_of(warp.seconds_at(day));
  dl->AddRectFilled(ImVec2(p0.x, mid - 4.0f), ImVec2(now_x, mid + 4.0f),
                    IM_COL32(95, 165, 235, 255), 4.0f);
  const float font = ImGui::GetFontSize();
  int n = 1;
  for (double s : course.session_days()) {
    const float x = x_of(warp.seconds_at(s));
    dl->AddLine(ImVec2(x, mid - 10.0f), ImVec2(x, mid + 10.0f), IM_COL32(255, 200, 90, 255), 2.5f);
    char text[16];
    std::snprintf(text, sizeof text, "%d", n++);
    dl->AddText(ImVec2(x + 3.0f, p0.y - 0.1f * font), IM_COL32(255, 200, 90, 255), text);
  }
  dl->AddCircleFilled(ImVec2(now_x, mid), 8.0f, IM_COL32(240, 244, 250, 255));
  dl->AddCircle(ImVec2(now_x, mid), 8.0f, IM_COL32(40, 60, 90, 255), 0, 2.0f);
  if (active) {
    const float f = std::clamp((ImGui::GetIO().MousePos.x - p0.x) / width, 0.0f, 1.0f);
    *seconds = static_cast<double>(f * total);
    return true;
  }
  return false;
}

}  // namespace

std::string time_label(const sim::Course& course, double day) {
  const double since = since_session(course, day);
  const std::string d = std::to_string(static_cast<int>(std::floor(day)));
  const std::string phase = phase_text(course.phase_at(day));
  if (since < sim::kHoursRegimeEnd_d) {
    const int hours = static_cast<int>(std::floor(since * 24.0));
    const int minutes = static_cast<int>(std::floor(since * 24.0 * 60.0)) % 60;
    if (hours == 0) {
      return trf("time.day_minutes",
                 {{"day", d}, {"minutes", std::to_string(minutes)}, {"phase", phase}});
    }
    return trf("time.day_hours", {{"day", d}, {"hours", std::to_string(hours)}, {"phase", phase}});
  }
  return trf("time.day", {{"day", d}, {"phase", phase}});
}

double step_days(const sim::Course& course, double day) {
  const double since = since_session(course, day);
  if (since < sim::kNeedlingEnd_d) return kMinuteDays;
  if (since < sim::kHoursRegimeEnd_d) return kHourDays;
  if (since < sim::kDaysRegimeEnd_d) return 1.0;
  return 7.0;
}

double previous_session_day(const sim::Course& course, double day) {
  double best = course.session_days().front();
  for (double s : course.session_days()) {
    if (s < day - 1e-6) best = s;
  }
  return best;
}

double next_session_day(const sim::Course& course, double day) {
  for (double s : course.session_days()) {
    if (s > day + 1e-6) return s;
  }
  return course.end_day();
}

float timeline_panel(const sim::Course& course, const doc::TimeWarp& warp,
                     const doc::Playback& playback, const std::string& caption, float width_px,
                     const Fonts& fonts, Commands& out) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float font = ImGui::GetFontSize();
  const float height = 4.6f * font;
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x, vp->Pos.y + vp->Size.y - height));
  ImGui::SetNextWindowSize(ImVec2(width_px, height));
  const ImGuiWindowFlags wf =
      ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings;
  if (ImGui::Begin("##timeline", nullptr, wf)) {
    const double day = playback.day;
    if (ImGui::Button("|<")) out.seek_day = previous_session_day(course, day);
    tooltip("timeline.previous_session", Action::previous_session);
    ImGui::SameLine();
    if (ImGui::Button("<")) out.seek_day = std::max(0.0, day - step_days(course, day));
    tooltip("timeline.step_back", Action::step_back);
    ImGui::SameLine();
    const std::string play =
        std::string(tr(playback.playing ? "timeline.pause" : "timeline.play")) + "###play";
    if (ImGui::Button(play.c_str())) out.playing = !playback.playing;
    tooltip("timeline.play_pause", Action::play_pause);
    ImGui::SameLine();
    if (ImGui::Button(">")) out.seek_day = std::min(course.end_day(), day + step_days(course, day));
    tooltip("timeline.step_forward", Action::step_forward);
    ImGui::SameLine();
    if (ImGui::Button(">|")) out.seek_day = next_session_day(course, day);
    tooltip("timeline.next_session", Action::next_session);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(5.5f * font);
    char speed[16];
    std::snprintf(speed, sizeof speed, "%gx", static_cast<double>(playback.speed));
    if (ImGui::BeginCombo("##speed", speed)) {
      for (float s : kSpeeds) {
        char item[16];
        std::snprintf(item, sizeof item, "%gx", static_cast<double>(s));
        if (ImGui::Selectable(item, s == playback.speed)) out.speed = s;
      }
      ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::PushFont(fonts.label);
    ImGui::TextUnformatted(time_label(course, day).c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::TextDisabled("  %s", caption.c_str());
    double seconds = 0.0;
    if (scrub_bar(course, warp, day, ImGui::GetContentRegionAvail().x, 1.7f * font, &seconds)) {
      out.seek_day = warp.day_at(seconds);
    }
  }
  ImGui::End();
  return height;
}

}  // namespace dv::ui
