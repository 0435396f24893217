// The tabs of the patient view: the plan, the results, the side effects and the checklist, in
// plain words (assets/text/en/patient.json, risks.json, checks.json).
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "sim/contraindications.h"
#include "sim/patient_summary.h"
#include "sim/scenario_fields.h"
#include "ui/field_controls.h"
#include "ui/patient_panels.h"
#include "ui/strings.h"
#include "ui/widgets.h"

namespace dv::ui {
namespace {

constexpr double kBankCard_mm = 0.76;  // ISO/IEC 7810 ID-1 card thickness, mm

void heading(const char* text) {
  ImGui::Spacing();
  ImGui::TextColored(kPatientAccent, "%s", text);
  ImGui::Separator();
}

void wrapped(const std::string& s) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(s.c_str());
  ImGui::PopTextWrapPos();
}

void small(const std::string& s) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("%s", s.c_str());
  ImGui::PopTextWrapPos();
}

// A combo of a choice field with a patient label above it.
void plan_choice(const char* label_id, std::string_view key, const sim::Scenario& s,
                 Commands& out) {
  const sim::ScenarioField* f = sim::find_scenario_field(key);
  if (!f) return;
  ImGui::TextUnformatted(tr(label_id));
  ImGui::SetNextItemWidth(-1.0f);
  const auto now = static_cast<std::size_t>(f->get(s));
  const std::string id = "##plan_" + std::string(key);
  if (ImGui::BeginCombo(id.c_str(), choice_label(*f, now))) {
    for (std::size_t i = 0; i <= static_cast<std::size_t>(f->max); ++i) {
      if (ImGui::Selectable(choice_label(*f, i), i == now)) {
        f->set(out.edit_scenario(s), static_cast<double>(i));
      }
    }
    ImGui::EndCombo();
  }
}

// A slider of a numeric field with a patient label above it; `value_id` formats the value.
void plan_slider(const char* label_id, std::string_view key, const char* value_id,
                 const sim::Scenario& s, Commands& out) {
  const sim::ScenarioField* f = sim::find_scenario_field(key);
  if (!f) return;
  ImGui::TextUnformatted(tr(label_id));
  ImGui::SetNextItemWidth(-1.0f);
  const std::string id = "##plan_" + std::string(key);
  const double v = f->get(s);
  if (f->step >= 1.0) {
    int i = static_cast<int>(std::lround(v));
    const std::string fmt = slider_format(tr(value_id), "%d");
    if (ImGui::SliderInt(id.c_str(), &i, static_cast<int>(f->min), static_cast<int>(f->max),
                         fmt.c_str(), ImGuiSliderFlags_AlwaysClamp)) {
      f->set(out.edit_scenario(s), sim::clamp_to_field(*f, i));
    }
  } else {
    float x = static_cast<float>(v);
    const std::string fmt = slider_format(tr(value_id), "%.2f");
    if (ImGui::SliderFloat(id.c_str(), &x, static_cast<float>(f->min), static_cast<float>(f->max),
                           fmt.c_str(), ImGuiSliderFlags_AlwaysClamp)) {
      const double snapped = std::round(static_cast<double>(x) / f->step) * f->step;
      f->set(out.edit_scenario(s), sim::clamp_to_field(*f, snapped));
    }
  }
}

// 100 little people in a 10 × 10 grid, coloured by group (counts sum to 100).
void icon_array(const std::array<int, 3>& counts, const std::array<ImU32, 3>& colours, float width,
                int cols = 10) {
  const float cell = std::min(width / static_cast<float>(cols), 26.0f);
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  int group = 0, left = counts[0];
  for (int i = 0; i < 100; ++i) {
    while (left == 0 && group < 2) left = counts[static_cast<std::size_t>(++group)];
    --left;
    const float x = p0.x + static_cast<float>(i % cols) * cell;
    const float y = p0.y + static_cast<float>(i / cols) * cell * 1.1f;
    const ImU32 col = colours[static_cast<std::size_t>(group)];
    dl->AddCircleFilled(ImVec2(x + 0.5f * cell, y + 0.27f * cell), 0.17f * cell, col);
    dl->AddRectFilled(ImVec2(x + 0.28f * cell, y + 0.48f * cell),
                      ImVec2(x + 0.72f * cell, y + 0.98f * cell), col, 0.2f * cell);
  }
  ImGui::Dummy(ImVec2(static_cast<float>(cols) * cell,
                      static_cast<float>((100 + cols - 1) / cols) * 1.1f * cell));
}

void swatch(ImU32 col) {
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float h = ImGui::GetTextLineHeight();
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + 0.15f * h),
                                            ImVec2(p.x + 0.7f * h, p.y + 0.85f * h), col, 3.0f);
  ImGui::Dummy(ImVec2(h, h));
  ImGui::SameLine();
}

