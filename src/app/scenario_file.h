// scenario_file.h: scenario JSON files (issue 3 §1, §6): parse with messages that name the
// file, the key, the value and what is allowed; write back all keys for saving.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "core/result.h"
#include "sim/scenario.h"

namespace dv::app {

/// Parse scenario JSON `text`; `source_name` prefixes every message (usually the path).
/// Every key is optional (defaults: sim::Scenario{}); unknown keys, wrong types and values
/// out of range are errors.
dv::Result<sim::Scenario> parse_scenario_json(std::string_view text,
                                              const std::string& source_name);

/// Read and parse the scenario file at `path`; a missing or unreadable file is an error.
dv::Result<sim::Scenario> load_scenario_file(const std::filesystem::path& path);

/// The scenario as pretty JSON with every key, in the documented order, newline-terminated.
std::string scenario_to_json(const sim::Scenario& sc);

}  // namespace dv::app
