// gl_window.h: a GLFW window with an OpenGL 3.3 core context, or a clear reason why not.
#pragma once

#include <string>

#include "core/result.h"

struct GLFWwindow;

namespace dv::app {

/// Owns GLFW (init/terminate) and one window whose context is current.
class GlWindow {
 public:
  /// Create a window of width×height; `visible` false gives a hidden window for offscreen work.
  static Result<GlWindow> create(int width, int height, const std::string& title, bool visible);
  GlWindow(GlWindow&& o) noexcept;
  GlWindow& operator=(GlWindow&&) = delete;
  GlWindow(const GlWindow&) = delete;
  GlWindow& operator=(const GlWindow&) = delete;
  ~GlWindow();
  /// The GLFW window.
  GLFWwindow* get() const { return window_; }

 private:
  explicit GlWindow(GLFWwindow* w) : window_(w) {}
  GLFWwindow* window_ = nullptr;
};

/// "OpenGL 3.3 core is not available ..." style message naming the version a default context
/// reports, or why no context could be made at all.
std::string describe_missing_gl33();

}  // namespace dv::app
