// The patient screen (issue 11): the figure at the top left, the recovery strip under it, and a
// calm side panel with the advice, the plan, the results, the side effects and the checklist.
// A click on a label opens a short explanation.
#include <imgui.h>

#include <algorithm>
#include <cassert>

#include "sim/contraindications.h"
#include "ui/panels.h"
#include "ui/patient_panels.h"
#include "ui/screen.h"
#include "ui/strings.h"
#include "ui/widgets.h"

namespace dv::ui {
namespace {

constexpr ImGuiWindowFlags kFixed = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove |
                                    ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                    ImGuiWindowFlags_NoSavedSettings;

// A click (press and release without a drag) on a label of the figure opens its explanation.
void pick_label(const ScreenInput& in, PanelFlags& flags) {
  if (!in.labels || ImGui::GetIO().WantCaptureMouse) return;
  if (!ImGui::IsMouseReleased(ImGuiMouseButton_Left)) return;
  const ImVec2 drag = ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 0.0f);
  if (drag.x * drag.x + drag.y * drag.y > 25.0f) return;
  const ImVec2 m = ImGui::GetIO().MousePos;
  for (const PlacedLabel& p : *in.labels) {
    if (m.x >= p.text_x && m.x <= p.text_x + p.text_w && m.y >= p.text_y &&
        m.y <= p.text_y + p.text_h) {
      flags.about_label = p.id;
      return;
    }
  }
}

void about_label_window(PanelFlags& flags, float x, float y, float w) {
  if (flags.about_label.empty()) return;
  const std::string& id = flags.about_label;
  ImGui::SetNextWindowPos(ImVec2(x, y), ImGuiCond_Always);
  ImGui::SetNextWindowSize(ImVec2(w, 0.0f), ImGuiCond_Always);
  bool open = true;
  ImGui::Begin("##about_label", &open, kFixed | ImGuiWindowFlags_AlwaysAutoResize);
  const std::string lay = "lay." + id;
  ImGui::TextColored(kPatientAccent, "%s", has_text(lay) ? tr(lay) : tr(id));
  if (has_text(lay)) ImGui::TextDisabled("%s", tr(id));
  ImGui::Separator();
  ImGui::PushTextWrapPos(0.0f);
  const std::string about = "about." + id;
  if (has_text(about)) ImGui::TextUnformatted(tr(about));
  ImGui::PopTextWrapPos();
  if (ImGui::Button(tr("patient.close"))) open = false;
  ImGui::End();
  if (!open) flags.about_label.clear();
}

// "Not today" over the picture when the checklist says so; the shorter setting when it asks
// for one.
void advice_badge(const doc::Document& d, float view_w, float top) {
  const sim::Decision dec = sim::decide(d.scenario());
  std::string text;
  if (!dec.treat_today) {
    text = tr("advice.not_today_view");
  } else if (dec.overall == sim::Advice::shallower) {
    text = trf("advice.shorter_view", {{"mm", number(dec.advised_depth_mm, "%.1f")}});
  } else {
    return;
  }
  ImGui::SetNextWindowPos(ImVec2(view_w - 12.0f, top + 12.0f), ImGuiCond_Always, ImVec2(1, 0));
  ImGui::SetNextWindowBgAlpha(0.85f);
  ImGui::Begin("##advice_badge", nullptr,
               kFixed | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoInputs);
  ImGui::TextColored(kPatientNote, "%s", text.c_str());
  ImGui::End();
}

}  // namespace

Screen patient_screen(const ScreenInput& in, PanelFlags& flags) {
  assert(in.document && in.captions && in.fonts);
  const doc::Document& d = *in.document;
  Screen out;
  Commands& cmd = out.commands;
  ImGui::PushFont(in.fonts->body);
  const float menu_h = menu_bar(d.scenario(), d.figure(), flags, cmd);
  const auto W = static_cast<float>(in.width), H = static_cast<float>(in.height);
  float view_w = W, view_h = H;
  if (flags.show_panels) {
    const float panel_w = std::clamp(0.30f * W, 360.0f, 600.0f);
    const float strip_h = std::clamp(0.42f * H, 250.0f, 470.0f);
    view_w = std::max(1.0f, W - panel_w);
    view_h = std::max(1.0f, H - strip_h);
    ImGui::SetNextWindowPos(ImVec2(view_w, menu_h), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(panel_w, H - menu_h), ImGuiCond_Always);
    ImGui::Begin("##patient_panel", nullptr, kFixed);
    patient_advice_banner(d, cmd);
    // The take-home sheet of this plan (app/handout_cmd.h writes it next to the screenshots).
    if (ImGui::Button(tr("handout.button"))) cmd.save_handout = true;
    if (ImGui::BeginTabBar("##patient_tabs")) {
      // A tab asked for from outside (render --tab) is selected once.
      const auto sel = [&](int i) {
        return flags.patient_tab == i ? ImGuiTabItemFlags_SetSelected : ImGuiTabItemFlags_None;
      };
      if (ImGui::BeginTabItem(tr("patient.plan"), nullptr, sel(0))) {
        patient_plan_tab(d, cmd);
        ImGui::EndTabItem();
      }
      if (ImGui::BeginTabItem(tr("patient.tab.results"), nullptr, sel(1))) {
        patient_results_tab(d);
        ImGui::EndTabItem();
      }
      if (ImGui::BeginTabItem(tr("patient.tab.risks"), nullptr, sel(2))) {
        patient_risks_tab(d);
        ImGui::EndTabItem();
      }
      if (ImGui::BeginTabItem(tr("patient.tab.checks"), nullptr, sel(3))) {
        patient_checks_tab(d, cmd);
        ImGui::EndTabItem();
      }
      ImGui::EndTabBar();
    }
    flags.patient_tab = -1;
    ImGui::End();
    ImGui::SetNextWindowPos(ImVec2(0.0f, view_h), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(view_w, strip_h), ImGuiCond_Always);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8.0f, 3.0f));
    ImGui::Begin("##recovery_strip", nullptr, kFixed);
    recovery_strip_panel(d, view_w, *in.fonts, cmd);
    ImGui::End();
    ImGui::PopStyleVar();
    advice_badge(d, view_w, menu_h);
  }
  pick_label(in, flags);
  about_label_window(flags, 16.0f, menu_h + 110.0f, std::min(480.0f, 0.45f * view_w));
  help_window(flags);
  about_window(flags, in.version);
  ImGui::PopFont();
  out.layout.views.push_back(Rect{0.0f, 0.0f, view_w, view_h});
  out.layout.top_px = menu_h;
  return out;
}

}  // namespace dv::ui
