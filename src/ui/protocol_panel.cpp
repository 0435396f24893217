// "Treatment" tab: the protocol a trainee varies (device, depth, frequency...) and the patient,
// with each simulation warning shown beside the control that caused it.
#include <imgui.h>

#include <cmath>
#include <cstdio>

#include "ui/panels.h"
#include "ui/widgets.h"

namespace dv::ui {
namespace {

// Every warning of the course about scenario key `field`, wrapped in amber under the control.
void warnings_for(const sim::Course& course, const char* field) {
  for (const sim::Warning& w : course.warnings()) {
    if (w.field != field) continue;
    ImGui::PushStyleColor(ImGuiCol_Text, kWarningColour);
    ImGui::Bullet();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(w.message.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
  }
}

void depth_slider(const sim::Scenario& s, const sim::Course& course, Commands& out) {
  float depth = static_cast<float>(s.needle_depth_mm);
  const auto lo = static_cast<float>(sim::Limits::depth_min_mm);
  const auto hi = static_cast<float>(sim::Limits::depth_max_mm);
  if (ImGui::SliderFloat("Needle depth", &depth, lo, hi, "%.2f mm")) {
    out.edit_scenario(s).needle_depth_mm = std::round(depth * 20.0f) / 20.0f;  // 0.05 mm steps
  }
  // The region's usual range, marked under the slider's track.
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  const float track_w = ImGui::CalcItemWidth();
  auto x_of = [&](double mm) { return a.x + static_cast<float>((mm - lo) / (hi - lo)) * track_w; };
  const sim::SkinLayers& skin = course.skin();
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(x_of(skin.usual_depth_min_mm), b.y - 4.0f),
                                            ImVec2(x_of(skin.usual_depth_max_mm), b.y),
                                            IM_COL32(90, 200, 140, 255), 2.0f);
  const sim::Needling& n = course.needling();
  ImGui::TextDisabled("usual here %.2g\xE2\x80\x93%.2g mm", skin.usual_depth_min_mm,
                      skin.usual_depth_max_mm);
  ImGui::Text("Reaches %.2f mm (%.0f %% of the needle) \xC2\xB7 %s", n.effective_depth_um / 1000.0,
              100.0 * n.penetration_fraction,
              std::string(sim::layer_name(n.deepest_layer)).c_str());
  ImGui::Text("%s", n.bleeding ? "Pinpoint bleeding: reaches the capillary loops"
                               : "No bleeding: stays above the capillary loops");
  warnings_for(course, "needle_depth_mm");
}

}  // namespace

void protocol_tab(const sim::Scenario& s, const sim::Course& course, double day,
                  const PinnedCurve* pinned, Commands& out) {
  ImGui::PushItemWidth(-8.5f * ImGui::GetFontSize());
  section("Treatment");
  sim::Device device = s.device;
  if (enum_combo(
          "Device", s.device, sim::kAllDevices, [](sim::Device d) { return sim::display_name(d); },
          &device)) {
    out.edit_scenario(s).device = device;
  }
  depth_slider(s, course, out);
  int passes = s.passes;
  if (ImGui::SliderInt("Passes", &passes, sim::Limits::passes_min, sim::Limits::passes_max)) {
    out.edit_scenario(s).passes = passes;
  }
  ImGui::TextDisabled("%.0f channels per cm\xC2\xB2 each session",
                      course.needling().channels_per_cm2);
  int sessions = s.sessions;
  if (ImGui::SliderInt("Sessions", &sessions, sim::Limits::sessions_min,
                       sim::Limits::sessions_max)) {
    out.edit_scenario(s).sessions = sessions;
  }
  int interval = static_cast<int>(s.interval_weeks);
  if (ImGui::SliderInt("Every", &interval, static_cast<int>(sim::Limits::interval_min_weeks),
                       static_cast<int>(sim::Limits::interval_max_weeks), "%d weeks")) {
    out.edit_scenario(s).interval_weeks = interval;
  }
  warnings_for(course, "interval_weeks");
  int follow = static_cast<int>(s.follow_up_weeks);
  if (ImGui::SliderInt("Follow-up", &follow, static_cast<int>(sim::Limits::follow_up_min_weeks),
                       static_cast<int>(sim::Limits::follow_up_max_weeks), "%d weeks")) {
    out.edit_scenario(s).follow_up_weeks = follow;
  }
  sim::Topical topical = s.topical;
  if (enum_combo(
          "Topical", s.topical, sim::kAllTopicals,
          [](sim::Topical t) { return sim::display_name(t); }, &topical)) {
    out.edit_scenario(s).topical = topical;
  }
  warnings_for(course, "topical");

  section("Patient");
  sim::Region region = s.region;
  if (enum_combo(
          "Region", s.region, sim::kAllRegions, [](sim::Region r) { return sim::display_name(r); },
          &region)) {
    out.edit_scenario(s).region = region;
  }
  warnings_for(course, "region");
  int sex = s.sex == sim::Sex::female ? 0 : 1;
  if (ImGui::RadioButton("Female", &sex, 0)) out.edit_scenario(s).sex = sim::Sex::female;
  ImGui::SameLine();
  if (ImGui::RadioButton("Male", &sex, 1)) out.edit_scenario(s).sex = sim::Sex::male;
  int age = static_cast<int>(s.age_years);
  if (ImGui::SliderInt("Age", &age, static_cast<int>(sim::Limits::age_min),
                       static_cast<int>(sim::Limits::age_max), "%d years")) {
    out.edit_scenario(s).age_years = age;
  }
  warnings_for(course, "age_years");
  int fitz = s.fitzpatrick;
  if (ImGui::SliderInt("Skin type", &fitz, sim::Limits::fitzpatrick_min,
                       sim::Limits::fitzpatrick_max, "Fitzpatrick %d")) {
    out.edit_scenario(s).fitzpatrick = fitz;
  }
  warnings_for(course, "fitzpatrick");
  sim::Condition condition = s.condition;
  if (enum_combo(
          "Condition", s.condition, sim::kAllConditions,
          [](sim::Condition c) { return sim::display_name(c); }, &condition)) {
    out.edit_scenario(s).condition = condition;
  }
  warnings_for(course, "condition");
  ImGui::PopItemWidth();

  section("Outcome");
  if (outcome_chart(course, day, pinned, 6.0f * ImGui::GetFontSize())) out.pin_course = true;
}

}  // namespace dv::ui
