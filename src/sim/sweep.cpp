// Sweeps (issue 12 §3): one ensemble per swept value, each deterministic for the scenario's seed
// (sim::run_ensemble draws member m from seed ⊕ m, whatever thread runs it).
#include "sim/sweep.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace dv::sim {
namespace {

std::string number_text(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

std::string range_text(const ScenarioField& f) {
  return number_text(f.min) + "-" + number_text(f.max);
}

bool session_day_column(OutcomeColumn o) {
  return o == OutcomeColumn::channel_depth_um || o == OutcomeColumn::bleeding;
}

}  // namespace

std::vector<std::string_view> sweep_param_keys() {
  std::vector<std::string_view> keys;
  for (const ScenarioField& f : scenario_fields())
    if (f.kind != FieldKind::seed) keys.push_back(f.key);
  return keys;
}

std::vector<double> all_choices(const ScenarioField& f) {
  std::vector<double> v;
  for (double i = f.min; i <= f.max + 1e-9; i += 1.0) v.push_back(i);
  return v;
}

Result<std::vector<double>> sweep_values(const ScenarioField& f, double from, double to,
                                         int count) {
  using R = Result<std::vector<double>>;
  for (double v : {from, to}) {
    if (!(v >= f.min && v <= f.max))
      return R::error(std::string(f.key) + ": " + number_text(v) +
                      " is outside the allowed range " + range_text(f));
  }
  if (count < 2)
    return R::error("--steps: " + std::to_string(count) + " is too few; a sweep needs 2 or more");
  std::vector<double> out;
  for (int i = 0; i < count; ++i) {
    const double t = static_cast<double>(i) / static_cast<double>(count - 1);
    double v = i == count - 1 ? to : from + t * (to - from);
    if (f.kind != FieldKind::real) v = std::round(v);
    if (out.empty() || v != out.back()) out.push_back(v);
  }
  return out;
}

std::string sweep_spec_error(const SweepSpec& s) {
  const ScenarioField* f = find_scenario_field(s.param);
  if (!f || f->kind == FieldKind::seed) {
    std::string keys;
    for (std::string_view k : sweep_param_keys())
      keys += (keys.empty() ? "" : ", ") + std::string(k);
    return "--param: '" + s.param + "' is not a setting; allowed: " + keys;
  }
  if (s.values.size() < 2)
    return "--steps: a sweep needs 2 or more values (got " + std::to_string(s.values.size()) + ")";
  for (double v : s.values) {
    if (!(v >= f->min && v <= f->max))
      return std::string(f->key) + ": " + number_text(v) + " is outside the allowed range " +
             range_text(*f);
  }
  if (s.members < 1 || s.members > kEnsembleMaxMembers)
    return "--members: " + std::to_string(s.members) + " is outside the allowed range 1-" +
           std::to_string(kEnsembleMaxMembers);
  return {};
}

Scenario with_setting(const Scenario& base, std::string_view param, double value) {
  Scenario s = base;
  const ScenarioField* f = find_scenario_field(param);
  if (!f || f->kind == FieldKind::seed) return s;
  f->set(s, clamp_to_field(*f, value));
  if (param == "device") s.passes = default_passes(s.device);
  return s;
}

int sweep_default_day(const Course& course, OutcomeColumn outcome) {
  if (session_day_column(outcome)) return 0;
  return main_outcome_day(course);
}

std::optional<std::pair<double, double>> usual_range(const Scenario& sc, std::string_view param) {
  if (param == "needle_depth_mm") {
    const SkinLayers skin = skin_layers(sc.region, sc.sex, sc.age_years);
    return std::pair{skin.usual_depth_min_mm, skin.usual_depth_max_mm};
  }
  if (param == "passes") {
    const auto [lo, hi] = usual_passes(sc.device);
    return std::pair{static_cast<double>(lo), static_cast<double>(hi)};
  }
  return std::nullopt;
}

std::optional<Sweep> run_sweep(const Scenario& base, const SweepSpec& spec, std::stop_token stop,
                               const SweepProgress& progress) {
  const ScenarioField& f = *find_scenario_field(spec.param);
  Sweep out{spec.param, spec.outcome, std::max(spec.members, 1), {}};
  const int total = static_cast<int>(spec.values.size());
  for (int i = 0; i < total; ++i) {
    if (stop.stop_requested()) return std::nullopt;
    const double v = spec.values[static_cast<std::size_t>(i)];
    const Scenario sc = with_setting(base, spec.param, v);
    EnsembleOptions eo;
    eo.members = out.members;
    eo.threads = spec.threads;
    const auto e = run_ensemble(sc, central_params(), eo, stop);
    if (!e) return std::nullopt;
    const Band& b = e->band(spec.outcome);
    const int last = static_cast<int>(b.central.size()) - 1;
    int day = 0;
    if (spec.day) {
      day = std::clamp(*spec.day, 0, last);
    } else {
      // The default day needs the course's session days only: a field-free central course.
      day = std::min(sweep_default_day(simulate(sc, central_params(), false), spec.outcome), last);
    }
    const auto d = static_cast<std::size_t>(day);
    std::string label = f.kind == FieldKind::choice
                            ? std::string(f.choice_key(static_cast<std::size_t>(v)))
                            : number_text(f.get(sc));
    out.rows.push_back({f.get(sc), std::move(label), day, b.central[d], b.low[d], b.high[d]});
    if (progress) progress(i + 1, total);
  }
  return out;
}

std::optional<OutcomeColumn> parse_outcome_column(std::string_view k) {
  for (int i = 0; i < kOutcomeColumnCount; ++i)
    if (key(static_cast<OutcomeColumn>(i)) == k) return static_cast<OutcomeColumn>(i);
  return std::nullopt;
}

std::string outcome_column_keys() {
  std::string s;
  for (int i = 0; i < kOutcomeColumnCount; ++i)
    s += (i ? ", " : "") + std::string(key(static_cast<OutcomeColumn>(i)));
  return s;
}

}  // namespace dv::sim
