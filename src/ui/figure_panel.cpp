// "Skin block" panel: what the anatomy shows and how.
#include <imgui.h>

#include <cstdio>

#include "sim/skin.h"
#include "ui/panels.h"

namespace dv::ui {
namespace {

template <typename E, std::size_t N, typename NameFn>
bool enum_combo(const char* label, E current, const std::array<E, N>& all, NameFn name, E* out) {
  bool changed = false;
  const std::string preview(name(current));
  if (ImGui::BeginCombo(label, preview.c_str())) {
    for (E e : all) {
      const std::string item(name(e));
      if (ImGui::Selectable(item.c_str(), e == current)) {
        *out = e;
        changed = true;
      }
    }
    ImGui::EndCombo();
  }
  return changed;
}

void structure_toggle(const FigureOptions& figure, scene::Structure s, Commands& out) {
  const auto i = static_cast<std::size_t>(s);
  bool on = figure.visible[i];
  const std::string name(scene::structure_name(s));
  if (ImGui::Checkbox(name.c_str(), &on)) out.edit_figure(figure).visible[i] = on;
}

constexpr std::array kStains = {scene::Stain::illustrated, scene::Stain::hematoxylin_eosin,
                               scene::Stain::trichrome, scene::Stain::elastin};

std::string_view stain_label(scene::Stain s) {
  switch (s) {
    case scene::Stain::illustrated: return "Illustrated";
    case scene::Stain::hematoxylin_eosin: return "H&E-like";
    case scene::Stain::trichrome: return "Masson's trichrome-like";
    case scene::Stain::elastin: return "Elastin stain";
  }
  return "?";
}

}  // namespace

float figure_panel(const sim::Scenario& scenario, const FigureOptions& figure, PanelFlags& flags,
                   float top_px, Commands& out) {
  if (!flags.show_panels || !flags.show_figure) return 0.0f;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float width = 21.0f * ImGui::GetFontSize();
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x - width, vp->Pos.y + top_px));
  ImGui::SetNextWindowSize(ImVec2(width, vp->Size.y - top_px));
  const ImGuiWindowFlags wf = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                              ImGuiWindowFlags_NoCollapse;
  if (!ImGui::Begin("Skin block", &flags.show_figure, wf)) {
    ImGui::End();
    return width;
  }
  ImGui::PushItemWidth(-9.0f * ImGui::GetFontSize());

  if (ImGui::CollapsingHeader("Skin", ImGuiTreeNodeFlags_DefaultOpen)) {
    sim::Region region = scenario.region;
    if (enum_combo("Region", scenario.region, sim::kAllRegions,
                   [](sim::Region r) { return sim::display_name(r); }, &region)) {
      out.edit_scenario(scenario).region = region;
    }
    int sex = scenario.sex == sim::Sex::female ? 0 : 1;
    if (ImGui::RadioButton("Female", &sex, 0)) out.edit_scenario(scenario).sex = sim::Sex::female;
    ImGui::SameLine();
    if (ImGui::RadioButton("Male", &sex, 1)) out.edit_scenario(scenario).sex = sim::Sex::male;
    int age = static_cast<int>(scenario.age_years);
    if (ImGui::SliderInt("Age (years)", &age, static_cast<int>(sim::Limits::age_min),
                         static_cast<int>(sim::Limits::age_max))) {
      out.edit_scenario(scenario).age_years = age;
    }
    const sim::SkinLayers s = sim::skin_layers(scenario.region, scenario.sex, scenario.age_years);
    ImGui::TextDisabled("Epidermis %.0f \xC2\xB5m \xC2\xB7 dermis %.2f mm", s.epidermis_um(),
                        s.dermis_um() / 1000.0);
  }

  if (ImGui::CollapsingHeader("Layers", ImGuiTreeNodeFlags_DefaultOpen)) {
    using S = scene::Structure;
    for (S s : {S::stratum_corneum, S::epidermis, S::papillary_dermis, S::reticular_dermis,
                S::subcutis}) {
      structure_toggle(figure, s, out);
    }
  }
  if (ImGui::CollapsingHeader("Structures", ImGuiTreeNodeFlags_DefaultOpen)) {
    using S = scene::Structure;
    for (S s : {S::capillaries, S::vessels, S::collagen, S::elastin, S::fibroblasts,
                S::hair_follicle, S::sebaceous_gland, S::sweat_gland}) {
      structure_toggle(figure, s, out);
    }
  }
  if (ImGui::CollapsingHeader("Cut and stain", ImGuiTreeNodeFlags_DefaultOpen)) {
    float cut = figure.cut_fraction * 100.0f;
    if (ImGui::SliderFloat("Cut plane", &cut, 0.0f, 80.0f, "%.0f %% back")) {
      out.edit_figure(figure).cut_fraction = cut / 100.0f;
    }
    scene::Stain stain = figure.stain;
    if (enum_combo("Stain", figure.stain, kStains, stain_label, &stain)) {
      out.edit_figure(figure).stain = stain;
    }
  }
  if (ImGui::CollapsingHeader("Annotations", ImGuiTreeNodeFlags_DefaultOpen)) {
    bool labels = figure.labels, legend = figure.legend, scale = figure.scale_bar;
    if (ImGui::Checkbox("Labels", &labels)) out.edit_figure(figure).labels = labels;
    ImGui::SameLine();
    if (ImGui::Checkbox("Legend", &legend)) out.edit_figure(figure).legend = legend;
    ImGui::SameLine();
    if (ImGui::Checkbox("Scale bar", &scale)) out.edit_figure(figure).scale_bar = scale;
    if (ImGui::Button("Reset view")) out.reset_camera = true;
    ImGui::SameLine();
    if (ImGui::Button("Front view")) out.front_view = true;
  }
  ImGui::PopItemWidth();
  ImGui::End();
  return width;
}

}  // namespace dv::ui
