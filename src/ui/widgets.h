// widgets.h: small shared ImGui helpers for the panels.
#pragma once

#include <imgui.h>

#include <array>
#include <cstdio>
#include <string>

namespace dv::ui {

/// Amber used for warnings (readable on the dark panels; not red-vs-green coded).
inline const ImVec4 kWarningColour{1.0f, 0.74f, 0.28f, 1.0f};

/// `v` printed with the printf format `fmt` (one double conversion, e.g. "%.2f").
inline std::string number(double v, const char* fmt) {
  char buf[32];
  std::snprintf(buf, sizeof buf, fmt, v);
  return buf;
}

/// A section heading: accent-coloured text over a separator line.
inline void section(const char* title) {
  ImGui::Spacing();
  ImGui::TextColored(ImVec4(0.55f, 0.78f, 1.0f, 1.0f), "%s", title);
  ImGui::Separator();
}

/// A combo over every value of an enum; `name` gives each value's display text.
/// Returns true and sets *out when the user picked a value.
template <typename E, std::size_t N, typename NameFn>
bool enum_combo(const char* label, E current, const std::array<E, N>& all, NameFn name, E* out) {
  bool changed = false;
  const std::string preview(name(current));
  if (ImGui::BeginCombo(label, preview.c_str())) {
    for (E e : all) {
      const std::string item(name(e));
      if (ImGui::Selectable(item.c_str(), e == current)) {
        *out = e;
        changed = true;
      }
    }
    ImGui::EndCombo();
  }
  return changed;
}

}  // namespace dv::ui
