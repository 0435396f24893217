// Fuzz target: scenario JSON files (app/scenario_file.cpp).
#include "app/scenario_file.h"
#include "fuzz_reader.h"

namespace {

void fuzz_scenario(std::string_view text) {
  using namespace dv;
  const auto r = app::parse_scenario_json(text, fuzz::kSource);
  fuzz::require_error_names_file(r);
  if (!r.ok()) return;
  // A scenario that was read saves to a file that reads back the same scenario.
  const std::string saved = app::scenario_to_json(r.value());
  const auto again = app::parse_scenario_json(saved, fuzz::kSource);
  fuzz::require(again.ok() && again.value() == r.value(), "scenario changed by save and load",
                saved + (again.ok() ? "" : again.message()));
}

}  // namespace

DV_FUZZ_TARGET(fuzz_scenario)
