// interactive.h: the windowed app: main loop, input, panels.
#pragma once

#include "sim/scenario.h"
#include "ui/commands.h"

namespace dv::app {

/// Open the window on `scenario` and run until closed. Returns the exit code.
int run_interactive(const sim::Scenario& scenario, const ui::FigureOptions& figure);

}  // namespace dv::app
