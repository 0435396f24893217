// report_util.h: helpers shared by report.cpp (the §8 checks) and report_studies.cpp (the
// study table): the reference scenarios and small readers of a course. Internal to sim.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "sim/course.h"
#include "sim/region_data.h"
#include "sim/tissue.h"

namespace dv::sim::report_util {

inline std::string f(const char* fmt, double a, double b = 0.0, double c = 0.0) {
  char buf[160];
  std::snprintf(buf, sizeof buf, fmt, a, b, c);
  return buf;
}

inline const DailyRow& row_after_last(const Course& c, int days) {
  const int d = std::min(static_cast<int>(c.session_days().back()) + days,
                         static_cast<int>(c.daily().size()) - 1);
  return c.daily()[static_cast<std::size_t>(d)];
}

inline double gain3m(const Scenario& sc, const ModelParams& p) {
  Scenario s = sc;
  s.follow_up_weeks = std::max(s.follow_up_weeks, 13.0);
  return row_after_last(simulate(s, p), 90).total_collagen - 1.0;
}
// Whole-dermis gain: deeper channels on thick skin add collagen below the upper millimetre.
inline double dermis_gain3m(const Scenario& sc, const ModelParams& p) {
  Scenario s = sc;
  s.follow_up_weeks = std::max(s.follow_up_weeks, 13.0);
  return row_after_last(simulate(s, p), 90).dermis_collagen - 1.0;
}

inline constexpr Region kFace[] = {Region::forehead, Region::temple, Region::periorbital,
                                   Region::nose,     Region::cheek,  Region::perioral,
                                   Region::chin,     Region::zygoma};

inline bool has(const Course& c, const std::string& id) {
  return std::any_of(c.warnings().begin(), c.warnings().end(),
                     [&](const Warning& w) { return w.id == id; });
}
inline Severity worst(const Course& c) {
  Severity s = Severity::note;
  for (const Warning& w : c.warnings()) s = std::max(s, w.severity);
  return s;
}

inline double spinosum_gain(const Course& c, const DailyRow& r, const ModelParams& p) {
  const double viable = r.epidermis_um - c.skin().stratum_corneum_um;
  return (viable / c.skin().viable_epidermis_um - 1.0) / p.spinosum_share;
}

inline Scenario lotfi() {  // Lotfi 2013: 5 monthly 1.5 mm roller sessions, biopsy 8 weeks after
  Scenario s;
  s.device = Device::roller;
  s.passes = default_passes(Device::roller);
  s.sessions = 5;
  s.follow_up_weeks = 9;
  return s;
}
inline Scenario kenkel() {  // Kenkel 2021: 4 monthly pen sessions, 44-65 y, 3 months after
  Scenario s;
  s.age_years = 55;
  s.follow_up_weeks = 13;
  return s;
}
inline Scenario aust() {  // Aust 2008: Medical Roll-CIT, 1-4 sessions (3 here), 1 year after
  Scenario s;
  s.device = Device::roller;
  s.passes = default_passes(Device::roller);
  s.sessions = 3;
  s.follow_up_weeks = 53;
  return s;
}

}  // namespace dv::sim::report_util
