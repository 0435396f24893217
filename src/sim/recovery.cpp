// The recovery strip. Thresholds on the model's inflammation index (0..1, upper dermis) are
// ours, chosen so that a 1.0 mm pen on the cheek reads "red 1–4 days", inside the published
// downtime of 4–5 days for 0.8–1.5 mm (science.md §2, Dr.Pen chart, F-L) and the published
// redness of 24–48 h (§4b); they are documented in docs/MODEL.md ("Recovery strip"). The
// care lines follow the model's channel closure (make-up, sport) and inflammation (strong
// skincare); sun avoidance is one week, two for Fitzpatrick IV–VI or a history of PIH (Cohen &
// Elbuluk 2016: PIH grows with inflammation; §0b).
#include "sim/recovery.h"

#include <algorithm>
#include <cmath>

#include "sim/contraindications.h"
#include "sim/ensemble.h"

namespace dv::sim {
namespace {

constexpr double kRednessIndex = 0.02;   // inflammation index read as visible redness
constexpr double kSwellingIndex = 0.05;  // inflammation index read as visible swelling
constexpr double kClosedShare = 0.05;    // "closed" when under 5 % of openings/seals remain

// Inflammation index at course day `day`, interpolated between keyframes.
double inflammation_at(const Course& c, double day) {
  const std::vector<double>& t = c.key_times();
  const auto& s = c.key_scalars();
  if (t.empty()) return 0.0;
  if (day <= t.front()) return s.front().inflammation;
  if (day >= t.back()) return s.back().inflammation;
  const auto hi = static_cast<std::size_t>(std::upper_bound(t.begin(), t.end(), day) - t.begin());
  const std::size_t lo = hi - 1;
  const double span = t[hi] - t[lo];
  const double w = span > 0 ? (day - t[lo]) / span : 0.0;
  return s[lo].inflammation + w * (s[hi].inflammation - s[lo].inflammation);
}

// Last time (days after `start`, within the strip) the inflammation index is ≥ `level`; 0 if
// never. Sampled every hour.
double days_above(const Course& c, double start, double level) {
  double last = 0.0;
  for (int h = 0; h <= kRecoveryDays * 24; ++h) {
    const double d = h / 24.0;
    if (inflammation_at(c, start + d) >= level) last = d;
  }
  return last;
}

// Hours until `open(h)` falls under kClosedShare (searched every 15 min, up to the strip's end).
template <typename F>
double hours_until_closed(F open) {
  for (int q = 0; q <= kRecoveryDays * 24 * 4; ++q) {
    const double h = q / 4.0;
    if (open(h) < kClosedShare) return h;
  }
  return kRecoveryDays * 24.0;
}

int round_day(double d) {
  return static_cast<int>(std::lround(d));
}

}  // namespace

std::string_view key(RecoveryItem i) {
  switch (i) {
    case RecoveryItem::redness: return "redness";
    case RecoveryItem::swelling: return "swelling";
    case RecoveryItem::bleeding: return "bleeding";
    case RecoveryItem::flaking: return "flaking";
    case RecoveryItem::warm: return "warm";
    case RecoveryItem::dry: return "dry";
    case RecoveryItem::makeup: return "makeup";
    case RecoveryItem::exercise: return "exercise";
    case RecoveryItem::sun: return "sun";
    case RecoveryItem::actives: return "actives";
  }
  return "redness";
}

std::string_view key(RecoveryKind k) {
  switch (k) {
    case RecoveryKind::see: return "see";
    case RecoveryKind::feel: return "feel";
    case RecoveryKind::avoid: return "avoid";
  }
  return "see";
}

std::pair<int, int> published_downtime_days(double needle_mm) {
  if (needle_mm < 0.2 - 1e-9) return {1, 2};
  if (needle_mm <= 0.5 + 1e-9) return {2, 3};
  if (needle_mm < 0.8 - 1e-9) return {3, 4};
  if (needle_mm <= 1.5 + 1e-9) return {4, 5};
  if (needle_mm < 2.0 - 1e-9) return {5, 6};
  return {6, 7};
}

RecoveryStrip recovery_strip(const Course& course, int session) {
  RecoveryStrip r;
  const auto n_sessions = static_cast<int>(course.session_days().size());
  r.session = std::clamp(session, 1, std::max(1, n_sessions));
  r.session_day =
      n_sessions > 0 ? course.session_days()[static_cast<std::size_t>(r.session - 1)] : 0.0;
  const Scenario& sc = course.scenario();
  const Needling& n = course.needling();
  const auto [down_lo, down_hi] = published_downtime_days(sc.needle_depth_mm);
  r.downtime_low_days = down_lo;
  r.downtime_high_days = down_hi;
  r.visible_days = days_above(course, r.session_day, kRednessIndex);
  const double swelling_days = days_above(course, r.session_day, kSwellingIndex);
  r.gaps_closed_hours = hours_until_closed([&](double h) { return open_fraction(n, h); });
  r.barrier_hours = hours_until_closed([&](double h) { return barrier_open_fraction(n, h); });
  const int closed_day = std::max(1, static_cast<int>(std::ceil(r.gaps_closed_hours / 24.0)));

  using K = RecoveryKind;
  using I = RecoveryItem;
  auto add = [&](I item, K kind, int from, int lo, int hi, std::string_view text,
                 std::string_view why) {
    lo = std::clamp(lo, from, kRecoveryDays);
    hi = std::clamp(hi, lo, kRecoveryDays);
    r.spans.push_back({item, kind, from, lo, hi, text, why});
  };
  // ---- What you see ----
  const int red_lo = n.reaches_dermis ? 1 : 0;
  add(I::redness, K::see, 0, red_lo, std::max(red_lo + 1, round_day(r.visible_days)),
      "recovery.redness", "recovery.redness.why");
  if (n.reaches_dermis || swelling_days > 0.0) {
    add(I::swelling, K::see, 0, 0, std::max(1, round_day(swelling_days)), "recovery.swelling",
        "recovery.swelling.why");
  }
  switch (n.bleeding_level) {
    case BleedingLevel::none: break;
    case BleedingLevel::spotty:
      add(I::bleeding, K::see, 0, 0, 0, "recovery.bleeding.spotty", "recovery.bleeding.why");
      break;
    case BleedingLevel::pinpoint:
    case BleedingLevel::uniform:
      add(I::bleeding, K::see, 0, 0, 0, "recovery.bleeding.pinpoint", "recovery.bleeding.why");
      break;
  }
  if (n.reaches_dermis) {
    add(I::flaking, K::see, std::max(2, closed_day + 1), down_lo, down_hi, "recovery.flaking",
        "recovery.flaking.why");
  }
  // ---- What you feel ----
  add(I::warm, K::feel, 0, n.reaches_dermis ? 1 : 0, n.reaches_dermis ? 2 : 1, "recovery.warm",
      "recovery.warm.why");
  add(I::dry, K::feel, 1, std::max(2, down_lo - 1), std::max(3, down_hi), "recovery.dry",
      "recovery.dry.why");
  // ---- What to leave out (allowed again the day after the span) ----
  add(I::makeup, K::avoid, 0, closed_day - 1, closed_day, "recovery.makeup", "recovery.makeup.why");
  add(I::exercise, K::avoid, 0, std::max(1, closed_day), std::max(2, closed_day + 1),
      "recovery.exercise", "recovery.exercise.why");
  const bool pih_prone = sc.fitzpatrick >= 4 || checked(sc, Check::pih_history);
  add(I::sun, K::avoid, 0, pih_prone ? 13 : 6, 13, "recovery.sun",
      pih_prone ? "recovery.sun.why_pih" : "recovery.sun.why");
  double inflammation_end = 3.0;
  if (!course.phase_times().empty()) {
    const auto i = static_cast<std::size_t>(r.session - 1);
    if (i < course.phase_times().size() &&
        std::isfinite(course.phase_times()[i].inflammation_end_days))
      inflammation_end = course.phase_times()[i].inflammation_end_days;
  }
  add(I::actives, K::avoid, 0, std::max(down_lo, round_day(inflammation_end)),
      std::max(down_hi, round_day(r.visible_days) + 1), "recovery.actives", "recovery.actives.why");

  // ---- When results show (model) ----
  const std::vector<DailyRow>& daily = course.daily();
  if (!daily.empty()) {
    const int main_day = main_outcome_day(course);
    double peak = 1.0;
    for (const DailyRow& row : daily) peak = std::max(peak, row.total_collagen);
    const double gain = daily[static_cast<std::size_t>(main_day)].total_collagen - 1.0;
    int first = -1, building = -1;
    for (const DailyRow& row : daily) {
      if (first < 0 && gain > 0 && row.total_collagen - 1.0 >= 0.2 * gain) first = row.day;
      if (building < 0 && peak > 1.0 && row.total_collagen - 1.0 >= 0.9 * (peak - 1.0))
        building = row.day;
    }
    r.first_change_weeks = first < 0 ? 0.0 : first / 7.0;
    r.building_months = building < 0 ? 0.0 : building / 30.4;
  }
  return r;
}

double course_day(const RecoveryStrip& strip, const Course& course, double strip_day) {
  return std::clamp(strip.session_day + std::clamp(strip_day, 0.0, double{kRecoveryDays}), 0.0,
                    course.end_day());
}

int holds_on(const RecoverySpan& s, int day) {
  if (day < s.from_day || day > s.to_day_high) return 0;
  return day <= s.to_day_low ? 2 : 1;
}

}  // namespace dv::sim
