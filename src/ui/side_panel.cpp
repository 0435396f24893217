// The side panel and its "Anatomy" tab: what the block shows and how.
#include <imgui.h>

#include <algorithm>

#include "ui/field_controls.h"
#include "ui/names.h"
#include "ui/panels.h"
#include "ui/strings.h"
#include "ui/widgets.h"

namespace dv::ui {
namespace {

void structure_toggle(const scene::FigureOptions& figure, scene::Structure s, Commands& out) {
  const auto i = static_cast<std::size_t>(s);
  bool on = figure.visible[i];
  const std::string id = "structure." + std::string(scene::structure_key(s));
  if (ImGui::Checkbox(tr(id), &on)) out.edit_figure(figure).visible[i] = on;
}

}  // namespace

void anatomy_tab(const scene::FigureOptions& figure, Commands& out) {
  using S = scene::Structure;
  ImGui::PushItemWidth(-8.5f * ImGui::GetFontSize());
  section(tr("anatomy.cut_and_stain"));
  float cut = figure.cut_fraction * 100.0f;
  const std::string cut_format = slider_format(tr("anatomy.cut_plane.value"), "%.0f");
  if (ImGui::SliderFloat(tr("anatomy.cut_plane"), &cut, scene::kCutFractionMin * 100.0f,
                         scene::kCutFractionMax * 100.0f, cut_format.c_str(),
                         ImGuiSliderFlags_AlwaysClamp)) {
    out.edit_figure(figure).cut_fraction = cut / 100.0f;
  }
  scene::Stain stain = figure.stain;
  if (enum_combo(tr("anatomy.stain"), figure.stain, scene::kAllStains, stain_text, &stain)) {
    out.edit_figure(figure).stain = stain;
  }
  section(tr("anatomy.layers"));
  for (S s :
       {S::stratum_corneum, S::epidermis, S::papillary_dermis, S::reticular_dermis, S::subcutis}) {
    structure_toggle(figure, s, out);
  }
  section(tr("anatomy.structures"));
  for (S s : {S::capillaries, S::vessels, S::collagen, S::elastin, S::fibroblasts, S::hair_follicle,
              S::sebaceous_gland, S::sweat_gland, S::treatment, S::healing}) {
    structure_toggle(figure, s, out);
  }
  section(tr("anatomy.annotations"));
  bool labels = figure.labels, legend = figure.legend, scale = figure.scale_bar;
  if (ImGui::Checkbox(tr("menu.view.labels"), &labels)) out.edit_figure(figure).labels = labels;
  ImGui::SameLine();
  if (ImGui::Checkbox(tr("menu.view.legend"), &legend)) out.edit_figure(figure).legend = legend;
  ImGui::SameLine();
  if (ImGui::Checkbox(tr("menu.view.scale_bar"), &scale)) out.edit_figure(figure).scale_bar = scale;
  if (ImGui::Button(tr("menu.view.reset_view"))) out.reset_camera = true;
  ImGui::SameLine();
  if (ImGui::Button(tr("anatomy.front_view"))) out.front_view = true;
  ImGui::PopItemWidth();
}

float side_panel(const sim::Scenario& scenario, const sim::Course& course, double day,
                 const PinnedCurve* pinned, const Captions& captions,
                 const scene::FigureOptions& figure, PanelFlags& flags, float top_px, Commands& out,
                 const sim::Ensemble* ensemble) {
  if (!flags.show_panels || !flags.show_figure) return 0.0f;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  // At 200 % text the panel would take most of a 1280-px window: it keeps to 45 % of the width
  // (its texts wrap) so the figure keeps room for its labels.
  const float width = std::min(23.0f * ImGui::GetFontSize(), 0.45f * vp->Size.x);
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x - width, vp->Pos.y + top_px));
  ImGui::SetNextWindowSize(ImVec2(width, vp->Size.y - top_px));
  const ImGuiWindowFlags wf = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                              ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoTitleBar;
  if (ImGui::Begin("##side_panel", &flags.show_figure, wf)) {
    if (ImGui::BeginTabBar("tabs")) {
      if (ImGui::BeginTabItem(tr("tab.treatment"))) {
        protocol_tab(scenario, course, day, pinned, captions, out, ensemble, &flags);
        ImGui::EndTabItem();
      }
      if (ImGui::BeginTabItem(tr("tab.anatomy"))) {
        anatomy_tab(figure, out);
        ImGui::EndTabItem();
      }
      if (ImGui::BeginTabItem(tr("tab.explain"))) {
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
