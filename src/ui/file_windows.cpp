// The File windows: the in-app file dialog (a folder listing, used when the desktop offers no
// dialog of its own), the unsaved-changes prompt and the error window.
#include <imgui.h>

#include <filesystem>

#include "ui/file_ui.h"
#include "ui/strings.h"

namespace dv::ui {
namespace {

void path_dialog(PathDialog& d) {
  if (!d.open) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float font = ImGui::GetFontSize();
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + 0.5f * vp->Size.x, vp->Pos.y + 0.5f * vp->Size.y),
                          ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(36.0f * font, 26.0f * font), ImGuiCond_Appearing);
  bool open = true;
  const std::string title =
      std::string(tr(d.save ? "file.dialog.save" : "file.dialog.open")) + "##path_dialog";
  if (ImGui::Begin(title.c_str(), &open, ImGuiWindowFlags_NoCollapse)) {
    ImGui::TextWrapped("%s", trf("file.dialog.folder", {{"path", d.folder}}).c_str());
    if (ImGui::Button(tr("file.dialog.up"))) {
      d.go_to = std::filesystem::path(d.folder).parent_path().string();
    }
    const float footer = 2.4f * ImGui::GetFrameHeightWithSpacing();
    ImGui::BeginChild("##entries", ImVec2(0.0f, -footer), true);
    for (const DirEntry& e : d.entries) {
      const std::string label = (e.folder ? "[" + e.name + "]" : e.name) + "##" + e.name;
      if (ImGui::Selectable(label.c_str(), !e.folder && e.name == d.name,
                            ImGuiSelectableFlags_AllowDoubleClick)) {
        if (e.folder) {
          d.go_to = (std::filesystem::path(d.folder) / e.name).string();
        } else {
          d.name = e.name;
          if (ImGui::IsMouseDoubleClicked(0))
            d.chosen = (std::filesystem::path(d.folder) / d.name).string();
        }
      }
    }
    ImGui::EndChild();
    char buf[512];
    std::snprintf(buf, sizeof buf, "%s", d.name.c_str());
    ImGui::SetNextItemWidth(-10.0f * ImGui::GetFontSize());
    if (ImGui::InputText(tr("file.dialog.name"), buf, sizeof buf)) d.name = buf;
    const bool ok = ImGui::Button(tr(d.save ? "file.dialog.ok_save" : "file.dialog.ok_open"));
    if (ok && !d.name.empty()) d.chosen = (std::filesystem::path(d.folder) / d.name).string();
    ImGui::SameLine();
    if (ImGui::Button(tr("file.dialog.cancel"))) open = false;
  }
  ImGui::End();
  if (!open) d.open = false;
}

void unsaved_prompt(FileUi& f) {
  if (!f.prompt_open) return;
  const char* title = tr("file.prompt.title");
  if (!ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
  if (ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    const std::string name = f.path.empty() ? std::string(tr("file.untitled"))
                                            : std::filesystem::path(f.path).filename().string();
    ImGui::TextUnformatted(trf("file.prompt.text", {{"name", name}}).c_str());
    if (ImGui::Button(tr("file.prompt.save"))) f.answer = PromptAnswer::save;
    ImGui::SameLine();
    if (ImGui::Button(tr("file.prompt.discard"))) f.answer = PromptAnswer::discard;
    ImGui::SameLine();
    if (ImGui::Button(tr("file.prompt.cancel")) ||
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
      f.answer = PromptAnswer::cancel;
    if (f.answer) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
}

void error_window(FileUi& f) {
  if (f.error.empty()) return;
  const char* title = tr("file.error.title");
  if (!ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
  if (ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::PushTextWrapPos(40.0f * ImGui::GetFontSize());
    ImGui::TextUnformatted(f.error.c_str());
    ImGui::PopTextWrapPos();
    if (ImGui::Button(tr("file.error.ok"))) {
      f.error.clear();
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
}

}  // namespace

void file_windows(FileUi& f) {
  path_dialog(f.dialog);
  unsaved_prompt(f);
  error_window(f);
}

}  // namespace dv::ui
