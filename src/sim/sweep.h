// sweep.h: one outcome against one setting (issue 12 §3), NetLogo BehaviorSpace style: for each
// value of a scenario field, the central course's outcome at a day and the 10th/90th
// percentiles of an ensemble. Deterministic for the scenario's seed whatever the thread count.
#pragma once

#include <functional>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"
#include "sim/ensemble.h"
#include "sim/scenario.h"
#include "sim/scenario_fields.h"

namespace dv::sim {

/// Default ensemble members per swept value: a 10-step sweep of the default course takes about
/// 2 s on 2 cores; 16 members give a coarse but honest 10–90 % band.
inline constexpr int kSweepDefaultMembers = 16;

/// What to sweep.
struct SweepSpec {
  std::string param;           ///< scenario field key ("needle_depth_mm", "region", ...)
  std::vector<double> values;  ///< field values in order (choice fields: index into the choices)
  OutcomeColumn outcome = OutcomeColumn::total_collagen;  ///< the outcome read
  std::optional<int> day;  ///< day read, d; none = sweep_default_day() of each value's course
  int members = kSweepDefaultMembers;  ///< ensemble members per value (1 = central only)
  int threads = 0;                     ///< worker threads; 0 = all cores
};

/// One swept value.
struct SweepRow {
  double value;       ///< the setting (choice fields: index)
  std::string label;  ///< the setting as text: a number or a choice key ("cheek")
  int day;            ///< day read, d (clamped to the course)
  double central;     ///< the central course's outcome (column unit)
  double p10;         ///< lower band edge: min(10th percentile, central) (sim::Band)
  double p90;         ///< upper band edge: max(90th percentile, central)
};

/// The result of a sweep.
struct Sweep {
  std::string param;           ///< field swept
  OutcomeColumn outcome;       ///< outcome read
  int members;                 ///< ensemble members per value
  std::vector<SweepRow> rows;  ///< one per value, in the order of SweepSpec::values
};

/// Progress: (values done, values in all).
using SweepProgress = std::function<void(int done, int total)>;

/// Fields a sweep may vary (every field but the seed), in table order.
std::vector<std::string_view> sweep_param_keys();

/// `count` ≥ 2 values evenly spaced from `from` to `to` of field `f` (integers rounded,
/// duplicates dropped), or an error naming the field, the value and its range.
Result<std::vector<double>> sweep_values(const ScenarioField& f, double from, double to, int count);

/// Every choice of a choice field (indices 0…n−1).
std::vector<double> all_choices(const ScenarioField& f);

/// Error text for a bad spec (unknown field, value outside its range, too few values, members),
/// or empty when it can run.
std::string sweep_spec_error(const SweepSpec& spec);

/// `base` with field `param` set to `value`; a device change also sets the device's usual
/// passes (sim::default_passes), as the Treatment panel does.
Scenario with_setting(const Scenario& base, std::string_view param, double value);

/// Day the outcome is read when none is given: 90 days after the last session (clamped to the
/// course) — or, for columns that exist only on session days (channel_depth_um, bleeding), the
/// first session (day 0).
int sweep_default_day(const Course& course, OutcomeColumn outcome);

/// Usual range of the swept setting for `scenario` where the model has one: needle depth (the
/// region's usual settings, mm) and passes (the device's usual range); else nullopt.
std::optional<std::pair<double, double>> usual_range(const Scenario& scenario,
                                                     std::string_view param);

/// Run the sweep (the spec must be valid: sweep_spec_error() empty). Returns nullopt when `stop`
/// is requested before it finishes. `progress` (may be empty) is called after each value.
std::optional<Sweep> run_sweep(const Scenario& base, const SweepSpec& spec,
                               std::stop_token stop = {}, const SweepProgress& progress = {});

/// Parse an outcome column key ("total_collagen"); nullopt when unknown.
std::optional<OutcomeColumn> parse_outcome_column(std::string_view key);
/// Every outcome column key, comma-separated.
std::string outcome_column_keys();

}  // namespace dv::sim
