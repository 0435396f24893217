#include "doc/timewarp.h"

#include <algorithm>
#include <cassert>

#include "sim/regimes.h"

namespace dv::doc {
namespace {

// Playback seconds at 1× per stretch after a session: the default 4-session, 26-week-follow-up
// course plays in about a minute, and the needles are on screen for 4 s of it.
constexpr double kNeedlingSeconds = 4.0;     // the needling (sim::kNeedlingEnd_d)
constexpr double kEarlySecondsPerDay = 3.0;  // ≈ 8 h per second until sim::kHoursRegimeEnd_d
constexpr double kWeekSecondsPerDay = 0.30;  // ≈ 3 days per second until sim::kDaysRegimeEnd_d
constexpr double kLateSecondsPerDay = 0.06;  // ≈ 2.3 weeks per second

}  // namespace

TimeWarp::TimeWarp(const std::vector<double>& session_days, double end_day) {
  assert(!session_days.empty());
  double s = 0.0;
  auto add = [&](double a, double b, double seconds_per_day) {
    if (b <= a) return;
    const double len = (b - a) * seconds_per_day;
    segments_.push_back({a, b, s, s + len});
    s += len;
  };
  for (std::size_t i = 0; i < session_days.size(); ++i) {
    const double start = session_days[i];
    const double next = i + 1 < session_days.size() ? session_days[i + 1] : end_day;
    const double needle_end = std::min(next, start + sim::kNeedlingEnd_d);
    const double early_end = std::min(next, start + sim::kHoursRegimeEnd_d);
    const double week_end = std::min(next, start + sim::kDaysRegimeEnd_d);
    add(start, needle_end, kNeedlingSeconds / sim::kNeedlingEnd_d);
    add(needle_end, early_end, kEarlySecondsPerDay);
    add(early_end, week_end, kWeekSecondsPerDay);
    add(week_end, next, kLateSecondsPerDay);
  }
  if (segments_.empty()) segments_.push_back({0.0, end_day, 0.0, 0.0});
}

double TimeWarp::seconds_at(double day) const {
  const Segment& first = segments_.front();
  if (day <= first.start_day) return first.start_s;
  for (const Segment& g : segments_) {
    if (day <= g.end_day) {
      const double f = (day - g.start_day) / (g.end_day - g.start_day);
      return g.start_s + f * (g.end_s - g.start_s);
    }
  }
  return segments_.back().end_s;
}

double TimeWarp::day_at(double seconds) const {
  if (seconds <= 0.0) return segments_.front().start_day;
  for (const Segment& g : segments_) {
    if (seconds <= g.end_s && g.end_s > g.start_s) {
      const double f = (seconds - g.start_s) / (g.end_s - g.start_s);
      return g.start_day + f * (g.end_day - g.start_day);
    }
  }
  return segments_.back().end_day;
}

double TimeWarp::rate_at(double day) const {
  for (const Segment& g : segments_) {
    if (day < g.end_day && g.end_s > g.start_s) {
      return (g.end_day - g.start_day) / (g.end_s - g.start_s);
    }
  }
  return 0.0;
}

}  // namespace dv::doc
