// The side panel and its "Anatomy" tab: what the block shows and how.
#include <imgui.h>

#include "ui/panels.h"
#include "ui/widgets.h"

namespace dv::ui {
namespace {

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

void structure_toggle(const FigureOptions& figure, scene::Structure s, Commands& out) {
  const auto i = static_cast<std::size_t>(s);
  bool on = figure.visible[i];
  const std::string name(scene::structure_name(s));
  if (ImGui::Checkbox(name.c_str(), &on)) out.edit_figure(figure).visible[i] = on;
}

}  // namespace

void anatomy_tab(const FigureOptions& figure, Commands& out) {
  using S = scene::Structure;
  ImGui::PushItemWidth(-8.5f * ImGui::GetFontSize());
  section("Cut and stain");
  float cut = figure.cut_fraction * 100.0f;
  if (ImGui::SliderFloat("Cut plane", &cut, 0.0f, 80.0f, "%.0f %% back")) {
    out.edit_figure(figure).cut_fraction = cut / 100.0f;
  }
  scene::Stain stain = figure.stain;
  if (enum_combo("Stain", figure.stain, kStains, stain_label, &stain)) {
    out.edit_figure(figure).stain = stain;
  }
  section("Layers");
  for (S s :
       {S::stratum_corneum, S::epidermis, S::papillary_dermis, S::reticular_dermis, S::subcutis}) {
    structure_toggle(figure, s, out);
  }
  section("Structures");
  for (S s : {S::capillaries, S::vessels, S::collagen, S::elastin, S::fibroblasts, S::hair_follicle,
              S::sebaceous_gland, S::sweat_gland, S::treatment, S::healing}) {
    structure_toggle(figure, s, out);
  }
  section("Annotations");
  bool labels = figure.labels, legend = figure.legend, scale = figure.scale_bar;
  if (ImGui::Checkbox("Labels", &labels)) out.edit_figure(figure).labels = labels;
  ImGui::SameLine();
  if (ImGui::Checkbox("Legend", &legend)) out.edit_figure(figure).legend = legend;
  ImGui::SameLine();
  if (ImGui::Checkbox("Scale bar", &scale)) out.edit_figure(figure).scale_bar = scale;
  if (ImGui::Button("Reset view")) out.reset_camera = true;
  ImGui::SameLine();
  if (ImGui::Button("Front view")) out.front_view = true;
  ImGui::PopItemWidth();
}

float side_panel(const sim::Scenario& scenario, const sim::Course& course, double day,
                 const PinnedCurve* pinned, const Captions& captions, const FigureOptions& figure,
                 PanelFlags& flags, float top_px, Commands& out) {
  if (!flags.show_panels || !flags.show_figure) return 0.0f;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float width = 23.0f * ImGui::GetFontSize();
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x - width, vp->Pos.y + top_px));
  ImGui::SetNextWindowSize(ImVec2(width, vp->Size.y - top_px));
  const ImGuiWindowFlags wf = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                              ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoTitleBar;
  if (ImGui::Begin("Side panel", &flags.show_figure, wf)) {
    if (ImGui::BeginTabBar("tabs")) {
      if (ImGui::BeginTabItem("Treatment")) {
        protocol_tab(scenario, course, day, pinned, captions, out);
        ImGui::EndTabItem();
      }
      if (ImGui::BeginTabItem("Anatomy")) {
        anatomy_tab(figure, out);
        ImGui::EndTabItem();
      }
      if (ImGui::BeginTabItem("Explain")) {
        explain_tab(captions, course, day);
        ImGui::EndTabItem();
      }
      ImGui::EndTabBar();
    }
  }
  ImGui::End();
  return width;
}

}  // namespace dv::ui
