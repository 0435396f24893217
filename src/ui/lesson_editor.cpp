// The lesson editor (issue 10 §3): the chapters of the lesson being made in the app, with
// their title and caption editable, moved up or down, deleted; saved atomically by the app.
#include <imgui.h>
#include <imgui_stdlib.h>

#include "ui/lecture.h"
#include "ui/strings.h"

namespace dv::ui {

void lesson_editor(const ScreenInput& in, Commands& out) {
  if (!in.edited) return;
  const doc::Lesson& l = *in.edited;
  ImGui::SetNextWindowSize(ImVec2(34.0f * ImGui::GetFontSize(), 24.0f * ImGui::GetFontSize()),
                           ImGuiCond_Appearing);
  bool open = true;
  const std::string title = std::string(tr("authoring.window")) + "###lesson_editor";
  if (ImGui::Begin(title.c_str(), &open)) {
    ImGui::TextUnformatted(l.title.c_str());
    ImGui::TextDisabled("%s", in.edited_path.c_str());
    for (std::size_t i = 0; i < l.chapters.size(); ++i) {
      const doc::Chapter& c = l.chapters[i];
      ImGui::PushID(static_cast<int>(i));
      ImGui::Separator();
      const std::string n = std::to_string(i + 1);
      std::string t = c.title;
      if (ImGui::InputText(trf("authoring.title", {{"n", n}}).c_str(), &t))
        out.lecture.chapter_title = std::pair{i, t};
      std::string cap = c.caption;
      ImGui::TextUnformatted(trf("authoring.caption", {{"n", n}}).c_str());
      if (ImGui::InputTextMultiline("##caption", &cap,
                                    ImVec2(-1.0f, 3.2f * ImGui::GetTextLineHeightWithSpacing()))) {
        out.lecture.chapter_caption = std::pair{i, cap};
      }
      if (ImGui::Button(tr("authoring.up")) && i > 0) out.lecture.chapter_up = i;
      ImGui::SameLine();
      if (ImGui::Button(tr("authoring.down")) && i + 1 < l.chapters.size())
        out.lecture.chapter_down = i;
      ImGui::SameLine();
      if (ImGui::Button(tr("authoring.delete"))) out.lecture.chapter_delete = i;
      ImGui::PopID();
    }
    ImGui::Separator();
    if (ImGui::Button(tr("authoring.add"))) out.lecture.add_chapter = true;
    ImGui::SameLine();
    if (ImGui::Button(tr("authoring.save"))) out.lecture.save_lesson = true;
    ImGui::SameLine();
    if (ImGui::Button(tr("lecture.menu.start")) && !l.chapters.empty())
      out.lecture.give_edited = true;
  }
  ImGui::End();
  if (!open) out.lecture.close_editor = true;
}

}  // namespace dv::ui