// The needle beside a stack of bank cards, both drawn at the same scale (the familiar object).
void needle_and_cards(double needle_mm, int cards) {
  const float px_per_mm = ImGui::GetTextLineHeight() * 2.5f;
  const float h = static_cast<float>(needle_mm) * px_per_mm;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float base = p.y + std::max(h, static_cast<float>(cards) * 0.76f * px_per_mm) + 4.0f;
  // The needle, point down, standing on the baseline.
  dl->AddTriangleFilled(ImVec2(p.x + 10.0f, base - h), ImVec2(p.x + 14.0f, base - h),
                        ImVec2(p.x + 12.0f, base), IM_COL32(200, 205, 215, 255));
  for (int i = 0; i < std::max(cards, 1); ++i) {
    const float y1 = base - static_cast<float>(i) * 0.76f * px_per_mm;
    const float y0 = y1 - 0.76f * px_per_mm + 1.0f;
    dl->AddRectFilled(ImVec2(p.x + 30.0f, y0), ImVec2(p.x + 110.0f, y1),
                      i % 2 ? IM_COL32(90, 140, 200, 255) : IM_COL32(120, 170, 225, 255), 1.5f);
  }
  dl->AddLine(ImVec2(p.x, base), ImVec2(p.x + 120.0f, base), IM_COL32(160, 160, 170, 255));
  ImGui::Dummy(ImVec2(120.0f, base - p.y + 4.0f));
}

std::string who_text(const sim::Scenario& s) {
  return trf("summary.who",
             {{"sex", tr(s.sex == sim::Sex::female ? "summary.woman" : "summary.man")},
              {"age", std::to_string(static_cast<int>(s.age_years))},
              {"type", std::to_string(s.fitzpatrick)}});
}

}  // namespace

void patient_plan_tab(const doc::Document& d, Commands& out) {
  const sim::Scenario& s = d.scenario();
  plan_choice("patient.condition", "condition", s, out);
  plan_choice("patient.region", "region", s, out);
  plan_choice("patient.device", "device", s, out);
  plan_slider("patient.depth", "needle_depth_mm", "patient.depth.value", s, out);
  const int cards = static_cast<int>(std::lround(s.needle_depth_mm / kBankCard_mm));
  small(cards <= 1 ? trf("patient.needle_size_one", {{"mm", number(s.needle_depth_mm, "%.2f")}})
                   : trf("patient.needle_size", {{"mm", number(s.needle_depth_mm, "%.2f")},
                                                 {"cards", std::to_string(cards)}}));
  needle_and_cards(s.needle_depth_mm, cards);
  plan_slider("patient.sessions", "sessions", "field.sessions.value", s, out);
  plan_slider("patient.interval", "interval_weeks", "field.sessions.value", s, out);
  plan_slider("patient.skin_type", "fitzpatrick", "patient.skin_type.value", s, out);
  ImGui::Spacing();
  bool real_blood = !d.figure().soft_blood;
  if (ImGui::Checkbox(tr("patient.blood"), &real_blood)) {
    out.edit_figure(d.figure()).soft_blood = !real_blood;
  }
  small(tr("patient.blood.note"));
  ImGui::Spacing();
  small(tr("patient.reassure"));
  small(tr("patient.click_hint"));
  if (s.condition != sim::Condition::none) {
    const std::string id = "condition.scene." + std::string(sim::key(s.condition));
    if (has_text(id)) {
      heading(tr("patient.condition"));
      wrapped(tr(id));
      small(tr("condition.scene.illustrative"));
    }
  }
}

void patient_results_tab(const doc::Document& d) {
  const sim::OutcomeSummary o = sim::outcome_summary(d.course(), d.ensemble());
  const sim::Scenario& s = d.scenario();
  heading(tr("summary.title"));
  wrapped(tr(o.words_id));
  const auto pct = [](double v) { return std::to_string(static_cast<int>(std::lround(v))); };
  wrapped(trf("summary.range", {{"low", pct(o.low_pct)}, {"high", pct(o.high_pct)}}));
  small(trf("summary.applies",
            {{"who", who_text(s)}, {"months", std::to_string(o.months_after_last)}}));
  if (!o.from_band) small(tr("summary.band_pending"));
  ImGui::Spacing();
  ImGui::TextUnformatted(tr("summary.icons.intro"));
  const std::array<ImU32, 3> colours = {IM_COL32(110, 200, 170, 255), IM_COL32(150, 180, 230, 255),
                                        IM_COL32(150, 150, 160, 255)};
  icon_array(o.people, colours, std::min(ImGui::GetContentRegionAvail().x, 300.0f));
  const char* ids[] = {"summary.icons.clear", "summary.icons.some", "summary.icons.little"};
  for (std::size_t i = 0; i < 3; ++i) {
    swatch(colours[i]);
    ImGui::TextUnformatted(trf(ids[i], {{"n", std::to_string(o.people[i])}}).c_str());
  }
  small(tr("summary.fibres_vs_look"));
  heading(tr("summary.no_treatment.title"));
  wrapped(tr(sim::no_treatment_id(s.condition)));
  heading(tr("summary.alternatives.title"));
  for (std::string_view id : sim::alternative_ids(s.condition)) {
    ImGui::Bullet();
    wrapped(tr(id));
  }
}

