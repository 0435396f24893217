#include <imgui.h>

#include "ui/panels.h"
#include "ui/shortcuts.h"
#include "ui/strings.h"

namespace dv::ui {

void help_window(PanelFlags& flags) {
  if (!flags.show_help) return;
  ImGui::SetNextWindowSize(ImVec2(34.0f * ImGui::GetFontSize(), 0.0f), ImGuiCond_Appearing);
  const std::string title = std::string(tr("controls.window_title")) + "###controls";
  if (ImGui::Begin(title.c_str(), &flags.show_help, ImGuiWindowFlags_NoCollapse)) {
    if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV)) {
      for (const ControlRow& row : control_rows()) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(row_keys(row).c_str());
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(tr(row.id));
        ImGui::PopTextWrapPos();
      }
      ImGui::EndTable();
    }
  }
  ImGui::End();
}

void about_window(PanelFlags& flags, const std::string& version) {
  if (!flags.show_about) return;
  const std::string title = std::string(tr("about.title")) + "###about";
  if (ImGui::Begin(title.c_str(), &flags.show_about,
                   ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse)) {
    ImGui::TextUnformatted(trf("about.version", {{"version", version}}).c_str());
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(tr("about.text"));
    ImGui::PopTextWrapPos();
  }
  ImGui::End();
}

}  // namespace dv::ui
