// ensemble.h: a course simulated as an ensemble of people and parameter sets (issue 8 §2).
// Member 0 is the central course; the others draw every row of the parameter table (person rows
// and uncertain constants) within its range from a generator seeded by the scenario's seed, one
// sub-seed per member, so the band is the same bit for bit whatever the thread count.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <stop_token>
#include <string_view>
#include <vector>

#include "sim/course.h"
#include "sim/params.h"

namespace dv::sim {

/// OutcomeColumn columns of the daily table: every CSV column but day and session, in CSV order.
enum class OutcomeColumn {
  channel_depth_um,
  open_channels,
  bleeding,
  inflammation,
  growth_factor,
  fibroblasts,
  collagen_I,
  collagen_III,
  elastin,
  total_collagen,
  epidermis_um,
  dermis_um,
  barrier_open,
  elastin_new,
  ultrasound_density,
  perfusion,
  pih_risk,
  scarring_risk,
  dermis_collagen,
  count
};
/// Number of outcome columns.
inline constexpr int kOutcomeColumnCount = static_cast<int>(OutcomeColumn::count);

/// CSV column name of an outcome ("total_collagen").
std::string_view key(OutcomeColumn o);
/// The value of outcome `o` in a daily row (its CSV unit).
double outcome_value(const DailyRow& row, OutcomeColumn o);

/// Scalars stored at each keyframe (what the picture reads between days).
enum class KeyScalar { epidermis_um, dermis_um, inflammation, growth_factor, count };
/// Number of keyframed scalars.
inline constexpr int kKeyScalarCount = static_cast<int>(KeyScalar::count);

/// Smallest and largest allowed member count (the command line's --ensemble range).
inline constexpr int kEnsembleMinMembers = 8;
inline constexpr int kEnsembleMaxMembers = 1024;    ///< members
inline constexpr int kEnsembleDefaultMembers = 64;  ///< members

/// How to run an ensemble.
struct EnsembleOptions {
  int members = kEnsembleDefaultMembers;  ///< members including the central one (≥ 1)
  int threads = 0;                        ///< worker threads; 0 = all cores
  double spread_scale = 1.0;  ///< × every row's range about its central value (0 = no spread)
};

/// A band over time: the central course and the band around it, one value per time.
/// low = min(10th percentile, central), high = max(90th percentile, central): the band always
/// contains the central course (a percentile of the members need not; docs/MODEL.md §11).
struct Band {
  std::vector<double> central;  ///< member 0 (the central course), column unit
  std::vector<double> low;      ///< lower edge, column unit
  std::vector<double> high;     ///< upper edge, column unit
};

/// The result of an ensemble run.
struct Ensemble {
  int members = 0;                              ///< members run
  std::array<Band, kOutcomeColumnCount> daily;  ///< per outcome, one value per day
  std::vector<double> key_times;                ///< keyframe times, days
  std::array<Band, kKeyScalarCount> keyframes;  ///< per keyframed scalar, one per keyframe
  /// The band of outcome `o`.
  const Band& band(OutcomeColumn o) const { return daily[static_cast<std::size_t>(o)]; }
};

/// The parameters of member `member` (0 = `central` unchanged). Each table row is drawn from a
/// two-sided triangular law peaked at the central value, with half the weight on each side, so
/// the central value is each row's median and mode; the range is scaled by `spread_scale`. The
/// collagen shares are renormalised to sum to 1 (the baseline stays ×1).
ModelParams member_params(const ModelParams& central, std::uint64_t seed, int member,
                          double spread_scale = 1.0);

/// Run the ensemble of `scenario` around `central`. Returns nullopt when `stop` is requested
/// before it finishes (no partial band is ever returned).
std::optional<Ensemble> run_ensemble(const Scenario& scenario, const ModelParams& central,
                                     const EnsembleOptions& options, std::stop_token stop = {});

/// Day of the main outcome: 90 days after the last session (clamped to the last day).
int main_outcome_day(const Course& course);

/// One parameter's effect on the main outcome (total_collagen on main_outcome_day()).
struct Sensitivity {
  std::size_t row;  ///< index into param_table()
  double at_low;    ///< main outcome with the row at its low end (× baseline)
  double at_high;   ///< main outcome with the row at its high end (× baseline)
  double swing;     ///< |at_high − at_low|, × baseline
};

/// One-at-a-time sensitivity of the main outcome to every row that can change it (skin rows of
/// other regions are skipped), ranked by swing, largest first (ties in table order). Returns
/// nullopt when `stop` is requested.
std::optional<std::vector<Sensitivity>> sensitivity(const Scenario& scenario,
                                                    const ModelParams& central, int threads = 0,
                                                    std::stop_token stop = {});

}  // namespace dv::sim
