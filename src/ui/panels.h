// panels.h: the Dear ImGui panels. Each is a free function over state the caller owns.
#pragma once

#include <string>
#include <vector>

#include "ui/commands.h"

namespace dv::ui {

/// Main menu bar. Returns its height in pixels (0 when hidden).
float menu_bar(const sim::Scenario& scenario, const FigureOptions& figure, PanelFlags& flags,
               Commands& out);

/// "Skin block" panel: region, sex, age, layer and structure toggles, cut plane, annotations,
/// stain. Placed at the right edge; `top_px` leaves room for the menu bar. Returns its width.
float figure_panel(const sim::Scenario& scenario, const FigureOptions& figure, PanelFlags& flags,
                   float top_px, Commands& out);

/// Keyboard and mouse controls window.
void help_window(PanelFlags& flags);

/// About window (version, data sources).
void about_window(PanelFlags& flags, const std::string& version);

/// The keyboard shortcuts, as (keys, what it does) rows, shown by the help window and README.
const std::vector<std::pair<std::string, std::string>>& shortcut_rows();

}  // namespace dv::ui
