#include <imgui.h>

#include <cstdio>

#include "sim/scenario_fields.h"
#include "ui/capture_panels.h"
#include "ui/field_controls.h"
#include "ui/languages.h"
#include "ui/panels.h"
#include "ui/screen.h"
#include "ui/shortcuts.h"
#include "ui/strings.h"

namespace dv::ui {
namespace {

// A menu item whose hint comes from the shortcut table.
bool item(const char* id, Action a, bool* selected = nullptr, bool enabled = true) {
  const std::string hint = menu_hint(a);
  return ImGui::MenuItem(tr(id), hint.empty() ? nullptr : hint.c_str(), selected, enabled);
}

// New, Open, Open recent, Save, Save as, Revert.
void file_items(const FileUi& files, Commands& out) {
  if (item("menu.file.new", Action::new_document)) out.file.op = FileOp::new_document;
  if (item("menu.file.open", Action::open_document)) out.file.op = FileOp::open;
  if (ImGui::BeginMenu(tr("menu.file.open_recent"))) {
    if (files.recent.empty())
      ImGui::MenuItem(tr("menu.file.open_recent.none"), nullptr, false, false);
    for (const std::string& p : files.recent) {
      if (ImGui::MenuItem(p.c_str())) out.file = FileRequest{FileOp::open_path, p};
    }
    ImGui::EndMenu();
  }
  if (item("menu.file.save", Action::save_document)) out.file.op = FileOp::save;
  if (item("menu.file.save_as", Action::save_document_as)) out.file.op = FileOp::save_as;
  if (ImGui::MenuItem(tr("menu.file.revert"), nullptr, false, !files.path.empty() && files.dirty))
    out.file.op = FileOp::revert;
  ImGui::Separator();
}

}  // namespace

float menu_bar(const sim::Scenario& scenario, const scene::FigureOptions& figure, PanelFlags& flags,
               Commands& out, const FileUi* files, const doc::History* history, bool compare) {
  if (!flags.show_panels) return 0.0f;
  float height = 0.0f;
  if (ImGui::BeginMainMenuBar()) {
    if (ImGui::BeginMenu(tr("menu.file"))) {
      if (files) file_items(*files, out);
      if (item("menu.file.screenshot", Action::screenshot)) out.save_screenshot = true;
      if (ImGui::BeginMenu(tr("menu.file.screenshot_size"))) {
        for (int i = 0; i < kCaptureSizeCount; ++i) {
          const std::string name = capture_size_name(i);
          if (ImGui::MenuItem(name.c_str(), nullptr, flags.screenshot_size == i)) {
            flags.screenshot_size = i;
          }
        }
        ImGui::EndMenu();
      }
      if (item("menu.file.record", Action::record_clip)) out.open_record = true;
      if (ImGui::MenuItem(tr("menu.file.handout"))) out.save_handout = true;
      ImGui::Separator();
      if (item("menu.file.quit", Action::quit)) out.quit = true;
      ImGui::EndMenu();
    }
    if (history && ImGui::BeginMenu(tr("menu.edit"))) {
      if (item("menu.edit.undo", Action::undo, nullptr, history->can_undo())) out.undo = true;
      if (item("menu.edit.redo", Action::redo, nullptr, history->can_redo())) out.redo = true;
      ImGui::Separator();
      if (ImGui::MenuItem(tr("menu.edit.reset"))) out.reset_scenario = true;
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
      bool comparing = compare;
      if (item("menu.view.compare", Action::toggle_compare, &comparing)) out.toggle_compare = true;
      if (compare)
        ImGui::MenuItem(tr("menu.view.link_cameras"), nullptr, &flags.compare.link_camera);
      if (!compare) {
        item("menu.view.wipe", Action::toggle_wipe, &flags.wipe.on);
        if (flags.wipe.on)
          ImGui::MenuItem(tr("menu.view.new_matrix"), nullptr, &flags.wipe.tint_new);
      }
      ImGui::Separator();
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
    if (ImGui::BeginMenu(tr("menu.trainee"))) {
      ImGui::MenuItem(tr("menu.trainee.sweep"), nullptr, &flags.show_sweep);
      ImGui::MenuItem(tr("menu.trainee.quiz"), nullptr, &flags.show_quiz);
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
