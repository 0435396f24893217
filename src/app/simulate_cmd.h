// simulate_cmd.h: `dermaviz simulate --scenario FILE --csv OUT` (issue 3 §3): the daily table
// as CSV, no display needed.
#pragma once

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>

#include "sim/course.h"
#include "sim/ensemble.h"

namespace dv::app {

/// Options of the simulate command.
struct SimulateOptions {
  std::optional<std::filesystem::path> scenario;  ///< scenario JSON; none = default scenario
  std::string csv_out;                            ///< output CSV path, "-" = `out`
  int ensemble = 0;  ///< ensemble members (8–1024) for the _p10/_p90 columns; 0 = none
};

/// The CSV header line (no newline): the 14 columns of issue 3 first, in their order, then
/// the Science v2 columns (sim::DailyRow documents each).
inline constexpr const char* kDailyCsvHeader =
    "day,session,channel_depth_um,open_channels,bleeding,inflammation,growth_factor,"
    "fibroblasts,collagen_I,collagen_III,elastin,total_collagen,epidermis_um,dermis_um,"
    "barrier_open,elastin_new,ultrasound_density,perfusion,pih_risk,scarring_risk,dermis_collagen,"
    "sensation,oedema";

/// The daily table of `course` as CSV (header + one line per day), locale-independent.
std::string daily_csv(const sim::Course& course);

/// As above, followed by `<column>_p10` and `<column>_p90` for every outcome column (every column
/// but day and session), in column order, from `ensemble` (its band edges: sim::Band).
std::string daily_csv(const sim::Course& course, const sim::Ensemble& ensemble);

/// Error text when `members` is not an allowed --ensemble value, else empty.
std::string ensemble_members_error(int members);

/// Run the command. Warnings go to `err` ("warning: ..."), the CSV to the file or `out`.
/// Returns 0 on success, 2 on bad input (scenario), 1 when the output cannot be written.
int run_simulate(const SimulateOptions& options, std::ostream& out, std::ostream& err);

}  // namespace dv::app