void patient_risks_tab(const doc::Document& d) {
  const auto risks = sim::risk_lines(d.course(), d.ensemble());
  heading(tr("risks.title"));
  sim::RiskGroup group = sim::RiskGroup::rare;
  bool first = true;
  for (const sim::RiskLine& r : risks) {
    if (first || r.group != group) {
      ImGui::Spacing();
      ImGui::TextColored(kPatientAccent, "%s", tr("risk.group." + std::string(sim::key(r.group))));
      first = false;
      group = r.group;
    }
    const std::string k(r.key);
    ImGui::Bullet();
    wrapped(tr("risk." + k));
    ImGui::Indent();
    std::string freq;
    if (r.per_100_high < 0) {
      freq = tr(r.group == sim::RiskGroup::common ? "risk.most" : "risk.no_figure");
    } else if (r.per_100_high < 1) {
      freq = tr("risk.below_1");
    } else if (r.per_100_low == r.per_100_high) {
      freq = trf("risk.per_100_one", {{"n", std::to_string(r.per_100_high)}});
    } else {
      freq = trf("risk.per_100", {{"low", std::to_string(std::max(r.per_100_low, 0))},
                                  {"high", std::to_string(r.per_100_high)}});
    }
    ImGui::TextDisabled("%s", freq.c_str());
    if (r.per_100_high >= 1) {
      // The same 100 people as the results: the few affected at the high end, in amber.
      const int hi = std::min(r.per_100_high, 100);
      const int lo = std::clamp(r.per_100_low, 0, hi);
      icon_array(
          {lo, hi - lo, 100 - hi},
          {IM_COL32(235, 170, 80, 255), IM_COL32(235, 170, 80, 130), IM_COL32(120, 124, 134, 255)},
          std::min(ImGui::GetContentRegionAvail().x, 300.0f), 20);
    }
    if (r.raised) {
      ImGui::PushStyleColor(ImGuiCol_Text, kPatientNote);
      wrapped(tr(r.raised_id));
      ImGui::PopStyleColor();
    }
    small(tr("risk." + k + ".clinic"));
    ImGui::Unindent();
  }
}

void patient_advice_banner(const doc::Document& d, Commands& out) {
  const sim::Decision dec = sim::decide(d.scenario());
  const ImVec4 colour = dec.overall == sim::Advice::go_ahead ? kPatientGood : kPatientNote;
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  const std::string id = "advice." + std::string(sim::key(dec.overall));
  wrapped(dec.overall == sim::Advice::shallower
              ? trf(id, {{"mm", number(dec.advised_depth_mm, "%.1f")}})
              : std::string(tr(id)));
  ImGui::PopStyleColor();
  if (dec.overall == sim::Advice::shallower &&
      d.scenario().needle_depth_mm > dec.advised_depth_mm + 1e-9) {
    const std::string label =
        trf("advice.shorter_view", {{"mm", number(dec.advised_depth_mm, "%.1f")}});
    if (ImGui::Button(label.c_str())) {
      out.edit_scenario(d.scenario()).needle_depth_mm = dec.advised_depth_mm;
    }
  }
}

void patient_checks_tab(const doc::Document& d, Commands& out) {
  const sim::Scenario& s = d.scenario();
  heading(tr("checks.title"));
  small(tr("checks.intro"));
  for (sim::Check c : sim::kAllChecks) {
    const std::string k(sim::key(c));
    bool on = sim::checked(s, c);
    const std::string label = "##check_" + k;
    if (ImGui::Checkbox(label.c_str(), &on)) {
      out.scenario = sim::with_check(out.edit_scenario(s), c, on);
    }
    ImGui::SameLine();
    wrapped(tr("check." + k));
    if (on) {
      ImGui::Indent();
      const sim::CheckAdvice a = sim::advice_for(c);
      ImGui::PushStyleColor(ImGuiCol_Text, kPatientNote);
      wrapped(tr(a.reason));
      ImGui::PopStyleColor();
      if (a.wait_weeks > 0) {
        small(trf("advice.wait_weeks", {{"weeks", number(a.wait_weeks, "%.0f")}}));
      }
      ImGui::Unindent();
    }
  }
}

}  // namespace dv::ui
