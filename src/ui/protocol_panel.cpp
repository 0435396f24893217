// "Treatment" tab: the protocol a trainee varies (device, depth, frequency...) and the patient,
// with each simulation warning shown beside the control that caused it.
#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "sim/text_format.h"

#include "ui/panels.h"
#include "ui/widgets.h"

namespace dv::ui {
namespace {

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
void warnings_for(const sim::Course& course, const Captions& captions, const char* field) {
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

// A note from the text file with its placeholders filled, greyed.
void note(const Captions& captions, const std::string& key,
          const std::vector<std::pair<std::string, std::string>>& args) {
  const auto it = captions.texts.find(key);
  if (it == captions.texts.end()) return;
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("%s", sim::format_template(it->second, args).c_str());
  ImGui::PopTextWrapPos();
}

std::string pct(double share) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f", 100.0 * share);
  return buf;
}

void depth_slider(const sim::Scenario& s, const sim::Course& course, const Captions& captions,
                  Commands& out) {
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
  static constexpr const char* kBleedKeys[] = {"bleeding.none", "bleeding.spotty",
                                               "bleeding.pinpoint", "bleeding.uniform"};
  note(captions, kBleedKeys[static_cast<int>(n.bleeding_level)],
       {{"share_pct", pct(n.bleeding_share)}});
  warnings_for(course, captions, "needle_depth_mm");
}

}  // namespace

void protocol_tab(const sim::Scenario& s, const sim::Course& course, double day,
                  const PinnedCurve* pinned, const Captions& captions, Commands& out) {
  ImGui::PushItemWidth(-8.5f * ImGui::GetFontSize());
  section("Treatment");
  sim::Device device = s.device;
  if (enum_combo(
          "Device", s.device, sim::kAllDevices, [](sim::Device d) { return sim::display_name(d); },
          &device)) {
    sim::Scenario& e = out.edit_scenario(s);
    e.device = device;
    // A roller is rolled many more times than a pen passes (sim::default_passes).
    e.passes = sim::default_passes(device);
  }
  depth_slider(s, course, captions, out);
  int passes = s.passes;
  if (ImGui::SliderInt("Passes", &passes, sim::Limits::passes_min, sim::Limits::passes_max)) {
    out.edit_scenario(s).passes = passes;
  }
  const auto usual = sim::usual_passes(s.device);
  ImGui::TextDisabled("%.0f channels per cm\xC2\xB2 each session",
                      course.needling().channels_per_cm2);
  note(captions, "treatment.passes_usual",
       {{"low", std::to_string(usual.first)}, {"high", std::to_string(usual.second)}});
  note(captions, "treatment.injured", {{"injured_pct", pct(course.needling().injured_fraction)}});
  warnings_for(course, captions, "passes");
  warnings_for(course, captions, "sessions");
  int sessions = s.sessions;
  if (ImGui::SliderInt("Sessions", &sessions, sim::Limits::sessions_min,
                       sim::Limits::sessions_max)) {
    out.edit_scenario(s).sessions = sessions;
  }
  int interval = static_cast<int>(s.interval_weeks);
  if (ImGui::SliderInt("Every", &interval, static_cast<int>(sim::Limits::interval_min_weeks),
                       static_cast<int>(sim::Limits::interval_max_weeks),
                       interval == 1 ? "%d week" : "%d weeks")) {
    out.edit_scenario(s).interval_weeks = interval;
  }
  warnings_for(course, captions, "interval_weeks");
  int follow = static_cast<int>(s.follow_up_weeks);
  if (ImGui::SliderInt("Follow-up", &follow, static_cast<int>(sim::Limits::follow_up_min_weeks),
                       static_cast<int>(sim::Limits::follow_up_max_weeks),
                       follow == 1 ? "%d week" : "%d weeks")) {
    out.edit_scenario(s).follow_up_weeks = follow;
  }
  sim::Topical topical = s.topical;
  if (enum_combo(
          "Topical", s.topical, sim::kAllTopicals,
          [](sim::Topical t) { return sim::display_name(t); }, &topical)) {
    out.edit_scenario(s).topical = topical;
  }
  warnings_for(course, captions, "topical");

  section("Patient");
  sim::Region region = s.region;
  if (enum_combo(
          "Region", s.region, sim::kAllRegions, [](sim::Region r) { return sim::display_name(r); },
          &region)) {
    out.edit_scenario(s).region = region;
  }
  warnings_for(course, captions, "region");
  int sex = s.sex == sim::Sex::female ? 0 : 1;
  if (ImGui::RadioButton("Female", &sex, 0)) out.edit_scenario(s).sex = sim::Sex::female;
  ImGui::SameLine();
  if (ImGui::RadioButton("Male", &sex, 1)) out.edit_scenario(s).sex = sim::Sex::male;
  int age = static_cast<int>(s.age_years);
  if (ImGui::SliderInt("Age", &age, static_cast<int>(sim::Limits::age_min),
                       static_cast<int>(sim::Limits::age_max), "%d years")) {
    out.edit_scenario(s).age_years = age;
  }
  warnings_for(course, captions, "age_years");
  int fitz = s.fitzpatrick;
  if (ImGui::SliderInt("Skin type", &fitz, sim::Limits::fitzpatrick_min,
                       sim::Limits::fitzpatrick_max, "Fitzpatrick %d")) {
    out.edit_scenario(s).fitzpatrick = fitz;
  }
  warnings_for(course, captions, "fitzpatrick");
  sim::Condition condition = s.condition;
  if (enum_combo(
          "Condition", s.condition, sim::kAllConditions,
          [](sim::Condition c) { return sim::display_name(c); }, &condition)) {
    out.edit_scenario(s).condition = condition;
  }
  warnings_for(course, captions, "condition");
  ImGui::PopItemWidth();

  section("Outcome");
  if (outcome_chart(course, day, pinned, 6.0f * ImGui::GetFontSize())) out.pin_course = true;
}

}  // namespace dv::ui
