// param_table.h: the machine-readable table of every model constant (issue 8 §1): name, central
// value, unit, between-person or uncertainty range, basis, source (a science.md row) and the part
// of the model that uses it. A later ensemble perturbs ModelParams through `ref`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "sim/params.h"

namespace dv::sim {

/// One row of the parameter table.
struct ParamRow {
  std::string name;              ///< stable dotted name ("penetration.pen_fraction")
  std::string unit;              ///< unit ("1", "mm", "/d", "h"...)
  double low;                    ///< low end of the range (same unit)
  double high;                   ///< high end of the range (same unit)
  std::string basis;             ///< measured, derived, fitted, assumed
  std::string source;            ///< science.md row or R/U reason
  std::string used_by;           ///< model part using it
  bool person;                   ///< true: differs between people (drawn per person by an ensemble)
  double& (*ref)(ModelParams&);  ///< the value inside a ModelParams
};

/// Every row, in a stable order.
const std::vector<ParamRow>& param_table();

/// The value of `row` in `p`.
double param_value(const ParamRow& row, const ModelParams& p);

/// The table as Markdown (one row per parameter), values from `p`.
std::string params_markdown(const ModelParams& p);

/// The table as CSV (header + one line per row), values from `p`.
std::string params_csv(const ModelParams& p);

}  // namespace dv::sim
