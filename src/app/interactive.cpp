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
#include <ctime>
#include <optional>

#include "app/gl_window.h"
#include "app/imgui_layer.h"
#include "app/input.h"
#include "app/paths.h"
#include "app/png.h"
#include "app/settings.h"
#include "app/viewer.h"
#include "render/offscreen.h"

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

void save_screenshot(int fb_w, int fb_h) {
  std::vector<std::uint8_t> bottom_up(static_cast<std::size_t>(fb_w) * fb_h * 4);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
  glReadBuffer(GL_BACK);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, fb_w, fb_h, GL_RGBA, GL_UNSIGNED_BYTE, bottom_up.data());
  std::vector<std::uint8_t> rgba(bottom_up.size());
  const std::size_t row = static_cast<std::size_t>(fb_w) * 4;
  for (int y = 0; y < fb_h; ++y) {
    std::copy_n(bottom_up.data() + static_cast<std::size_t>(fb_h - 1 - y) * row, row,
                rgba.data() + static_cast<std::size_t>(y) * row);
  }
  char name[64];
  const std::time_t now = std::time(nullptr);
  std::strftime(name, sizeof name, "dermaviz-%Y%m%d-%H%M%S.png", std::localtime(&now));
  if (auto err = write_png(name, fb_w, fb_h, rgba)) {
    std::fprintf(stderr, "dermaviz: %s\n", err->c_str());
  } else {
    std::printf("saved %s\n", name);
  }
}

constexpr int kWindowSamples = 4;  // MSAA of the window's frames

// Ctrl+C or SIGTERM end the main loop like closing the window, so settings are still saved.
volatile std::sig_atomic_t g_stop = 0;
extern "C" void on_stop_signal(int) {
  g_stop = 1;
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

}  // namespace

int run_interactive(const sim::Scenario& scenario, bool scenario_given) {
  const std::filesystem::path settings_file = settings_path();
  auto loaded = load_settings(settings_file);
  if (!loaded) {
    std::fprintf(stderr, "dermaviz: warning: %s; starting from the defaults (the file is kept)\n",
                 loaded.message().c_str());
  }
  Settings settings = loaded ? loaded.value() : Settings{};
  if (scenario_given) settings.scenario = scenario;
  auto data = find_data_dir();
  if (!data) {
    std::fprintf(stderr, "dermaviz: %s\n", data.message().c_str());
    return 1;
  }
  auto window =
      GlWindow::create(1600, 900, "dermaviz \xE2\x80\x94 microneedling inside the skin", true);
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
  auto imgui = ImGuiLayer::create(w, content_scale * settings.text_scale);
  if (!imgui) {
    std::fprintf(stderr, "dermaviz: %s\n", imgui.message().c_str());
    return 1;
  }
  auto viewer = Viewer::create(data.value(), settings.scenario, settings.figure);
  if (!viewer) {
    std::fprintf(stderr, "dermaviz: %s\n", viewer.message().c_str());
    return 1;
  }
  Viewer& v = viewer.value();
  ui::PanelFlags flags;
  flags.text_scale = settings.text_scale;
  DragState drag;
  WindowedPlacement placement;
  std::optional<render::OffscreenTarget> frame;
  v.set_playing(true);  // the course starts playing; Space pauses
  double last_time = glfwGetTime();

  std::signal(SIGINT, on_stop_signal);
  std::signal(SIGTERM, on_stop_signal);
  while (!glfwWindowShouldClose(w) && !g_stop) {
    glfwPollEvents();
    int win_w = 0, win_h = 0, fb_w = 0, fb_h = 0;
    glfwGetWindowSize(w, &win_w, &win_h);
    glfwGetFramebufferSize(w, &fb_w, &fb_h);
    if (fb_w == 0 || fb_h == 0) {  // minimised
      glfwWaitEvents();
      continue;
    }
    imgui->begin_window_frame();
    ui::Commands cmds = v.build_ui(win_w, win_h, imgui->fonts(), flags, DV_VERSION);
    handle_input(v.camera(), drag, v, flags, static_cast<float>(win_h), cmds);
    // Frames are drawn into our own multisampled target and resolved into the window.
    if (!frame || frame->width() != fb_w || frame->height() != fb_h) {
      auto t = render::OffscreenTarget::create(fb_w, fb_h, kWindowSamples);
      if (!t) {
        std::fprintf(stderr, "dermaviz: %s\n", t.message().c_str());
        return 1;
      }
      frame = std::move(t.value());
    }
    const float fb_scale = static_cast<float>(fb_h) / static_cast<float>(std::max(win_h, 1));
    if (auto err = v.draw_3d(*frame, fb_scale)) {
      std::fprintf(stderr, "dermaviz: %s\n", err->c_str());
      return 1;
    }
    frame->bind();
    imgui->render();
    frame->present_to(0);
    if (cmds.save_screenshot) save_screenshot(fb_w, fb_h);
    glfwSwapBuffers(w);

    // Commands apply at one point in the frame, after it was drawn.
    v.apply(cmds);
    const double now = glfwGetTime();
    v.advance(now - last_time);
    last_time = now;
    if (cmds.toggle_fullscreen) toggle_fullscreen(w, placement);
    if (cmds.text_scale) {
      flags.text_scale = *cmds.text_scale;
      imgui->set_scale(content_scale * flags.text_scale);
    }
    if (cmds.quit) glfwSetWindowShouldClose(w, GLFW_TRUE);
  }
  // Remember what was shown; a settings file we could not read is left as it was.
  if (loaded) {
    settings.text_scale = flags.text_scale;
    settings.scenario = v.scenario();
    settings.figure.labels = v.figure().labels;
    settings.figure.legend = v.figure().legend;
    settings.figure.scale_bar = v.figure().scale_bar;
    settings.figure.stain = v.figure().stain;
    if (auto err = save_settings(settings_file, settings)) {
      std::fprintf(stderr, "dermaviz: warning: settings not saved: %s\n", err->c_str());
    }
  }
  return 0;
}

}  // namespace dv::app
