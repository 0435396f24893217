// outcome_chart.h: the course's outcome as a chart (one outcome column over the days) with the
// band for people like this patient under the central curve, labelled axes, the sessions, the
// current time, an optional pinned course (with its band) to compare against, and the outcome
// in words as a range with who and when.
#pragma once

#include <string>
#include <vector>

#include "sim/course.h"
#include "sim/ensemble.h"

namespace dv::ui {

/// A course kept for comparison: its daily table, its band (if computed) and a name.
struct PinnedCurve {
  std::string name;  ///< e.g. "Pen 1.50 mm · 4 sessions every 4 weeks"
  const std::vector<sim::DailyRow>* daily = nullptr;  ///< its daily table
  const sim::Ensemble* ensemble = nullptr;            ///< its band, or null
  /// Compare mode: the letters of this curve and of the current one ("B", "A"), drawn at the
  /// curves' ends; A is blue and B orange whichever side is edited. Empty: a pinned course.
  std::string tag = {}, current_tag = {};
};

/// The outcome columns the chart offers, in menu order.
inline constexpr sim::OutcomeColumn kChartColumns[] = {
    sim::OutcomeColumn::total_collagen, sim::OutcomeColumn::collagen_I,
    sim::OutcomeColumn::collagen_III,   sim::OutcomeColumn::elastin,
    sim::OutcomeColumn::epidermis_um,   sim::OutcomeColumn::dermis_um,
    sim::OutcomeColumn::inflammation};

/// The main outcome in words, a range with who and when ("Collagen in the upper dermis, 3 months
/// after the last session: +58 to +97 % for 8 in 10 people like this patient"); while the band
/// is being computed, the central value and a note that the range follows.
std::string outcome_words(const sim::Course& course, const sim::Ensemble* ensemble);

/// Draw the chart of `column` (the choice is offered above it), `height_px` tall, filling the
/// available width. Returns true when the "Pin for comparison" button was pressed; sets
/// `show_numbers` when "About these numbers" was pressed.
bool outcome_chart(const sim::Course& course, const sim::Ensemble* ensemble, double day,
                   const PinnedCurve* pinned, sim::OutcomeColumn& column, bool& show_numbers,
                   float height_px);

}  // namespace dv::ui
