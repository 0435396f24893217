#include "app/input.h"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/timeline.h"

namespace dv::app {
namespace {

constexpr float kOrbitRadPerPx = 0.006f;
constexpr float kKeyOrbitRad = 0.06f;
constexpr float kKeyPan = 0.04f;

bool pressed(int key) {
  return ImGui::IsKeyPressed(key, true);
}

sim::Region step_region(sim::Region r, int delta) {
  const int n = static_cast<int>(sim::kAllRegions.size());
  const int i = (static_cast<int>(r) + delta + n) % n;
  return sim::kAllRegions[static_cast<std::size_t>(i)];
}

}  // namespace

void handle_input(scene::Camera& cam, DragState& drag, const doc::Document& doc,
                  ui::PanelFlags& flags, float view_height_px, ui::Commands& out) {
  const ImGuiIO& io = ImGui::GetIO();
  const sim::Scenario& scenario = doc.scenario();
  const scene::FigureOptions& figure = doc.figure();
  const sim::Course& course = doc.course();
  const double day = doc.playback().day;

  // Mouse: a drag belongs to the 3D view only when it started outside every ImGui window.
  if (!io.WantCaptureMouse) {
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) drag.orbiting = true;
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Right) ||
        ImGui::IsMouseClicked(ImGuiMouseButton_Middle)) {
      drag.panning = true;
    }
    if (io.MouseWheel != 0.0f) cam.zoom(std::pow(0.88f, io.MouseWheel));
  }
  if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) drag.orbiting = false;
  if (!ImGui::IsMouseDown(ImGuiMouseButton_Right) && !ImGui::IsMouseDown(ImGuiMouseButton_Middle)) {
    drag.panning = false;
  }
  if (drag.orbiting) cam.orbit(-io.MouseDelta.x * kOrbitRadPerPx, io.MouseDelta.y * kOrbitRadPerPx);
  if (drag.panning && view_height_px > 0.0f) {
    cam.pan(-io.MouseDelta.x / view_height_px, io.MouseDelta.y / view_height_px);
  }

  if (io.WantTextInput) return;
  const bool shift = io.KeyShift, ctrl = io.KeyCtrl;
  if (ImGui::IsKeyDown(GLFW_KEY_LEFT)) shift ? cam.pan(-kKeyPan, 0) : cam.orbit(kKeyOrbitRad, 0);
  if (ImGui::IsKeyDown(GLFW_KEY_RIGHT)) shift ? cam.pan(kKeyPan, 0) : cam.orbit(-kKeyOrbitRad, 0);
  if (ImGui::IsKeyDown(GLFW_KEY_UP)) shift ? cam.pan(0, kKeyPan) : cam.orbit(0, kKeyOrbitRad);
  if (ImGui::IsKeyDown(GLFW_KEY_DOWN)) shift ? cam.pan(0, -kKeyPan) : cam.orbit(0, -kKeyOrbitRad);
  if (pressed(GLFW_KEY_EQUAL) || pressed(GLFW_KEY_KP_ADD)) cam.zoom(0.9f);
  if (pressed(GLFW_KEY_MINUS) || pressed(GLFW_KEY_KP_SUBTRACT)) cam.zoom(1.0f / 0.9f);

  if (ctrl && pressed(GLFW_KEY_Q)) out.quit = true;
  if (ctrl) return;
  if (pressed(GLFW_KEY_R)) out.reset_camera = true;
  // Time: Space plays/pauses, comma/period step, Page Up/Down jump between sessions.
  if (pressed(GLFW_KEY_SPACE)) out.playing = !doc.playback().playing;
  if (pressed(GLFW_KEY_COMMA)) out.seek_day = day - ui::step_days(course, day);
  if (pressed(GLFW_KEY_PERIOD)) out.seek_day = day + ui::step_days(course, day);
  if (pressed(GLFW_KEY_PAGE_UP)) out.seek_day = ui::previous_session_day(course, day);
  if (pressed(GLFW_KEY_PAGE_DOWN)) out.seek_day = ui::next_session_day(course, day);
  if (pressed(GLFW_KEY_HOME)) out.seek_day = 0.0;
  if (pressed(GLFW_KEY_END)) out.seek_day = course.end_day();
  if (pressed(GLFW_KEY_F)) out.front_view = true;
  if (pressed(GLFW_KEY_F11)) out.toggle_fullscreen = true;
  if (pressed(GLFW_KEY_P) || pressed(GLFW_KEY_F12)) out.save_screenshot = true;
  if (pressed(GLFW_KEY_TAB)) flags.show_panels = !flags.show_panels;
  if (pressed(GLFW_KEY_H) || pressed(GLFW_KEY_F1)) flags.show_help = !flags.show_help;
  if (pressed(GLFW_KEY_L)) out.edit_figure(figure).labels = !figure.labels;
  if (pressed(GLFW_KEY_G)) out.edit_figure(figure).legend = !figure.legend;
  if (pressed(GLFW_KEY_B)) out.edit_figure(figure).scale_bar = !figure.scale_bar;
  if (pressed(GLFW_KEY_S)) {
    out.edit_figure(figure).stain = scene::next_stain(figure.stain);
  }
  if (pressed(GLFW_KEY_C)) {
    const float step = shift ? -0.1f : 0.1f;
    out.edit_figure(figure).cut_fraction =
        std::clamp(figure.cut_fraction + step, scene::kCutFractionMin, scene::kCutFractionMax);
  }
  if (pressed(GLFW_KEY_LEFT_BRACKET))
    out.edit_scenario(scenario).region = step_region(scenario.region, -1);
  if (pressed(GLFW_KEY_RIGHT_BRACKET))
    out.edit_scenario(scenario).region = step_region(scenario.region, 1);
}

}  // namespace dv::app
