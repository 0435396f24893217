// interactive.h: the windowed app: main loop, input, panels.
#pragma once

#include <string>

#include "sim/scenario.h"
#include "ui/commands.h"

namespace dv::app {

/// Open the window and run until closed. Starts from the saved settings (settings.h), or on
/// `scenario` when `scenario_given`, in `language` when not empty (else the remembered one);
/// saves the settings on exit. Returns the exit code.
int run_interactive(const sim::Scenario& scenario, bool scenario_given,
                    const std::string& language = "");

}  // namespace dv::app
