// "Treatment" tab: the protocol a trainee varies (device, depth, frequency...) and the patient,
// with each simulation warning shown beside the control that caused it.
#include <imgui.h>

#include <cmath>
#include <cstdio>

#include "sim/scenario_fields.h"
#include "ui/field_controls.h"
#include "ui/names.h"
#include "ui/panels.h"
#include "ui/strings.h"
#include "ui/widgets.h"

namespace dv::ui {
namespace {

// Every warning of the course about scenario key `field`, wrapped in amber under the control.
std::string number(double v, const char* fmt) {
  char buf[32];
  std::snprintf(buf, sizeof buf, fmt, v);
  return buf;
}

void warnings_for(const sim::Course& course, std::string_view field) {
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

// What the model says under the depth slider: the region's usual range marked on the track,
// how deep the needles really reach, and whether it bleeds.
void depth_readout(const sim::ScenarioField& f, const sim::Course& course) {
  const auto lo = static_cast<float>(f.min), hi = static_cast<float>(f.max);
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  const float track_w = ImGui::CalcItemWidth();
  auto x_of = [&](double mm) { return a.x + static_cast<float>((mm - lo) / (hi - lo)) * track_w; };
  const sim::SkinLayers& skin = course.skin();
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(x_of(skin.usual_depth_min_mm), b.y - 4.0f),
                                            ImVec2(x_of(skin.usual_depth_max_mm), b.y),
                                            IM_COL32(90, 200, 140, 255), 2.0f);
  const sim::Needling& n = course.needling();
  ImGui::TextDisabled(
      "%s", trf("protocol.usual_depth", {{"min", number(skin.usual_depth_min_mm, "%.2g")},
                                         {"max", number(skin.usual_depth_max_mm, "%.2g")}})
                .c_str());
  ImGui::TextUnformatted(
      trf("protocol.reaches", {{"depth", number(n.effective_depth_um / 1000.0, "%.2f")},
                               {"percent", number(100.0 * n.penetration_fraction, "%.0f")},
                               {"layer", layer_text(n.deepest_layer)}})
          .c_str());
  ImGui::TextUnformatted(tr(n.bleeding ? "protocol.bleeding" : "protocol.no_bleeding"));
}

// One field's control, then what the model says about it, then its warnings.
void field_row(std::string_view key, const sim::Scenario& s, const sim::Course& course,
               Commands& out) {
  const sim::ScenarioField* f = sim::find_scenario_field(key);
  if (!f) return;
  field_control(*f, s, out);
  if (key == "needle_depth_mm") depth_readout(*f, course);
  if (key == "passes") {
    ImGui::TextDisabled("%s", trf("protocol.channels",
                                  {{"count", number(course.needling().channels_per_cm2, "%.0f")}})
                                  .c_str());
  }
  warnings_for(course, f->key);
}

}  // namespace

void protocol_tab(const sim::Scenario& s, const sim::Course& course, double day,
                  const PinnedCurve* pinned, Commands& out) {
  ImGui::PushItemWidth(-8.5f * ImGui::GetFontSize());
  section(tr("protocol.treatment"));
  for (std::string_view key : {"device", "needle_depth_mm", "passes", "sessions", "interval_weeks",
                               "follow_up_weeks", "topical"}) {
    field_row(key, s, course, out);
  }
  section(tr("protocol.patient"));
  for (std::string_view key : {"region", "sex", "age_years", "fitzpatrick", "condition"}) {
    field_row(key, s, course, out);
  }
  ImGui::PopItemWidth();

  section(tr("protocol.outcome"));
  if (outcome_chart(course, day, pinned, 6.0f * ImGui::GetFontSize())) out.pin_course = true;
}

}  // namespace dv::ui
