// region_data.h: fixed facts about each body region that are not perturbed (what lies under the
// fat, the sources) and the between-person ranges of the perturbable region values.
#pragma once

#include <string_view>

#include "sim/params.h"
#include "sim/scenario.h"

namespace dv::sim {

/// Ranges and sources of one region's skin (science.md §0a).
struct RegionFacts {
  double total_low_mm, total_high_mm;  ///< between-person range of total skin, mm
  double fat_low_mm, fat_high_mm;      ///< range of subcutaneous fat, mm
  std::string_view beneath;            ///< structure under the fat (text key, "frontalis")
  std::string_view beneath_kind;       ///< "muscle", "periosteum", "fascia" or "tendon"
  std::string_view skin_source;        ///< science.md row(s) for the skin values
  std::string_view skin_basis;         ///< measured / fitted / assumed
  std::string_view fat_source;         ///< science.md row for the fat, or "R/U"
  std::string_view usual_source;       ///< source of the usual needle settings
};

/// Facts of region `r`.
const RegionFacts& region_facts(Region r);

/// The central RegionParams of region `r` (used by ModelParams()).
RegionParams central_region(Region r);

}  // namespace dv::sim
