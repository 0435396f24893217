// theme.h: the Dear ImGui look (colours, rounding, spacing) for projector-readable panels.
#pragma once

namespace dv::ui {

/// Apply dermaviz's style to the current ImGui context, scaled by `ui_scale` (1 = 96 dpi).
void apply_theme(float ui_scale);

}  // namespace dv::ui
