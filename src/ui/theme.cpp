#include "ui/theme.h"

#include <imgui.h>

namespace dv::ui {

void apply_theme(float ui_scale) {
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  ImGui::StyleColorsDark(&style);
  // Calm, high-contrast panels that stay legible on a projector.
  style.WindowRounding = 6.0f;
  style.FrameRounding = 4.0f;
  style.GrabRounding = 4.0f;
  style.WindowBorderSize = 0.0f;
  style.FramePadding = ImVec2(8.0f, 5.0f);
  style.ItemSpacing = ImVec2(8.0f, 6.0f);
  style.WindowPadding = ImVec2(12.0f, 10.0f);
  ImVec4* c = style.Colors;
  c[ImGuiCol_WindowBg] = ImVec4(0.10f, 0.11f, 0.13f, 0.92f);
  c[ImGuiCol_MenuBarBg] = ImVec4(0.13f, 0.14f, 0.17f, 1.0f);
  c[ImGuiCol_Header] = ImVec4(0.22f, 0.36f, 0.52f, 0.80f);
  c[ImGuiCol_HeaderHovered] = ImVec4(0.27f, 0.45f, 0.65f, 0.90f);
  c[ImGuiCol_FrameBg] = ImVec4(0.18f, 0.20f, 0.24f, 1.0f);
  c[ImGuiCol_SliderGrab] = ImVec4(0.40f, 0.65f, 0.90f, 1.0f);
  c[ImGuiCol_CheckMark] = ImVec4(0.45f, 0.75f, 1.0f, 1.0f);
  style.ScaleAllSizes(ui_scale);
}

}  // namespace dv::ui
