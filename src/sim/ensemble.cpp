// The ensemble (issue 8 §2): members drawn from the parameter table, run on all cores, reduced
// to a central course and a 10–90 % band per day and per keyframe; and the one-at-a-time
// sensitivity of the main outcome.
#include "sim/ensemble.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <functional>
#include <string>
#include <thread>

#include "sim/needling.h"
#include "sim/param_table.h"

namespace dv::sim {
namespace {

constexpr std::array<std::string_view, kOutcomeColumnCount> kOutcomeKeys = {
    "channel_depth_um", "open_channels", "bleeding",      "inflammation",   "growth_factor",
    "fibroblasts",      "collagen_I",    "collagen_III",  "elastin",        "total_collagen",
    "epidermis_um",     "dermis_um",     "barrier_open",  "elastin_new",    "ultrasound_density",
    "perfusion",        "pih_risk",      "scarring_risk", "dermis_collagen"};

double key_scalar(const Course::KeyScalars& k, int s) {
  switch (static_cast<KeyScalar>(s)) {
    case KeyScalar::epidermis_um: return k.epidermis_um;
    case KeyScalar::dermis_um: return k.dermis_um;
    case KeyScalar::inflammation: return k.inflammation;
    default: return k.growth_factor;
  }
}

int thread_count(int requested, int jobs) {
  int n = requested > 0 ? requested : static_cast<int>(std::thread::hardware_concurrency());
  return std::clamp(n, 1, std::max(jobs, 1));
}

// Runs job(i) for i in [0, jobs) on `threads` threads; each job writes only its own slot, so
// the result does not depend on scheduling. False when `stop` was requested.
bool parallel_jobs(int jobs, int threads, std::stop_token stop,
                   const std::function<void(int)>& job) {
  std::atomic<int> next{0};
  auto worker = [&] {
    for (;;) {
      if (stop.stop_requested()) return;
      const int i = next.fetch_add(1);
      if (i >= jobs) return;
      job(i);
    }
  };
  const int n = thread_count(threads, jobs);
  std::vector<std::thread> pool;
  pool.reserve(static_cast<std::size_t>(n - 1));
  for (int t = 1; t < n; ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& t : pool) t.join();
  return !stop.stop_requested();
}

// Linear interpolation between order statistics (position q·(n−1)); `v` is sorted in place.
double percentile(std::vector<double>& v, double q) {
  std::sort(v.begin(), v.end());
  const double pos = q * static_cast<double>(v.size() - 1);
  const auto i = static_cast<std::size_t>(pos);
  if (i + 1 >= v.size()) return v.back();
  const double f = pos - static_cast<double>(i);
  return v[i] + f * (v[i + 1] - v[i]);
}

// The band of `count` series of `len` values each, stored member-major in `values`.
Band reduce(const std::vector<std::vector<double>>& values, std::size_t offset, std::size_t len) {
  Band b;
  b.central.resize(len);
  b.low.resize(len);
  b.high.resize(len);
  std::vector<double> col(values.size());
  for (std::size_t t = 0; t < len; ++t) {
    for (std::size_t m = 0; m < values.size(); ++m) col[m] = values[m][offset + t];
    const double c = values[0][offset + t];
    const double p10 = percentile(col, 0.10);
    const double p90 = percentile(col, 0.90);
    b.central[t] = c;
    b.low[t] = std::min(p10, c);
    b.high[t] = std::max(p90, c);
  }
  return b;
}

double draw(double low, double central, double high, double u) {
  if (u < 0.5) return low + (central - low) * std::sqrt(2.0 * u);
  return high - (high - central) * std::sqrt(std::max(0.0, 2.0 - 2.0 * u));
}

// Whether row `r` can change a course in `region` (skin rows of other regions cannot).
bool row_applies(const ParamRow& r, Region region) {
  if (r.name.rfind("skin.", 0) != 0) return true;
  return r.name.rfind("skin." + std::string(key(region)) + ".", 0) == 0;
}

}  // namespace

std::string_view key(OutcomeColumn o) {
  return kOutcomeKeys[static_cast<std::size_t>(o)];
}

double outcome_value(const DailyRow& r, OutcomeColumn o) {
  switch (o) {
    case OutcomeColumn::channel_depth_um: return r.channel_depth_um;
    case OutcomeColumn::open_channels: return r.open_channels;
    case OutcomeColumn::bleeding: return r.bleeding;
    case OutcomeColumn::inflammation: return r.inflammation;
    case OutcomeColumn::growth_factor: return r.growth_factor;
    case OutcomeColumn::fibroblasts: return r.fibroblasts;
    case OutcomeColumn::collagen_I: return r.collagen_I;
    case OutcomeColumn::collagen_III: return r.collagen_III;
    case OutcomeColumn::elastin: return r.elastin;
    case OutcomeColumn::total_collagen: return r.total_collagen;
    case OutcomeColumn::epidermis_um: return r.epidermis_um;
    case OutcomeColumn::dermis_um: return r.dermis_um;
    case OutcomeColumn::barrier_open: return r.barrier_open;
    case OutcomeColumn::elastin_new: return r.elastin_new;
    case OutcomeColumn::ultrasound_density: return r.ultrasound_density;
    case OutcomeColumn::perfusion: return r.perfusion;
    case OutcomeColumn::pih_risk: return r.pih_risk;
    case OutcomeColumn::scarring_risk: return r.scarring_risk;
    case OutcomeColumn::dermis_collagen:
    case OutcomeColumn::count: break;
  }
  return r.dermis_collagen;
}

ModelParams member_params(const ModelParams& central, std::uint64_t seed, int member,
                          double spread_scale) {
  ModelParams p = central;
  if (member == 0) return p;
  // Per-member sub-seed: the member's stream depends only on (seed, member).
  std::uint64_t state = seed ^ (0xD1B54A32D192ED03ULL * static_cast<std::uint64_t>(member));
  (void)splitmix64(state);
  for (const ParamRow& r : param_table()) {
    const double c = param_value(r, central);
    const double lo = c - spread_scale * std::max(0.0, c - r.low);
    const double hi = c + spread_scale * std::max(0.0, r.high - c);
    const double u = static_cast<double>(splitmix64(state) >> 11) * 0x1.0p-53;
    r.ref(p) = draw(lo, c, hi, u);
  }
  // The baseline matrix is ×1 by definition: keep the collagen shares summing to 1.
  const double shares = p.share_I + p.share_III + p.share_other;
  p.share_I /= shares;
  p.share_III /= shares;
  p.share_other /= shares;
  return p;
}

std::optional<Ensemble> run_ensemble(const Scenario& sc, const ModelParams& central,
                                     const EnsembleOptions& o, std::stop_token stop) {
  const int n = std::max(o.members, 1);
  // Per member: the outcome columns day by day, then the keyframed scalars.
  std::vector<std::vector<double>> values(static_cast<std::size_t>(n));
  std::vector<double> key_times;
  std::size_t days = 0, keys = 0;
  auto fill = [&](int m, const Course& c) {
    std::vector<double>& v = values[static_cast<std::size_t>(m)];
    const std::size_t d = c.daily().size(), k = c.key_times().size();
    v.resize(static_cast<std::size_t>(kOutcomeColumnCount) * d +
             static_cast<std::size_t>(kKeyScalarCount) * k);
    for (int oc = 0; oc < kOutcomeColumnCount; ++oc)
      for (std::size_t t = 0; t < d; ++t)
        v[static_cast<std::size_t>(oc) * d + t] =
            outcome_value(c.daily()[t], static_cast<OutcomeColumn>(oc));
    const std::size_t base = static_cast<std::size_t>(kOutcomeColumnCount) * d;
    for (int s = 0; s < kKeyScalarCount; ++s)
      for (std::size_t t = 0; t < k; ++t)
        v[base + static_cast<std::size_t>(s) * k + t] = key_scalar(c.key_scalars()[t], s);
  };
  // Every member in the pool, member 0 (the central course) included. The day and keyframe
  // counts are the same for every member (the time steps depend only on the scenario).
  const bool done = parallel_jobs(n, o.threads, stop, [&](int m) {
    const Course c =
        simulate(sc, m == 0 ? central : member_params(central, sc.seed, m, o.spread_scale), false);
    fill(m, c);
    if (m == 0) {  // read after the threads are joined
      key_times = c.key_times();
      days = c.daily().size();
      keys = key_times.size();
    }
  });
  if (!done || stop.stop_requested()) return std::nullopt;
  Ensemble e;
  e.members = n;
  for (int oc = 0; oc < kOutcomeColumnCount; ++oc)
    e.daily[static_cast<std::size_t>(oc)] =
        reduce(values, static_cast<std::size_t>(oc) * days, days);
  e.key_times = std::move(key_times);
  const std::size_t base = static_cast<std::size_t>(kOutcomeColumnCount) * days;
  for (int s = 0; s < kKeyScalarCount; ++s)
    e.keyframes[static_cast<std::size_t>(s)] =
        reduce(values, base + static_cast<std::size_t>(s) * keys, keys);
  return e;
}

int main_outcome_day(const Course& c) {
  const int last_session = static_cast<int>(std::lround(c.session_days().back()));
  const int last_day = static_cast<int>(c.daily().size()) - 1;
  return std::min(last_session + 90, last_day);
}

std::optional<std::vector<Sensitivity>> sensitivity(const Scenario& sc, const ModelParams& central,
                                                    int threads, std::stop_token stop) {
  const std::vector<ParamRow>& table = param_table();
  std::vector<std::size_t> rows;
  for (std::size_t i = 0; i < table.size(); ++i)
    if (row_applies(table[i], sc.region)) rows.push_back(i);
  const int day = main_outcome_day(simulate(sc, central, false));
  std::vector<double> out(rows.size() * 2);
  const bool done = parallel_jobs(static_cast<int>(out.size()), threads, stop, [&](int j) {
    const ParamRow& r = table[rows[static_cast<std::size_t>(j / 2)]];
    ModelParams p = central;
    r.ref(p) = j % 2 == 0 ? r.low : r.high;
    const double shares = p.share_I + p.share_III + p.share_other;
    p.share_I /= shares;
    p.share_III /= shares;
    p.share_other /= shares;
    out[static_cast<std::size_t>(j)] =
        simulate(sc, p, false).daily()[static_cast<std::size_t>(day)].total_collagen;
  });
  if (!done) return std::nullopt;
  std::vector<Sensitivity> s;
  for (std::size_t k = 0; k < rows.size(); ++k) {
    const double lo = out[2 * k], hi = out[2 * k + 1];
    s.push_back({rows[k], lo, hi, std::abs(hi - lo)});
  }
  std::stable_sort(s.begin(), s.end(),
                   [](const Sensitivity& a, const Sensitivity& b) { return a.swing > b.swing; });
  return s;
}

}  // namespace dv::sim
