// outcome.h: what a course comes to, read off its daily table: summary numbers, the collagen
// curve, and the skin at a day (the layers thickened by the simulated remodelling).
#pragma once

#include <vector>

#include "sim/course.h"
#include "sim/skin.h"

namespace dv::sim {

/// Summary numbers of a course.
struct Outcome {
  double peak_collagen;       ///< highest total collagen, × baseline
  double final_collagen;      ///< total collagen on the last day, × baseline
  double three_months_after;  ///< total collagen 90 days after the last session (or last day)
};
/// Outcome figures of a course.
Outcome outcome_of(const Course& course);

/// The total-collagen curve of a course, one value per day, × baseline.
std::vector<float> collagen_curve(const Course& course);

/// The skin at `day` of a course: the patient's skin with the simulated epidermis and dermis
/// thickness, quantised (2 µm, 1 %) so that a block built from it changes only in steps.
SkinLayers skin_at(const Course& course, double day);
/// The same from a snapshot already taken at that day (`snap` = course.at(day)).
SkinLayers skin_at(const Course& course, const Snapshot& snap);

}  // namespace dv::sim
