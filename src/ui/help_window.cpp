#include <imgui.h>

#include "ui/panels.h"

namespace dv::ui {

const std::vector<std::pair<std::string, std::string>>& shortcut_rows() {
  static const std::vector<std::pair<std::string, std::string>> rows = {
      {"Left drag / arrow keys", "Orbit around the block"},
      {"Right or middle drag / Shift+arrows", "Pan"},
      {"Wheel / + and -", "Zoom"},
      {"Space", "Play or pause the course"},
      {", and .", "Step back / forward (minutes, hours, days or weeks)"},
      {"Page Up / Page Down", "Previous / next session"},
      {"Home / End", "Start / end of the course"},
      {"R", "Reset the view"},
      {"F", "Front view of the cut face"},
      {"[ and ]", "Previous / next body region"},
      {"C / Shift+C", "Move the cut plane back / forward"},
      {"S", "Next stain"},
      {"L / G / B", "Labels / legend / scale bar"},
      {"Tab", "Hide or show all panels (projection mode)"},
      {"P", "Save a screenshot (PNG) in the current folder"},
      {"F11", "Full screen"},
      {"H", "This help"},
      {"Ctrl+Q", "Quit"},
  };
  return rows;
}

void help_window(PanelFlags& flags) {
  if (!flags.show_help) return;
  ImGui::SetNextWindowSize(ImVec2(34.0f * ImGui::GetFontSize(), 0.0f), ImGuiCond_Appearing);
  if (ImGui::Begin("Controls", &flags.show_help, ImGuiWindowFlags_NoCollapse)) {
    if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV)) {
      for (const auto& [keys, what] : shortcut_rows()) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(keys.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(what.c_str());
      }
      ImGui::EndTable();
    }
  }
  ImGui::End();
}

void about_window(PanelFlags& flags, const std::string& version) {
  if (!flags.show_about) return;
  if (ImGui::Begin("About dermaviz", &flags.show_about,
                   ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse)) {
    ImGui::Text("dermaviz %s", version.c_str());
    ImGui::TextWrapped(
        "What microneedling does inside skin, drawn to scale from published "
        "measurements. Layer thicknesses: Meng 2022 (face, ultrasound), Lee & Hwang "
        "2002 and Sandby-M\xC3\xB8ller 2003 (body, histology), Chopra 2015 (face, "
        "histology). See README.md for every source.");
  }
  ImGui::End();
}

}  // namespace dv::ui
