// imgui_layer.h: the Dear ImGui context, fonts and backends, for a window or an offscreen frame.
#pragma once

#include "core/result.h"
#include "ui/fonts.h"

struct GLFWwindow;
struct ImGuiContext;

namespace dv::app {

/// Owns one ImGui context with the OpenGL3 backend (and the GLFW backend when interactive).
class ImGuiLayer {
 public:
  /// `window` non-null installs GLFW input callbacks; `scale` multiplies font and style sizes.
  static Result<ImGuiLayer> create(GLFWwindow* window, float scale);
  ImGuiLayer(ImGuiLayer&& o) noexcept;
  ImGuiLayer& operator=(ImGuiLayer&&) = delete;
  ImGuiLayer(const ImGuiLayer&) = delete;
  ImGuiLayer& operator=(const ImGuiLayer&) = delete;
  ~ImGuiLayer();

  /// Start a frame sized by the window (interactive).
  void begin_window_frame();
  /// Start a frame of exactly width×height pixels with no window input (offscreen).
  void begin_offscreen_frame(int width, int height, float dt_s);
  /// Finish the frame and draw it into the bound framebuffer.
  void render();
  /// Reload fonts and style at a new size multiplier (between frames only).
  void set_scale(float scale);
  /// The loaded fonts.
  const ui::Fonts& fonts() const { return fonts_; }

 private:
  ImGuiLayer() = default;
  ImGuiContext* ctx_ = nullptr;
  bool glfw_backend_ = false;
  ui::Fonts fonts_;
};

}  // namespace dv::app
