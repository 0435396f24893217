#include "ui/field_controls.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "ui/strings.h"

namespace dv::ui {

const char* choice_label(const sim::ScenarioField& f, std::size_t i) {
  std::string id(f.key);
  id.insert(0, "choice.");
  id.append(".").append(f.choice_key(i));
  return tr(id);
}

std::string slider_format(std::string_view pattern, std::string_view spec) {
  std::string escaped;
  for (char c : pattern) {
    if (c == '%') escaped += '%';
    escaped += c;
  }
  return fill(escaped, {{"value", std::string(spec)}});
}

bool field_control(const sim::ScenarioField& f, const sim::Scenario& s, Commands& out) {
  const std::string label = std::string(tr(f.label_id)) + "##" + std::string(f.key);
  const double current = f.get ? f.get(s) : 0.0;
  double chosen = current;
  bool changed = false;
  switch (f.kind) {
    case sim::FieldKind::choice: {
      const auto n = static_cast<std::size_t>(f.max) + 1;
      const auto now = static_cast<std::size_t>(current);
      if (n <= 2) {  // two choices read better as radio buttons
        for (std::size_t i = 0; i < n; ++i) {
          if (i > 0) ImGui::SameLine();
          ImGui::PushID(static_cast<int>(i));
          if (ImGui::RadioButton(choice_label(f, i), now == i)) {
            chosen = static_cast<double>(i);
            changed = now != i;
          }
          ImGui::PopID();
        }
        break;
      }
      if (ImGui::BeginCombo(label.c_str(), choice_label(f, now))) {
        for (std::size_t i = 0; i < n; ++i) {
          if (ImGui::Selectable(choice_label(f, i), i == now)) {
            chosen = static_cast<double>(i);
            changed = true;
          }
        }
        ImGui::EndCombo();
      }
      break;
    }
    case sim::FieldKind::real:
    case sim::FieldKind::integer: {
      // "1 week", not "1 weeks": a text for one where the language has it.
      const std::string one = std::string(f.label_id) + ".value_one";
      const bool is_one = std::lround(current) == 1 && f.step >= 1.0 && has_text(one);
      const std::string pattern = tr(is_one ? one : std::string(f.label_id) + ".value");
      // Typed values (Ctrl+click) are clamped to the field's range like scenario files.
      const ImGuiSliderFlags flags = ImGuiSliderFlags_AlwaysClamp;
      if (f.step >= 1.0) {
        int v = static_cast<int>(std::lround(current));
        const std::string fmt = slider_format(pattern, "%d");
        if (ImGui::SliderInt(label.c_str(), &v, static_cast<int>(f.min), static_cast<int>(f.max),
                             fmt.c_str(), flags)) {
          chosen = v;
          changed = true;
        }
      } else {
        float v = static_cast<float>(current);
        const int decimals = std::max(0, static_cast<int>(std::ceil(-std::log10(f.step))));
        const std::string fmt = slider_format(pattern, "%." + std::to_string(decimals) + "f");
        if (ImGui::SliderFloat(label.c_str(), &v, static_cast<float>(f.min),
                               static_cast<float>(f.max), fmt.c_str(), flags)) {
          chosen = std::round(static_cast<double>(v) / f.step) * f.step;
          changed = true;
        }
      }
      break;
    }
    case sim::FieldKind::seed: break;   // not shown
    case sim::FieldKind::flags: break;  // the patient view's checklist shows these
  }
  if (!changed) return false;
  f.set(out.edit_scenario(s), sim::clamp_to_field(f, chosen));
  return true;
}

}  // namespace dv::ui
