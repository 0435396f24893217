// The lecture and saved-view menus, appended to the explore screen's menu bar: View > Give a
// lesson, View > Projector colours, and a Views menu (save this view, jump to a saved one).
#include <imgui.h>

#include "ui/lecture.h"
#include "ui/shortcuts.h"
#include "ui/strings.h"

namespace dv::ui {

void lecture_menus(const ScreenInput& in, Commands& out) {
  if (!ImGui::BeginMainMenuBar()) return;
  // Appends to the View menu the menu bar made this frame.
  if (ImGui::BeginMenu(tr("menu.view"))) {
    ImGui::Separator();
    if (ImGui::BeginMenu(tr("lecture.menu.start"))) {
      if (in.lessons.empty()) ImGui::TextDisabled("%s", tr("lecture.no_lessons"));
      for (const auto& [id, title] : in.lessons) {
        if (ImGui::MenuItem(title.c_str())) out.lecture.start = id;
      }
      ImGui::EndMenu();
    }
    if (ImGui::MenuItem(tr("lecture.menu.projector"), nullptr, in.projector)) {
      out.lecture.toggle_projector = true;
    }
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(tr("views.menu"))) {
    if (ImGui::MenuItem(tr("views.save"))) out.lecture.save_view = true;
    if (ImGui::MenuItem(tr("authoring.add"))) out.lecture.add_chapter = true;
    ImGui::Separator();
    const auto& views = in.document->saved_views();
    if (views.empty()) ImGui::TextDisabled("%s", tr("views.empty"));
    for (std::size_t i = 0; i < views.size(); ++i) {
      ImGui::PushID(static_cast<int>(i));
      if (ImGui::MenuItem(views[i].name.c_str())) out.lecture.open_view = i;
      ImGui::PopID();
    }
    ImGui::Separator();
    const std::string hint = menu_hint(Action::reset_view);
    if (ImGui::MenuItem(tr("views.reset"), hint.c_str())) out.reset_camera = true;
    ImGui::EndMenu();
  }
  ImGui::EndMainMenuBar();
}

}  // namespace dv::ui
