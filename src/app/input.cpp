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
constexpr float kKeyZoom = 0.9f;
constexpr float kCutStep = 0.1f;  // fraction of the block's depth per C press

sim::Region step_region(sim::Region r, int delta) {
  const int n = static_cast<int>(sim::kAllRegions.size());
  const int i = (static_cast<int>(r) + delta + n) % n;
  return sim::kAllRegions[static_cast<std::size_t>(i)];
}

ui::NamedKey named(int key) {
  using K = ui::NamedKey;
  switch (key) {
    case GLFW_KEY_SPACE: return K::space;
    case GLFW_KEY_TAB: return K::tab;
    case GLFW_KEY_LEFT: return K::left;
    case GLFW_KEY_RIGHT: return K::right;
    case GLFW_KEY_UP: return K::up;
    case GLFW_KEY_DOWN: return K::down;
    case GLFW_KEY_PAGE_UP: return K::page_up;
    case GLFW_KEY_PAGE_DOWN: return K::page_down;
    case GLFW_KEY_HOME: return K::home;
    case GLFW_KEY_END: return K::end;
    case GLFW_KEY_F1: return K::f1;
    case GLFW_KEY_F11: return K::f11;
    case GLFW_KEY_F12: return K::f12;
    case GLFW_KEY_ESCAPE: return K::escape;
    case GLFW_KEY_BACKSPACE: return K::backspace;
    default: return K::none;
  }
}

int glfw_key(ui::NamedKey k) {
  using K = ui::NamedKey;
  switch (k) {
    case K::left: return GLFW_KEY_LEFT;
    case K::right: return GLFW_KEY_RIGHT;
    case K::up: return GLFW_KEY_UP;
    case K::down: return GLFW_KEY_DOWN;
    default: return -1;
  }
}

}  // namespace

std::optional<ui::KeyEvent> key_event_from_glfw(int key, int scancode, int mods) {
  ui::KeyEvent e;
  e.ctrl = (mods & GLFW_MOD_CONTROL) != 0;
  e.shift = (mods & GLFW_MOD_SHIFT) != 0;
  e.key = named(key);
  if (e.key != ui::NamedKey::none) return e;
  // Printable keys type a character; without Ctrl it arrives through the char callback.
  if (!e.ctrl) return std::nullopt;
  const char* name = glfwGetKeyName(key, scancode);
  if (!name || !name[0] || name[1]) return std::nullopt;
  e.ch = static_cast<unsigned char>(name[0]);
  return e;
}

void apply_action(ui::Action a, scene::Camera& cam, const doc::Document& doc, ui::PanelFlags& flags,
                  ui::Commands& out) {
  using A = ui::Action;
  const sim::Course& course = doc.course();
  const double day = out.seek_day.value_or(doc.playback().day);
  const scene::FigureOptions& figure = out.figure ? *out.figure : doc.figure();
  switch (a) {
    case A::orbit_left: cam.orbit(kKeyOrbitRad, 0); break;
    case A::orbit_right: cam.orbit(-kKeyOrbitRad, 0); break;
    case A::orbit_up: cam.orbit(0, kKeyOrbitRad); break;
    case A::orbit_down: cam.orbit(0, -kKeyOrbitRad); break;
    case A::pan_left: cam.pan(-kKeyPan, 0); break;
    case A::pan_right: cam.pan(kKeyPan, 0); break;
    case A::pan_up: cam.pan(0, kKeyPan); break;
    case A::pan_down: cam.pan(0, -kKeyPan); break;
    case A::zoom_in: cam.zoom(kKeyZoom); break;
    case A::zoom_out: cam.zoom(1.0f / kKeyZoom); break;
    case A::reset_view: out.reset_camera = true; break;
    case A::front_view: out.front_view = true; break;
    case A::play_pause: out.playing = !out.playing.value_or(doc.playback().playing); break;
    case A::step_back: out.seek_day = day - ui::step_days(course, day); break;
    case A::step_forward: out.seek_day = day + ui::step_days(course, day); break;
    case A::previous_session: out.seek_day = ui::previous_session_day(course, day); break;
    case A::next_session: out.seek_day = ui::next_session_day(course, day); break;
    case A::first_day: out.seek_day = 0.0; break;
    case A::last_day: out.seek_day = course.end_day(); break;
    case A::previous_region:
    case A::next_region: {
      sim::Scenario& s = out.edit_scenario(doc.scenario());
      s.region = step_region(s.region, a == A::next_region ? 1 : -1);
      break;
    }
    case A::cut_back:
    case A::cut_forward: {
      const float step = a == A::cut_back ? kCutStep : -kCutStep;
      const float cut =
          std::clamp(figure.cut_fraction + step, scene::kCutFractionMin, scene::kCutFractionMax);
      out.edit_figure(doc.figure()).cut_fraction = cut;
      break;
    }
    case A::next_stain: {
      const scene::Stain next = scene::next_stain(figure.stain);
      out.edit_figure(doc.figure()).stain = next;
      break;
    }
    case A::toggle_labels: {
      const bool v = !figure.labels;
      out.edit_figure(doc.figure()).labels = v;
      break;
    }
    case A::toggle_legend: {
      const bool v = !figure.legend;
      out.edit_figure(doc.figure()).legend = v;
      break;
    }
    case A::toggle_scale_bar: {
      const bool v = !figure.scale_bar;
      out.edit_figure(doc.figure()).scale_bar = v;
      break;
    }
    case A::toggle_panels: flags.show_panels = !flags.show_panels; break;
    case A::screenshot: out.save_screenshot = true; break;
    case A::fullscreen: out.toggle_fullscreen = true; break;
    case A::help: flags.show_help = !flags.show_help; break;
    case A::quit: out.quit = true; break;
    case A::next_chapter: ++out.lecture.step; break;
    case A::previous_chapter: --out.lecture.step; break;
    case A::first_chapter: out.lecture.first = true; break;
    case A::blank_screen: out.lecture.toggle_blank = !out.lecture.toggle_blank; break;
    case A::back_to_lesson: out.lecture.back = true; break;
    case A::leave_lecture: out.lecture.leave = true; break;
  }
}

void handle_input(scene::Camera& cam, DragState& drag, const doc::Document& doc,
                  ui::PanelFlags& flags, float view_height_px,
                  const std::vector<ui::KeyEvent>& keys, ui::Commands& out,
                  ui::ShortcutScope scope) {
  const ImGuiIO& io = ImGui::GetIO();
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

  if (io.WantTextInput) return;  // typing into a field
  // Held shortcuts (orbit, pan) act every frame the key is down.
  for (const ui::Shortcut& s : ui::shortcuts()) {
    if (!s.held || s.shift != io.KeyShift || s.ctrl != io.KeyCtrl) continue;
    if (ui::overridden(s, scope)) continue;
    if (ImGui::IsKeyDown(glfw_key(s.key))) apply_action(s.action, cam, doc, flags, out);
  }
  // The rest act once per event, so taps shorter than a frame still count.
  for (const ui::KeyEvent& e : keys) {
    if (const auto a = ui::match(e, scope)) apply_action(*a, cam, doc, flags, out);
  }
}

}  // namespace dv::app
