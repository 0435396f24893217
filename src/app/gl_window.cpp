#include "app/gl_window.h"

#include <glad/gl.h>
// GLFW after glad: glad refuses a GL header included before it.
#include <GLFW/glfw3.h>

#include <cstdio>
#include <cstdlib>
#include <utility>

#include "render/gl_debug.h"

namespace dv::app {
namespace {

std::string& last_glfw_error() {
  static std::string text;
  return text;
}

void on_glfw_error(int /*code*/, const char* description) {
  last_glfw_error() = description ? description : "";
}

bool have_display() {
  const char* x11 = std::getenv("DISPLAY");
  const char* wl = std::getenv("WAYLAND_DISPLAY");
  return (x11 && *x11) || (wl && *wl);
}

constexpr const char* kNoDisplay =
    "no display found: run under xvfb-run, or use a command that needs none "
    "(dermaviz simulate)";

}  // namespace

std::string describe_missing_gl33() {
  // Ask for whatever context the driver gives by default, to name the version it has.
  glfwDefaultWindowHints();
  glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
  GLFWwindow* probe = glfwCreateWindow(16, 16, "dermaviz-probe", nullptr, nullptr);
  std::string found = "no OpenGL context could be created at all";
  if (probe) {
    glfwMakeContextCurrent(probe);
    using GetString = const unsigned char* (*)(unsigned int);
    auto get_string = reinterpret_cast<GetString>(glfwGetProcAddress("glGetString"));
    const unsigned char* v = get_string ? get_string(GL_VERSION) : nullptr;
    found = std::string("the driver offers OpenGL ") +
            (v ? reinterpret_cast<const char*>(v) : "(unknown version)");
    glfwDestroyWindow(probe);
  }
  return "OpenGL 3.3 core is not available: " + found +
         ". Update the graphics driver, or run under xvfb-run with Mesa (libgl1-mesa-dri).";
}

Result<GlWindow> GlWindow::create(int width, int height, const std::string& title, bool visible) {
  glfwSetErrorCallback(on_glfw_error);
  if (!have_display()) return Result<GlWindow>::error(kNoDisplay);
  if (!glfwInit()) {
    return Result<GlWindow>::error(std::string(kNoDisplay) + " (GLFW: " + last_glfw_error() + ")");
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  glfwWindowHint(GLFW_VISIBLE, visible ? GLFW_TRUE : GLFW_FALSE);
  glfwWindowHint(GLFW_SAMPLES, 0);
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
  const bool debug = render::gl_debug_requested();
  glfwWindowHint(GLFW_OPENGL_DEBUG_CONTEXT, debug ? GLFW_TRUE : GLFW_FALSE);
  GLFWwindow* w = glfwCreateWindow(width, height, title.c_str(), nullptr, nullptr);
  if (!w) {
    std::string msg = describe_missing_gl33();
    glfwTerminate();
    return Result<GlWindow>::error(msg);
  }
  glfwMakeContextCurrent(w);
  const int version = gladLoadGL(glfwGetProcAddress);
  if (version == 0 || GLAD_VERSION_MAJOR(version) * 10 + GLAD_VERSION_MINOR(version) < 33) {
    glfwDestroyWindow(w);
    std::string msg = describe_missing_gl33();
    glfwTerminate();
    return Result<GlWindow>::error(msg);
  }
  if (debug && !render::enable_gl_debug_output()) {
    std::fprintf(stderr,
                 "DV_GL_DEBUG: this driver has neither GL_KHR_debug nor "
                 "GL_ARB_debug_output; GL errors go unreported\n");
  }
  return GlWindow(w);
}

GlWindow::GlWindow(GlWindow&& o) noexcept : window_(std::exchange(o.window_, nullptr)) {}

GlWindow::~GlWindow() {
  if (window_) {
    glfwDestroyWindow(window_);
#if !defined(__SANITIZE_ADDRESS__)
    glfwTerminate();
#endif
    // Under AddressSanitizer GLFW stays up until exit: glfwTerminate unloads the GL driver, and
    // LeakSanitizer (which runs at exit) could then no longer name the driver's own allocations,
    // so tests/lsan.supp could not set them apart from ours.
  }
}

}  // namespace dv::app
