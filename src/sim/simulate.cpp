// simulate(): runs the whole course day by day, records the daily table, keyframes for
// scrubbing, phase boundaries, risks and warnings. Time steps: 1 h for the first day after a
// session, 3 h on the second, 6 h to day 14, then 1 day (the model is written to stay stable at
// one-day steps).
#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdio>
#include <limits>

#include "sim/course.h"
#include "sim/regimes.h"
#include "sim/sensation.h"
#include "sim/swelling.h"
#include "sim/tissue.h"
#include "sim/warnings.h"

namespace dv::sim {
namespace p = param;
namespace {

constexpr double kNever = std::numeric_limits<double>::infinity();

// Sub-steps per day, by whole days since the latest session.
int substeps(int days_since) {
  if (days_since < 1) return 24;
  if (days_since < kHoursRegimeEnd_d) return 8;
  if (days_since < kDaysRegimeEnd_d) return 4;
  return 1;
}

// Whether to keep a keyframe at `tau` days after the latest session (step end).
bool keep_keyframe(double tau, int steps_per_day, bool day_end) {
  if (tau <= 1.0 + 1e-9) return true;                           // hourly: needles, clot, closing
  if (tau <= kHoursRegimeEnd_d + 1e-9) return true;             // 3-hourly steps on day 2
  if (tau <= 7.0 + 1e-9) return steps_per_day == 4 || day_end;  // 6-hourly to day 7
  if (!day_end) return false;
  if (tau <= kDaysRegimeEnd_d + 1e-9) return true;      // daily to day 14
  return static_cast<long>(std::lround(tau)) % 4 == 0;  // then every 4 days
}

}  // namespace

Course simulate(const Scenario& sc) {
  return simulate(sc, central_params());
}

Course simulate(const Scenario& sc, const ModelParams& mp) {
  return simulate(sc, mp, true);
}

Course simulate(const Scenario& sc, const ModelParams& mp, bool keep_fields) {
  assert(sc.sessions >= 1 && sc.passes >= 1 && sc.needle_depth_mm > 0.0);
  Course c;
  c.scenario_ = sc;
  c.skin_ = skin_layers(sc.region, sc.sex, sc.age_years, mp);
  // Conditions change geometry (science.md §8.12): a thinner or thicker reticular dermis.
  double dermis_factor = 1.0;
  if (sc.condition == Condition::stretch_marks) dermis_factor = mp.stretch_dermis_factor;
  if (sc.condition == Condition::atrophic_acne_scars) dermis_factor = mp.atrophic_dermis_factor;
  if (sc.condition == Condition::hypertrophic_scar) dermis_factor = mp.hypertrophic_dermis_factor;
  if (dermis_factor != 1.0) {
    const double dermis = c.skin_.dermis_um() * dermis_factor;
    c.skin_.reticular_dermis_um = std::max(dermis - c.skin_.papillary_dermis_um, 50.0);
    c.skin_.deep_plexus_um = c.skin_.dermis_bottom_um();
  }
  c.needling_ = compute_needling(sc, c.skin_, mp);
  c.warnings_ = scenario_warnings(sc, c.skin_, c.needling_, mp);
  const Needling& nd = c.needling_;

  const ResponseFactors rf = response_factors(sc, mp);
  const TissueParams tp = make_tissue_params(c.skin_, rf, mp);
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

  // The section's channels: those whose injury zone crosses it (at least one, so the picture
  // always shows a channel). The tissue is injured at no fewer than kMinInjurySites places,
  // each standing for expected/sites channels, so that sparse devices are averaged over the
  // section instead of piling their whole density on one spot (local saturation); the picture
  // shows `drawn` of those places, evenly picked.
  constexpr int kMinInjurySites = 6;
  const double zone = 0.5 * nd.channel_diameter_um + mp.injury_halo_um;
  const double expected = expected_section_channels(nd, tp.width_um, 2.0 * zone);
  const int drawn = std::clamp(static_cast<int>(std::lround(expected)), 1, p::kMaxSectionChannels);
  const int sites = std::max(drawn, kMinInjurySites);
  const double weight = expected / sites;
  std::uint64_t rng = sc.seed;  // the model's random state: channel positions per session
  for (int s = 0; s < sc.sessions; ++s) {
    c.channel_x_um_.push_back(section_channel_x(sites, tp.width_um, rng));
    std::vector<double> shown;
    for (int i = 0; i < drawn; ++i) {
      shown.push_back(c.channel_x_um_.back()[static_cast<std::size_t>(i * sites / drawn)]);
    }
    c.shown_x_um_.push_back(std::move(shown));
  }

  const double e_epi = c.skin_.stratum_corneum_um;
  const double v_epi = c.skin_.viable_epidermis_um;
  const double dermis0 = c.skin_.dermis_um();
  Indices idx = measure(tp, st);
  int latest = -1;  // index of the latest session
  // Dermal oedema of the latest session at time t (issue 14 §3): the dermis swells for a day.
  auto oedema_at = [&](double t) {
    if (latest < 0) return 0.0;
    return oedema_relative(nd, (t - session_day[static_cast<std::size_t>(latest)]) * 24.0);
  };
  auto keyframe = [&](double t) {
    c.key_times_.push_back(t);
    if (keep_fields) c.key_fields_.insert(c.key_fields_.end(), st.fields.begin(), st.fields.end());
    const double epi = e_epi + v_epi * (1.0 + mp.spinosum_share * st.epidermis_gain);
    const double der = dermis0 * (1.0 + mp.dermis_swelling * (idx.dermis_total_collagen - 1.0)) *
                       (1.0 + oedema_at(t));
    c.key_scalars_.push_back({epi, der, idx.inflammation, idx.growth_factor});
  };
  const std::size_t expected_keys = static_cast<std::size_t>(sc.sessions) * 70 + days / 4 + 8;
  c.key_times_.reserve(expected_keys);
  c.key_scalars_.reserve(expected_keys);
  if (keep_fields) c.key_fields_.reserve(expected_keys * st.fields.size());
  c.daily_.reserve(static_cast<std::size_t>(days));

  // Risks (science.md §8.14, §8.15): per-session probabilities combined over the course.
  const double depth_mm = nd.effective_depth_um / 1000.0;
  const double fat_mm = std::max(0.0, nd.effective_depth_um - c.skin_.dermis_bottom_um()) / 1000.0;
  double pih_clear = 1.0, scar_clear = 1.0;
  Warning interval_warning{};

  double fib_peak = 0.0;
  for (int d = 0; d < days; ++d) {
    const int sidx = static_cast<int>(std::find(session_day.begin(), session_day.end(), d) -
                                      session_day.begin());
    const bool session_today = sidx < sc.sessions;
    if (session_today) {
      // How much of the previous session's proliferation is still running (§8.15).
      double overlap = 0.0;
      if (latest >= 0 && fib_peak > 1e-6) {
        const double remaining = std::clamp((idx.fibroblasts - 1.0) / fib_peak, 0.0, 1.0);
        overlap = remaining * depth_mm;
        Warning w =
            early_session_warning(sidx + 1, d - session_day[static_cast<std::size_t>(latest)],
                                  remaining, nd.effective_depth_um, mp);
        // One warning per course: the first session affected, at the worst severity seen.
        if (!w.id.empty()) {
          if (interval_warning.id.empty())
            interval_warning = w;
          else
            interval_warning.severity = std::max(interval_warning.severity, w.severity);
        }
      }
      const double type = std::max(0, sc.fitzpatrick - 1);
      const double pih = mp.pih_base * (1.0 + mp.pih_per_type * type) *
                         (1.0 + mp.pih_per_inflammation * (rf.flare - 1.0 + nd.injured_fraction)) *
                         (1.0 + mp.pih_per_mm * depth_mm) * (1.0 + 2.0 * overlap);
      const double scar_factor = sc.condition == Condition::hypertrophic_scar ? 3.0 : 1.0;
      const double scar = mp.scar_base * scar_factor * (1.0 + mp.scar_per_overlap * overlap) *
                          (1.0 + mp.scar_per_mm_fat * fat_mm) * (1.0 + nd.injured_fraction);
      pih_clear *= 1.0 - std::min(pih, 1.0);
      scar_clear *= 1.0 - std::min(scar, 1.0);

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
      const double hours = (t - 0.5 * dt - t0) * 24.0;
      step(tp, st, dt, open_fraction(nd, hours), barrier_open_fraction(nd, hours));
      const bool day_end = k + 1 == n;
      const bool keep = keep_keyframe(t - t0, n, day_end) || (day_end && d + 1 == days);
      if (day_end || keep)
        idx = measure(tp, st);
      else
        measure_phase(tp, st, &idx.inflammation, &idx.fibroblasts);
      // Phase boundaries of the latest session, from the measured indices.
      PhaseTimes& ph = c.phase_times_.back();
      const double tau = t - t0;
      if (idx.inflammation > ph.inflammation_peak) {
        ph.inflammation_peak = idx.inflammation;
        ph.inflammation_peak_days = tau;
      } else if (ph.inflammation_end_days == kNever &&
                 idx.inflammation < mp.inflammation_phase_end * ph.inflammation_peak) {
        ph.inflammation_end_days = std::max(tau, p::kHaemostasisEnd_d);
      }
      const double fib_excess = idx.fibroblasts - 1.0;
      if (fib_excess > fib_peak) fib_peak = fib_excess;
      if (ph.inflammation_end_days != kNever && ph.proliferation_end_days == kNever &&
          fib_excess <= mp.proliferation_end * fib_peak) {
        ph.proliferation_end_days = std::max(tau, ph.inflammation_end_days);
      }
      if (keep) keyframe(t);
    }
    DailyRow row{};
    row.day = d;
    row.session = session_today ? sidx + 1 : 0;
    row.channel_depth_um = session_today ? nd.effective_depth_um : 0.0;
    row.open_channels = open_fraction(nd, (d + 1 - t0) * 24.0);
    row.bleeding = session_today ? nd.bleeding_share : 0.0;
    row.inflammation = idx.inflammation;
    row.growth_factor = idx.growth_factor;
    row.fibroblasts = idx.fibroblasts;
    row.collagen_I = idx.collagen_I;
    row.collagen_III = idx.collagen_III;
    row.elastin = idx.elastin;
    row.total_collagen = idx.total_collagen;
    row.epidermis_um = e_epi + v_epi * (1.0 + mp.spinosum_share * st.epidermis_gain);
    // Structural thickness; the day's swelling is its own column (the picture shows both).
    row.dermis_um = dermis0 * (1.0 + mp.dermis_swelling * (idx.dermis_total_collagen - 1.0));
    row.barrier_open = barrier_open_fraction(nd, (d + 1 - t0) * 24.0);
    row.elastin_new = idx.elastin_new;
    row.ultrasound_density = 1.0 + mp.ultrasound_per_collagen * (idx.total_collagen - 1.0);
    row.perfusion = (1.0 + mp.perfusion_per_vessel * idx.new_vessels) *
                    std::max(0.2, 1.0 - mp.perfusion_per_collagen * (idx.total_collagen - 1.0));
    row.pih_risk = 1.0 - pih_clear;
    row.scarring_risk = 1.0 - scar_clear;
    row.dermis_collagen = idx.dermis_total_collagen;
    row.sensation = session_today ? sensation_index(sc, c.skin_, nd) : 0.0;
    row.oedema = oedema_peak_between(nd, (d - t0) * 24.0, (d + 1 - t0) * 24.0);
    c.daily_.push_back(row);
  }

  // Course-level warnings, once each.
  if (!interval_warning.id.empty()) c.warnings_.push_back(interval_warning);
  const double pih_risk = c.daily_.back().pih_risk;
  if (sc.fitzpatrick >= 4) {
    char pct[16];
    std::snprintf(pct, sizeof pct, "%.0f", 100.0 * pih_risk);
    c.warnings_.push_back(
        {"fitzpatrick.pih",
         pih_risk > 0.25 || sc.fitzpatrick >= 5 ? Severity::caution : Severity::note,
         "fitzpatrick",
         {{"type", std::to_string(sc.fitzpatrick)}, {"risk_pct", pct}}});
  }
  if (c.daily_.back().scarring_risk > 0.05) {
    char pct[16];
    std::snprintf(pct, sizeof pct, "%.0f", 100.0 * c.daily_.back().scarring_risk);
    c.warnings_.push_back(
        {"course.cumulative_harm", Severity::caution, "sessions", {{"risk_pct", pct}}});
  }
  return c;
}

}  // namespace dv::sim
