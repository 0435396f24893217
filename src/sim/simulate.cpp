// simulate(): runs the whole course day by day, records the daily table, keyframes for
// scrubbing, phase boundaries and warnings. Time steps: 1 h for the two days after a session,
// 6 h to day 14, then 1 day (the model is written to stay stable at one-day steps).
#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>

#include "sim/course.h"
#include "sim/params.h"
#include "sim/regimes.h"
#include "sim/tissue.h"
#include "sim/warnings.h"

namespace dv::sim {
namespace p = param;
namespace {

constexpr double kNever = std::numeric_limits<double>::infinity();

// Sub-steps per day, by whole days since the latest session.
int substeps(int days_since) {
  if (days_since < kHoursRegimeEnd_d) return 24;
  if (days_since < kDaysRegimeEnd_d) return 4;
  return 1;
}

// Whether to keep a keyframe at `tau` days after the latest session (step end).
bool keep_keyframe(double tau, int sub, int steps_per_day, bool day_end) {
  if (tau <= 1.0 + 1e-9) return true;                              // hourly: needles, clot, closing
  if (tau <= kHoursRegimeEnd_d + 1e-9) return (sub + 1) % 3 == 0;  // 3-hourly on day 2
  if (tau <= 7.0 + 1e-9) return steps_per_day == 4 || day_end;     // 6-hourly to day 7
  if (!day_end) return false;
  if (tau <= kDaysRegimeEnd_d + 1e-9) return true;      // daily to day 14
  return static_cast<long>(std::lround(tau)) % 4 == 0;  // then every 4 days
}

}  // namespace

Course simulate(const Scenario& sc) {
  assert(sc.sessions >= 1 && sc.passes >= 1 && sc.needle_depth_mm > 0.0);
  Course c;
  c.scenario_ = sc;
  c.skin_ = skin_layers(sc.region, sc.sex, sc.age_years);
  c.needling_ = compute_needling(sc, c.skin_);
  c.warnings_ = scenario_warnings(sc, c.skin_, c.needling_);
  const Needling& nd = c.needling_;

  const TissueParams tp = make_tissue_params(c.skin_, response_factors(sc));
  TissueState st = baseline_state(tp);
  c.nx_ = tp.nx;
  c.nz_ = tp.nz;
  c.width_um_ = tp.width_um;
  c.depth_um_ = tp.depth_um;

  std::vector<int> session_day;
  for (int s = 0; s < sc.sessions; ++s) {
    session_day.push_back(static_cast<int>(std::lround(s * sc.interval_weeks * 7.0)));
    c.session_days_.push_back(session_day.back());
  }
  const int last_day = session_day.back() + static_cast<int>(std::lround(sc.follow_up_weeks * 7.0));
  const int days = last_day + 1;
  c.end_day_ = days;

  // The section's channels: as many as expected to cross it (at least one, so the picture
  // always shows a channel), each standing for expected/drawn channels.
  const double expected = expected_section_channels(nd, tp.width_um);
  const int drawn = std::clamp(static_cast<int>(std::lround(expected)), 1, p::kMaxSectionChannels);
  const double weight = expected / drawn;
  std::uint64_t rng = sc.seed;  // the model's random state: channel positions per session
  for (int s = 0; s < sc.sessions; ++s) {
    c.channel_x_um_.push_back(section_channel_x(drawn, tp.width_um, rng));
  }

  const double e_epi = c.skin_.stratum_corneum_um;
  const double v_epi = c.skin_.viable_epidermis_um;
  const double dermis0 = c.skin_.dermis_um();
  Indices idx = measure(tp, st);
  auto keyframe = [&](double t) {
    c.key_times_.push_back(t);
    c.key_fields_.insert(c.key_fields_.end(), st.fields.begin(), st.fields.end());
    const double epi = e_epi + v_epi * (1.0 + p::kSpinosumShare * st.epidermis_gain);
    const double der = dermis0 * (1.0 + p::kDermisSwelling * (idx.dermis_total_collagen - 1.0));
    c.key_scalars_.push_back({epi, der, idx.inflammation, idx.growth_factor});
  };
  const std::size_t expected_keys = static_cast<std::size_t>(sc.sessions) * 70 + days / 4 + 8;
  c.key_times_.reserve(expected_keys);
  c.key_scalars_.reserve(expected_keys);
  c.key_fields_.reserve(expected_keys * st.fields.size());
  c.daily_.reserve(static_cast<std::size_t>(days));

  int latest = -1;  // index of the latest session
  double fib_peak = 0.0;
  for (int d = 0; d < days; ++d) {
    const int sidx = static_cast<int>(std::find(session_day.begin(), session_day.end(), d) -
                                      session_day.begin());
    const bool session_today = sidx < sc.sessions;
    if (session_today) {
      if (latest >= 0) {
        const PhaseTimes& prev = c.phase_times_.back();
        if (idx.inflammation > p::kInflammationResolved * prev.inflammation_peak) {
          c.warnings_.push_back(early_session_warning(sidx + 1, sc.interval_weeks));
        }
      }
      keyframe(d);  // state just before the needles
      apply_injury(tp, st, nd, c.channel_x_um_[static_cast<std::size_t>(sidx)], weight);
      latest = sidx;
      c.phase_times_.push_back({kNever, kNever, 0.0, 0.0});
      fib_peak = 0.0;
      idx = measure(tp, st);
      keyframe(d);  // needles in
    }
    const double t0 = latest >= 0 ? session_day[static_cast<std::size_t>(latest)] : 0.0;
    const int n = substeps(d - static_cast<int>(t0));
    const double dt = 1.0 / n;
    for (int k = 0; k < n; ++k) {
      const double t = d + (k + 1) * dt;
      const double open = open_fraction(nd, (t - 0.5 * dt - t0) * 24.0);
      step(tp, st, dt, open);
      idx = measure(tp, st);
      // Phase boundaries of the latest session, from the measured indices.
      PhaseTimes& ph = c.phase_times_.back();
      const double tau = t - t0;
      if (idx.inflammation > ph.inflammation_peak) {
        ph.inflammation_peak = idx.inflammation;
        ph.inflammation_peak_days = tau;
      } else if (ph.inflammation_end_days == kNever &&
                 idx.inflammation < p::kInflammationPhaseEnd * ph.inflammation_peak) {
        ph.inflammation_end_days = std::max(tau, p::kHaemostasisEnd_d);
      }
      const double fib_excess = idx.fibroblasts - 1.0;
      if (fib_excess > fib_peak) fib_peak = fib_excess;
      if (ph.inflammation_end_days != kNever && ph.proliferation_end_days == kNever &&
          fib_excess <= p::kProliferationEnd * fib_peak) {
        ph.proliferation_end_days = std::max(tau, ph.inflammation_end_days);
      }
      const bool day_end = k + 1 == n;
      if (keep_keyframe(tau, k, n, day_end) || (day_end && d + 1 == days)) keyframe(t);
    }
    DailyRow row{};
    row.day = d;
    row.session = session_today ? sidx + 1 : 0;
    row.channel_depth_um = session_today ? nd.effective_depth_um : 0.0;
    row.open_channels = open_fraction(nd, (d + 1 - t0) * 24.0);
    row.bleeding = session_today && nd.bleeding ? 1 : 0;
    row.inflammation = idx.inflammation;
    row.growth_factor = idx.growth_factor;
    row.fibroblasts = idx.fibroblasts;
    row.collagen_I = idx.collagen_I;
    row.collagen_III = idx.collagen_III;
    row.elastin = idx.elastin;
    row.total_collagen = idx.total_collagen;
    row.epidermis_um = e_epi + v_epi * (1.0 + p::kSpinosumShare * st.epidermis_gain);
    row.dermis_um = dermis0 * (1.0 + p::kDermisSwelling * (idx.dermis_total_collagen - 1.0));
    c.daily_.push_back(row);
  }
  return c;
}

}  // namespace dv::sim
