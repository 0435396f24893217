#include "app/imgui_layer.h"

#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <utility>

#include "ui/theme.h"

namespace dv::app {

Result<ImGuiLayer> ImGuiLayer::create(GLFWwindow* window, float scale) {
  ImGuiLayer layer;
  layer.ctx_ = ImGui::CreateContext();
  ImGui::SetCurrentContext(layer.ctx_);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout is code-driven; settings live in one struct of ours
  layer.fonts_ = ui::load_fonts(ui::kDejaVuDir, scale);
  ui::apply_theme(scale);
  if (window) {
    if (!ImGui_ImplGlfw_InitForOpenGL(window, true)) {
      return Result<ImGuiLayer>::error("Dear ImGui could not attach to the window");
    }
    layer.glfw_backend_ = true;
  }
  if (!ImGui_ImplOpenGL3_Init("#version 330 core")) {
    return Result<ImGuiLayer>::error("Dear ImGui's OpenGL 3 renderer failed to start");
  }
  return layer;
}

ImGuiLayer::ImGuiLayer(ImGuiLayer&& o) noexcept
    : ctx_(std::exchange(o.ctx_, nullptr)),
      glfw_backend_(std::exchange(o.glfw_backend_, false)),
      fonts_(o.fonts_) {}

ImGuiLayer::~ImGuiLayer() {
  if (!ctx_) return;
  ImGui::SetCurrentContext(ctx_);
  ImGui_ImplOpenGL3_Shutdown();
  if (glfw_backend_) ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext(ctx_);
}

void ImGuiLayer::set_scale(float scale) {
  ImGui::SetCurrentContext(ctx_);
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  fonts_ = ui::load_fonts(ui::kDejaVuDir, scale);
  ui::apply_theme(scale);
  ImGui_ImplOpenGL3_CreateFontsTexture();
}

void ImGuiLayer::begin_window_frame() {
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
}

void ImGuiLayer::begin_offscreen_frame(int width, int height, float dt_s) {
  ImGui_ImplOpenGL3_NewFrame();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
  io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
  io.DeltaTime = dt_s > 0.0f ? dt_s : 1.0f / 60.0f;
  ImGui::NewFrame();
}

void ImGuiLayer::render() {
  ImGui::Render();
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

}  // namespace dv::app
