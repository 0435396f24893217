#include "app/interactive.h"

#include <glad/gl.h>
// GLFW after glad: glad refuses a GL header included before it.
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <stb_image.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <optional>

#include "app/capture_controller.h"
#include "app/capture_paths.h"
#include "app/gl_window.h"
#include "app/imgui_layer.h"
#include "app/input.h"
#include "app/paths.h"
#include "app/png.h"
#include "app/redraw.h"
#include "app/settings.h"
#include "app/workspace.h"
#include "render/offscreen.h"
#include "ui/strings.h"

namespace dv::app {
namespace {

void set_icon(GLFWwindow* w, const std::filesystem::path& png) {
  int width = 0, height = 0, channels = 0;
  unsigned char* px = stbi_load(png.string().c_str(), &width, &height, &channels, 4);
  if (!px) {
    std::fprintf(stderr, "dermaviz: warning: window icon %s is missing or unreadable\n",
                 png.string().c_str());
    return;
  }
  GLFWimage image{width, height, px};
  glfwSetWindowIcon(w, 1, &image);
  stbi_image_free(px);
}

constexpr int kWindowSamples = 4;  // MSAA of the window's frames
// Seconds of offscreen video frames drawn per UI frame while recording (at least one frame).
constexpr double kRecordBudgetSeconds = 0.03;

// Ctrl+C or SIGTERM end the main loop like closing the window, so settings are still saved.
volatile std::sig_atomic_t g_stop = 0;
extern "C" void on_stop_signal(int) {
  g_stop = 1;
}
// With DERMAVIZ_REPORT_FRAMES=1, SIGUSR1 prints the frames drawn so far (the idle test counts
// frames while the app keeps running).
volatile std::sig_atomic_t g_report = 0;
extern "C" void on_report_signal(int) {
  g_report = 1;
}

struct WindowedPlacement {
  int x = 0, y = 0, w = 1600, h = 900;
};

void toggle_fullscreen(GLFWwindow* w, WindowedPlacement& saved) {
  if (GLFWmonitor* m = glfwGetWindowMonitor(w)) {
    (void)m;
    glfwSetWindowMonitor(w, nullptr, saved.x, saved.y, saved.w, saved.h, GLFW_DONT_CARE);
    return;
  }
  glfwGetWindowPos(w, &saved.x, &saved.y);
  glfwGetWindowSize(w, &saved.w, &saved.h);
  GLFWmonitor* mon = glfwGetPrimaryMonitor();
  if (const GLFWvidmode* mode = mon ? glfwGetVideoMode(mon) : nullptr) {
    glfwSetWindowMonitor(w, mon, 0, 0, mode->width, mode->height, mode->refreshRate);
  }
}

// What the window-system callbacks record between frames.
struct WindowInput {
  RedrawGate gate;                 // woken by every event
  std::vector<ui::KeyEvent> keys;  // shortcut events since the last frame
};

// Every window-system event wakes the redraw gate; key and char events are queued for the
// shortcuts. Installed before ImGui's backend, which chains to them.
WindowInput* input_of(GLFWwindow* w) {
  return static_cast<WindowInput*>(glfwGetWindowUserPointer(w));
}
void wake(GLFWwindow* w) {
  if (WindowInput* in = input_of(w)) in->gate.on_input(glfwGetTime());
}
void install_input_callbacks(GLFWwindow* w, WindowInput* input) {
  glfwSetWindowUserPointer(w, input);
  glfwSetKeyCallback(w, [](GLFWwindow* win, int key, int scancode, int action, int mods) {
    wake(win);
    if (action == GLFW_RELEASE) return;
    if (auto e = key_event_from_glfw(key, scancode, mods)) input_of(win)->keys.push_back(*e);
  });
  glfwSetCharCallback(w, [](GLFWwindow* win, unsigned codepoint) {
    wake(win);
    ui::KeyEvent e;
    e.ch = codepoint;
    input_of(win)->keys.push_back(e);
  });
  glfwSetMouseButtonCallback(w, [](GLFWwindow* win, int, int, int) { wake(win); });
  glfwSetCursorPosCallback(w, [](GLFWwindow* win, double, double) { wake(win); });
  glfwSetScrollCallback(w, [](GLFWwindow* win, double, double) { wake(win); });
  glfwSetCursorEnterCallback(w, [](GLFWwindow* win, int) { wake(win); });
  glfwSetWindowFocusCallback(w, [](GLFWwindow* win, int) { wake(win); });
  glfwSetFramebufferSizeCallback(w, [](GLFWwindow* win, int, int) { wake(win); });
  glfwSetWindowRefreshCallback(w, [](GLFWwindow* win) { wake(win); });
  glfwSetWindowContentScaleCallback(w, [](GLFWwindow* win, float, float) { wake(win); });
}

}  // namespace

int run_interactive(const sim::Scenario& scenario, bool scenario_given) {
  // First: the window can appear (and be signalled) long before the loop starts on a busy machine.
  const char* report_env = std::getenv("DERMAVIZ_REPORT_FRAMES");
  const bool report_frames = report_env && *report_env == '1';
  if (report_frames) std::signal(SIGUSR1, on_report_signal);
  const std::filesystem::path settings_file = settings_path();
  // Valid values are used; each bad one is reported and replaced on the next save.
  const LoadedSettings loaded = load_settings(settings_file);
  for (const std::string& p : loaded.problems) {
    std::fprintf(stderr, "dermaviz: warning: settings: %s (left at its default)\n", p.c_str());
  }
  Settings settings = loaded.settings;
  if (scenario_given) settings.scenario = scenario;
  auto data = find_data_dir();
  if (!data) {
    std::fprintf(stderr, "dermaviz: %s\n", data.message().c_str());
    return 1;
  }
  auto window = GlWindow::create(1600, 900, "dermaviz", true);  // titled once strings load
  if (!window) {
    std::fprintf(stderr, "dermaviz: %s\n", window.message().c_str());
    return 1;
  }
  GLFWwindow* w = window->get();
  set_icon(w, data.value() / "assets" / "icon.png");
  glfwSwapInterval(1);  // vsync
  float sx = 1.0f, sy = 1.0f;
  glfwGetWindowContentScale(w, &sx, &sy);
  const float content_scale = std::max(1.0f, sx);
  WindowInput input;
  RedrawGate& gate = input.gate;
  install_input_callbacks(w, &input);
  // The workspace first: it makes the strings current, and the fonts take their glyphs from them.
  auto opened = open_workspace(data.value(), settings.scenario, settings.figure);
  if (!opened) {
    std::fprintf(stderr, "dermaviz: %s\n", opened.message().c_str());
    return 1;
  }
  auto imgui = ImGuiLayer::create(w, content_scale * settings.text_scale);
  if (!imgui) {
    std::fprintf(stderr, "dermaviz: %s\n", imgui.message().c_str());
    return 1;
  }
  Workspace& work = opened.value();
  work.view.set_async_blocks(true);  // region and scenario changes never stall a frame
  glfwSetWindowTitle(w, ui::tr("window.title"));
  work.flags.text_scale = settings.text_scale;
  work.projector = settings.projector;
  DragState drag;
  WindowedPlacement placement;
  std::optional<render::OffscreenTarget> frame;
  work.document.set_playing(true);  // the course starts playing; Space pauses
  // The band for people like this patient follows each course in the background.
  work.document.set_ensemble_members(sim::kEnsembleDefaultMembers);
  CaptureController capture(data.value(), pictures_dir());
  ui::RecordDialog record_dialog;
  bool toast_visible = false;
  double last_time = glfwGetTime();
  long frames_drawn = 0;  // reported with DERMAVIZ_REPORT_FRAMES=1 (checks of the idle loop)

  std::signal(SIGINT, on_stop_signal);
  std::signal(SIGTERM, on_stop_signal);
  while (!glfwWindowShouldClose(w) && !g_stop) {
    // Events: poll while frames are due, else sleep until one arrives (or a stop signal).
    double wait = gate.wait_seconds(glfwGetTime(), work.document.animating());
    // While a band is computed, look for it often enough that it shows soon after it is ready.
    if (wait > 0.0 && work.document.ensemble_pending()) wait = std::min(wait, 0.05);
    if (wait > 0.0) {
      glfwWaitEventsTimeout(wait);
    } else {
      glfwPollEvents();
    }
    if (g_report) {
      g_report = 0;
      std::fprintf(stderr, "dermaviz: %ld frames drawn\n", frames_drawn);
    }
    const double now = glfwGetTime();
    // The clock runs only over frames drawn while playing (no jump after an idle pause).
    const double dt = work.document.animating() ? std::min(now - last_time, 0.25) : 0.0;
    last_time = now;
    // A band or ranking finished in the background: show it (never waited for).
    if (work.document.poll_background()) gate.request();
    // A recording in progress: a few offscreen frames per UI frame (the window keeps working).
    if (capture.pump(now, kRecordBudgetSeconds) || toast_visible) gate.request();
    if (!gate.should_draw(now, work.document.animating())) continue;
    int win_w = 0, win_h = 0, fb_w = 0, fb_h = 0;
    glfwGetWindowSize(w, &win_w, &win_h);
    glfwGetFramebufferSize(w, &fb_w, &fb_h);
    if (fb_w == 0 || fb_h == 0) {  // minimised
      input.keys.clear();
      glfwWaitEvents();
      continue;
    }
    imgui->begin_window_frame();
    // Screen → input → apply/advance → update views → draw views → UI.
    ui::Screen screen = run_screen(work, win_w, win_h, imgui->fonts());
    const float view_h = screen.layout.views.empty() ? 1.0f : screen.layout.views.front().h;
    handle_input(
        work.view.camera(), drag, work.document, work.flags, view_h, input.keys, screen.commands,
        work.mode == ui::Mode::lecture ? ui::ShortcutScope::lecture : ui::ShortcutScope::general);
    input.keys.clear();
    if (screen.commands.open_record && !record_dialog.open) {
      record_dialog.open = true;
      record_dialog.from_day = 0.0f;
      record_dialog.to_day = static_cast<float>(work.document.course().end_day());
    }
    const ui::RecordRequest rec = ui::record_dialog(
        record_dialog, capture.progress(), work.document.course().end_day(), work.lesson.active());
    if (rec.start) capture.start_recording(work, record_dialog, now);
    if (rec.cancel) capture.cancel_recording(now);
    toast_visible =
        ui::draw_toast(capture.toast(), now, static_cast<float>(win_w), static_cast<float>(win_h));
    const ui::Commands& cmds = screen.commands;
    if (cmds.scenario || cmds.figure || cmds.seek_day || cmds.playing || cmds.speed ||
        cmds.pin_course || cmds.reset_camera || cmds.front_view || cmds.lecture.step != 0 ||
        cmds.lecture.first || cmds.lecture.back || cmds.lecture.toggle_blank ||
        cmds.lecture.leave || cmds.lecture.start || cmds.lecture.toggle_projector ||
        cmds.lecture.save_view || cmds.lecture.open_view || cmds.lecture.add_chapter) {
      gate.request();  // the panels show the change on the next frame
    }
    apply_and_update(work, screen, dt);
    if (!work.message.empty()) {
      std::fprintf(stderr, "dermaviz: %s\n", work.message.c_str());
      work.message.clear();
    }
    // Frames are drawn into our own multisampled target and resolved into the window.
    if (!frame || frame->width() != fb_w || frame->height() != fb_h) {
      auto t = render::OffscreenTarget::create_composited(fb_w, fb_h, kWindowSamples);
      if (!t) {
        std::fprintf(stderr, "dermaviz: %s\n", t.message().c_str());
        return 1;
      }
      frame = std::move(t.value());
    }
    const float fb_scale = static_cast<float>(fb_h) / static_cast<float>(std::max(win_h, 1));
    if (Status st = draw_views(work, screen, *frame, fb_scale, imgui->fonts()); !st) {
      std::fprintf(stderr, "dermaviz: %s\n", st.message().c_str());
      return 1;
    }
    frame->bind();
    imgui->render();
    if (cmds.save_screenshot) {
      capture.screenshot(work, work.flags.screenshot_size, *frame, now);
      gate.request();  // show the toast
    }
    frame->present_to(0);
    glfwSwapBuffers(w);
    gate.drawn();
    ++frames_drawn;
    // A block built on a worker thread, or one painted light, needs more frames to show in full.
    if (work.view.building() || work.view.settling()) gate.request();

    if (cmds.toggle_fullscreen) toggle_fullscreen(w, placement);
    if (cmds.text_scale) {
      work.flags.text_scale = *cmds.text_scale;
      imgui->set_scale(content_scale * work.flags.text_scale);
    }
    if (cmds.quit) glfwSetWindowShouldClose(w, GLFW_TRUE);
  }
  if (report_frames) {
    std::fprintf(stderr, "dermaviz: %ld frames drawn\n", frames_drawn);
  }
  // Remember what was shown (this also rewrites a file that had bad values).
  {
    settings.text_scale = work.flags.text_scale;
    settings.projector = work.projector;
    settings.scenario = work.document.scenario();
    settings.figure.labels = work.document.figure().labels;
    settings.figure.legend = work.document.figure().legend;
    settings.figure.scale_bar = work.document.figure().scale_bar;
    settings.figure.stain = work.document.figure().stain;
    if (Status st = save_settings(settings_file, settings); !st) {
      std::fprintf(stderr, "dermaviz: warning: settings not saved: %s\n", st.message().c_str());
    }
  }
  return 0;
}

}  // namespace dv::app
