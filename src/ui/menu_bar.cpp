#include <imgui.h>

#include <cstdio>

#include "ui/panels.h"

namespace dv::ui {

float menu_bar(const sim::Scenario& scenario, const scene::FigureOptions& figure, PanelFlags& flags,
               Commands& out) {
  if (!flags.show_panels) return 0.0f;
  float height = 0.0f;
  if (ImGui::BeginMainMenuBar()) {
    if (ImGui::BeginMenu("File")) {
      if (ImGui::MenuItem("Save screenshot", "P")) out.save_screenshot = true;
      ImGui::Separator();
      if (ImGui::MenuItem("Quit", "Ctrl+Q")) out.quit = true;
      ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Region")) {
      for (sim::Region r : sim::kAllRegions) {
        const std::string name(sim::display_name(r));
        if (ImGui::MenuItem(name.c_str(), nullptr, scenario.region == r)) {
          out.edit_scenario(scenario).region = r;
        }
      }
      ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("View")) {
      ImGui::MenuItem("Skin block panel", nullptr, &flags.show_figure);
      bool labels = figure.labels, legend = figure.legend, scale = figure.scale_bar;
      if (ImGui::MenuItem("Labels", "L", &labels)) out.edit_figure(figure).labels = labels;
      if (ImGui::MenuItem("Legend", "G", &legend)) out.edit_figure(figure).legend = legend;
      if (ImGui::MenuItem("Scale bar", "B", &scale)) out.edit_figure(figure).scale_bar = scale;
      ImGui::Separator();
      if (ImGui::MenuItem("Reset view", "R")) out.reset_camera = true;
      if (ImGui::MenuItem("Front view of the cut face", "F")) out.front_view = true;
      if (ImGui::MenuItem("Full screen", "F11")) out.toggle_fullscreen = true;
      if (ImGui::MenuItem("Hide panels", "Tab")) flags.show_panels = false;
      if (ImGui::BeginMenu("Text size")) {
        for (float s : kTextScales) {
          char item[16];
          std::snprintf(item, sizeof item, "%.0f %%", static_cast<double>(s) * 100.0);
          if (ImGui::MenuItem(item, nullptr, flags.text_scale == s)) out.text_scale = s;
        }
        ImGui::EndMenu();
      }
      ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Help")) {
      ImGui::MenuItem("Controls", "H", &flags.show_help);
      ImGui::MenuItem("About dermaviz", nullptr, &flags.show_about);
      ImGui::EndMenu();
    }
    height = ImGui::GetWindowSize().y;
    ImGui::EndMainMenuBar();
  }
  return height;
}

}  // namespace dv::ui
