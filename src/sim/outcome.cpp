#include "sim/outcome.h"

#include <algorithm>
#include <cmath>

namespace dv::sim {

std::vector<float> collagen_curve(const Course& course) {
  std::vector<float> v;
  v.reserve(course.daily().size());
  for (const DailyRow& r : course.daily()) v.push_back(static_cast<float>(r.total_collagen));
  return v;
}

Outcome outcome_of(const Course& course) {
  Outcome o{1.0, 1.0, 1.0};
  const auto& rows = course.daily();
  if (rows.empty()) return o;
  for (const DailyRow& r : rows) o.peak_collagen = std::max(o.peak_collagen, r.total_collagen);
  o.final_collagen = rows.back().total_collagen;
  const int target = static_cast<int>(course.session_days().back()) + 90;
  const std::size_t i = std::min(rows.size() - 1, static_cast<std::size_t>(std::max(0, target)));
  o.three_months_after = rows[i].total_collagen;
  return o;
}

SkinLayers skin_at(const Course& course, double day) {
  return skin_at(course, course.at(day));
}

SkinLayers skin_at(const Course& course, const Snapshot& snap) {
  // The block follows the simulated thickening (Aust 2008: stratum spinosum +40 %), in steps of
  // 2 µm of epidermis and 1 % of dermis so that playback rebuilds it only now and then.
  SkinLayers s = course.skin();
  const double epi_gain = std::round((snap.epidermis_um - s.epidermis_um()) / 2.0) * 2.0;
  const double dermis_factor = std::round(snap.dermis_um / s.dermis_um() * 100.0) / 100.0;
  s.viable_epidermis_um += epi_gain;
  s.papillary_dermis_um *= dermis_factor;
  s.reticular_dermis_um *= dermis_factor;
  s.capillary_loop_apex_um += epi_gain;
  s.superficial_plexus_um = s.papillary_bottom_um();
  s.deep_plexus_um = s.dermis_bottom_um();
  return s;
}

}  // namespace dv::sim
