#include <imgui.h>

#include <cstdio>

#include "sim/scenario_fields.h"
#include "ui/field_controls.h"
#include "ui/languages.h"
#include "ui/panels.h"
#include "ui/screen.h"
#include "ui/shortcuts.h"
#include "ui/strings.h"

namespace dv::ui {
namespace {

// A menu item whose hint comes from the shortcut table.
bool item(const char* id, Action a, bool* selected = nullptr) {
  const std::string hint = menu_hint(a);
  return ImGui::MenuItem(tr(id), hint.empty() ? nullptr : hint.c_str(), selected);
}

}  // namespace

float menu_bar(const sim::Scenario& scenario, const scene::FigureOptions& figure, PanelFlags& flags,
               Commands& out) {
  if (!flags.show_panels) return 0.0f;
  float height = 0.0f;
  if (ImGui::BeginMainMenuBar()) {
    if (ImGui::BeginMenu(tr("menu.file"))) {
      if (item("menu.file.screenshot", Action::screenshot)) out.save_screenshot = true;
      if (ImGui::MenuItem(tr("menu.file.handout"))) out.save_handout = true;
      ImGui::Separator();
      if (item("menu.file.quit", Action::quit)) out.quit = true;
      ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr("field.region"))) {
      const sim::ScenarioField& f = *sim::find_scenario_field("region");
      for (std::size_t i = 0; i < sim::kAllRegions.size(); ++i) {
        const sim::Region r = sim::kAllRegions[i];
        if (ImGui::MenuItem(choice_label(f, i), nullptr, scenario.region == r)) {
          out.edit_scenario(scenario).region = r;
        }
      }
      ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr("menu.view"))) {
      bool patient = flags.mode == Mode::patient;
      if (ImGui::MenuItem(tr("menu.view.patient"), nullptr, &patient)) {
        out.mode = patient ? Mode::patient : Mode::explore;
      }
      ImGui::MenuItem(tr("menu.view.side_panel"), nullptr, &flags.show_figure);
      bool labels = figure.labels, legend = figure.legend, scale = figure.scale_bar;
      if (item("menu.view.labels", Action::toggle_labels, &labels)) {
        out.edit_figure(figure).labels = labels;
      }
      if (item("menu.view.legend", Action::toggle_legend, &legend)) {
        out.edit_figure(figure).legend = legend;
      }
      if (item("menu.view.scale_bar", Action::toggle_scale_bar, &scale)) {
        out.edit_figure(figure).scale_bar = scale;
      }
      ImGui::Separator();
      if (item("menu.view.reset_view", Action::reset_view)) out.reset_camera = true;
      if (item("menu.view.front_view", Action::front_view)) out.front_view = true;
      if (item("menu.view.fullscreen", Action::fullscreen)) out.toggle_fullscreen = true;
      if (item("menu.view.hide_panels", Action::toggle_panels)) flags.show_panels = false;
      if (ImGui::BeginMenu(tr("menu.view.text_size"))) {
        for (float s : kTextScales) {
          char percent[16];
          std::snprintf(percent, sizeof percent, "%.0f", static_cast<double>(s) * 100.0);
          const std::string label = trf("menu.view.text_size.item", {{"percent", percent}});
          if (ImGui::MenuItem(label.c_str(), nullptr, flags.text_scale == s)) out.text_scale = s;
        }
        ImGui::EndMenu();
      }
      if (ImGui::BeginMenu(tr("menu.view.language"))) {
        for (std::string_view code : kLanguages) {
          const std::string id = "language." + std::string(code);
          if (ImGui::MenuItem(tr(id), nullptr, strings().language == code)) {
            out.language = std::string(code);
          }
        }
        ImGui::EndMenu();
      }
      ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr("menu.help"))) {
      item("menu.help.controls", Action::help, &flags.show_help);
      ImGui::MenuItem(tr("menu.help.about"), nullptr, &flags.show_about);
      ImGui::EndMenu();
    }
    height = ImGui::GetWindowSize().y;
    ImGui::EndMainMenuBar();
  }
  return height;
}

}  // namespace dv::ui
