// outcome_chart.h: the course's outcome as a small chart (collagen over the days), with the
// sessions, the current time, and an optional pinned course to compare against.
#pragma once

#include <string>
#include <vector>

#include "sim/course.h"

namespace dv::ui {

/// A course kept for comparison: its total-collagen curve and a name.
struct PinnedCurve {
  std::string name;             ///< e.g. "Pen 1.50 mm · 4 sessions every 4 weeks"
  std::vector<float> collagen;  ///< total collagen per day, × baseline
};

/// Draw the chart, `height_px` tall, filling the available width. Returns true when the
/// "Pin for comparison" button was pressed.
bool outcome_chart(const sim::Course& course, double day, const PinnedCurve* pinned,
                   float height_px);

}  // namespace dv::ui
