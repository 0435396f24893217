// wipe.h: the before/after wipe's panel and its number (see wipe_panel.cpp).
#pragma once

#include <cstddef>
#include <string>

#include "doc/document.h"
#include "ui/commands.h"
#include "ui/fonts.h"
#include "ui/screen.h"

namespace dv::ui {

/// Row of the daily table shown for `day` (nearest whole day, within the course).
std::size_t wipe_row(const sim::Course& course, double day);

/// "Collagen in the upper dermis …: +0 % before → +24 % now …" from the daily table's
/// total_collagen on both days (relative to untreated skin).
std::string wipe_coverage_text(const sim::Course& course, double before_day, double day);

/// The divider over `view` (dragged with the mouse; its position in flags.wipe), the day labels
/// either side and the wipe's small window. `top_px` is the menu bar's height.
void wipe_panel(const doc::Document& d, PanelFlags& flags, const Rect& view, float top_px,
                const Fonts& fonts);

}  // namespace dv::ui
