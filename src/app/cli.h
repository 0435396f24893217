// cli.h: the command line (interactive app, render, bench, simulate).
#pragma once

namespace dv::app {

/// Parse argv and run the chosen command. Returns the process exit code
/// (0 ok, 1 runtime failure, 2 bad usage or bad input).
int run_cli(int argc, char** argv);

}  // namespace dv::app
