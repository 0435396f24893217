// warnings.h: notices that follow from the scenario (depth, condition, skin type, age, topical)
// and from the simulated course (interval, cumulative harm). Each has a stable id and a
// severity; its words are in assets/text/en/warnings.json ("warning.<id>").
#pragma once

#include <vector>

#include "sim/course.h"

namespace dv::sim {

/// Warnings that need no simulation, in a stable order.
std::vector<Warning> scenario_warnings(const Scenario& sc, const SkinLayers& skin,
                                       const Needling& n, const ModelParams& p);

/// Warning for a session that starts while `remaining` (0..1) of the previous session's
/// proliferation is still running, at channel depth `depth_um`; nullopt-like empty id when
/// the overlap is harmless. Severity grows with depth and overlap (science.md §8.15).
Warning early_session_warning(int session, double interval_days, double remaining, double depth_um,
                              const ModelParams& p);

/// Every warning id the model can produce (for the text-file check).
const std::vector<std::string>& all_warning_ids();

}  // namespace dv::sim
