// sweep_cmd.h: `dermaviz sweep --param KEY --from X --to Y --steps N [--values A,B]
// [--scenario F] [--outcome COLUMN] [--day D] [--members M] --csv OUT|-` (issue 12 §3): one row
// per swept value with the central outcome and its 10th and 90th percentiles.
#pragma once

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/result.h"
#include "sim/sweep.h"

namespace dv::app {

/// Options of the sweep command, as typed.
struct SweepOptions {
  std::string param;                              ///< scenario field key
  std::optional<std::string> from, to;            ///< range ends (numbers, or choice keys)
  int steps = 10;                                 ///< values in the range (≥ 2)
  std::vector<std::string> values;                ///< explicit values instead of a range
  std::optional<std::filesystem::path> scenario;  ///< scenario or document; none = default
  std::string outcome = "total_collagen";         ///< outcome column key
  std::optional<int> day;                   ///< day read, d; none = 90 d after the last session
  int members = sim::kSweepDefaultMembers;  ///< ensemble members per value
  int threads = 0;                          ///< worker threads; 0 = all cores
  std::string csv_out;                      ///< output CSV path, "-" = `out`
};

/// The spec the options describe for `base`, or a usage error naming the option, the value and
/// what is allowed.
Result<sim::SweepSpec> sweep_spec_from(const SweepOptions& o, const sim::Scenario& base);

/// The sweep as CSV: header `<param>,<outcome>,<outcome>_p10,<outcome>_p90,day`, one line per
/// value, locale-independent.
std::string sweep_csv(const sim::Sweep& sweep);

/// Run the command: 0 on success, 2 on bad input, 1 when the output cannot be written.
int run_sweep_cmd(const SweepOptions& o, std::ostream& out, std::ostream& err);

}  // namespace dv::app
