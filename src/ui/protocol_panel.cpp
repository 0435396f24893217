// "Treatment" tab: the protocol a trainee varies (device, depth, frequency...) and the patient,
// with each simulation warning shown beside the control that caused it. The controls come from
// the scenario field table; every word from the strings files.
#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "sim/scenario_fields.h"
#include "sim/text_format.h"
#include "ui/field_controls.h"
#include "ui/names.h"
#include "ui/panels.h"
#include "ui/sensation_readout.h"
#include "ui/strings.h"
#include "ui/widgets.h"

namespace dv::ui {
namespace {

std::string pct(double share) {
  return number(100.0 * share, "%.0f");
}

// A severity icon the size of a text line: note = ring, caution = triangle, unsafe = octagon
// (shape, not only colour, tells them apart).
void severity_icon(sim::Severity sev, const ImVec4& colour) {
  const float h = ImGui::GetTextLineHeight();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 c = ImGui::ColorConvertFloat4ToU32(colour);
  const ImVec2 mid(p.x + 0.5f * h, p.y + 0.5f * h);
  switch (sev) {
    case sim::Severity::note: dl->AddCircle(mid, 0.38f * h, c, 16, 2.0f); break;
    case sim::Severity::caution:
      dl->AddTriangleFilled(ImVec2(mid.x, p.y + 0.08f * h),
                            ImVec2(p.x + 0.95f * h, p.y + 0.92f * h),
                            ImVec2(p.x + 0.05f * h, p.y + 0.92f * h), c);
      break;
    case sim::Severity::unsafe: dl->AddNgonFilled(mid, 0.46f * h, c, 8); break;
  }
  ImGui::Dummy(ImVec2(h, h));
  ImGui::SameLine();
}

ImVec4 severity_colour(sim::Severity sev) {
  switch (sev) {
    case sim::Severity::note: return ImVec4(0.55f, 0.75f, 1.0f, 1.0f);
    case sim::Severity::caution: return kWarningColour;
    case sim::Severity::unsafe: break;
  }
  return ImVec4(1.0f, 0.42f, 0.38f, 1.0f);
}

// Every warning of the course about scenario key `field`: icon, severity word, then the text.
void warnings_for(const sim::Course& course, const Captions& captions, std::string_view field) {
  for (const sim::Warning& w : course.warnings()) {
    if (w.field != field) continue;
    const ImVec4 colour = severity_colour(w.severity);
    severity_icon(w.severity, colour);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::PushTextWrapPos(0.0f);
    const auto sev = captions.texts.find("severity." + std::string(sim::key(w.severity)));
    const auto tmpl = captions.texts.find("warning." + w.id);
    const std::string text =
        (sev != captions.texts.end() ? sev->second + ": " : std::string()) +
        (tmpl != captions.texts.end() ? sim::format_template(tmpl->second, w.args, &captions.texts)
                                      : w.id);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
  }
}

// A note from the strings with its placeholders filled, greyed.
void note(const std::string& id, const std::vector<std::pair<std::string, std::string>>& args) {
  if (!has_text(id)) return;
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("%s", sim::format_template(tr(id), args).c_str());
  ImGui::PopTextWrapPos();
}

// What the model says under the depth slider: the region's usual range marked on the track,
// how deep the needles really reach, and how much it bleeds.
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
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(
      trf("protocol.reaches", {{"depth", number(n.effective_depth_um / 1000.0, "%.2f")},
                               {"percent", pct(n.penetration_fraction)},
                               {"layer", layer_text(n.deepest_layer)}})
          .c_str());
  ImGui::PopTextWrapPos();
  static constexpr const char* kBleedIds[] = {"bleeding.none", "bleeding.spotty",
                                              "bleeding.pinpoint", "bleeding.uniform"};
  note(kBleedIds[static_cast<int>(n.bleeding_level)], {{"share_pct", pct(n.bleeding_share)}});
}

// One field's control, then what the model says about it, then its warnings.
void field_row(std::string_view key, const sim::Scenario& s, const sim::Course& course,
               const Captions& captions, Commands& out) {
  const sim::ScenarioField* f = sim::find_scenario_field(key);
  if (!f) return;
  if (field_control(*f, s, out) && key == "device") {
    // A roller is rolled many more times than a pen passes (sim::default_passes).
    sim::Scenario& e = out.edit_scenario(s);
    e.passes = sim::default_passes(e.device);
  }
  if (key == "needle_depth_mm") depth_readout(*f, course);
  if (key == "anaesthetic_wait_min") sensation_readout(s, course);
  if (key == "passes") {
    ImGui::TextDisabled("%s", trf("protocol.channels",
                                  {{"count", number(course.needling().channels_per_cm2, "%.0f")}})
                                  .c_str());
    const auto usual = sim::usual_passes(s.device);
    note("treatment.passes_usual",
         {{"low", std::to_string(usual.first)}, {"high", std::to_string(usual.second)}});
    note("treatment.injured", {{"injured_pct", pct(course.needling().injured_fraction)}});
  }
  warnings_for(course, captions, f->key);
}

}  // namespace

void protocol_tab(const sim::Scenario& s, const sim::Course& course, double day,
                  const PinnedCurve* pinned, const Captions& captions, Commands& out,
                  const sim::Ensemble* ensemble, PanelFlags* flags) {
  // The outcome stays in sight at the bottom of the tab while the controls above it scroll, so
  // a slider's effect on the curve and its band is seen as it is moved.
  const float font = ImGui::GetFontSize();
  const float line = ImGui::GetTextLineHeightWithSpacing();
  const float frame = ImGui::GetFrameHeightWithSpacing();
  const float chart_h = 6.0f * font;
  const float outcome_h = chart_h + 1.8f * font + (pinned ? 10.5f : 7.5f) * line + 2.0f * frame;
  ImGui::BeginChild("##treatment_controls", ImVec2(0.0f, -outcome_h));
  ImGui::PushItemWidth(-8.5f * font);
  section(tr("protocol.treatment"));
  for (std::string_view key :
       {"device", "needle_depth_mm", "passes", "sessions", "interval_weeks", "follow_up_weeks",
        "topical", "anaesthetic", "anaesthetic_wait_min"}) {
    field_row(key, s, course, captions, out);
  }
  section(tr("protocol.patient"));
  for (std::string_view key : {"region", "sex", "age_years", "fitzpatrick", "condition"}) {
    field_row(key, s, course, captions, out);
  }
  ImGui::PopItemWidth();
  ImGui::EndChild();

  section(tr("protocol.outcome"));
  PanelFlags none;
  PanelFlags& f = flags ? *flags : none;
  if (outcome_chart(course, ensemble, day, pinned, f.chart_column, f.show_numbers, chart_h))
    out.pin_course = true;
}

}  // namespace dv::ui
