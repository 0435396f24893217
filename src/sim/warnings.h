// warnings.h: notices that follow from the scenario alone (depth, condition, skin type, age).
#pragma once

#include <vector>

#include "sim/course.h"

namespace dv::sim {

/// Warnings that need no simulation, in a stable order.
std::vector<Warning> scenario_warnings(const Scenario& sc, const SkinLayers& skin,
                                       const Needling& n);

/// Warning for a session that starts before the previous session's inflammation has settled.
Warning early_session_warning(int session, double interval_weeks);

}  // namespace dv::sim
