// run_command.h: run a shell command, capture its output and exit code (for CLI tests).
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>

namespace dv::test {

/// Output (stdout+stderr) and exit code of a finished command.
struct CommandResult {
  std::string output;  ///< everything printed
  int exit_code = -1;  ///< exit status, or -1 when it did not exit normally
};

/// Run `command` through /bin/sh with stderr merged into stdout.
inline CommandResult run_command(const std::string& command) {
  CommandResult r;
  FILE* p = popen((command + " 2>&1").c_str(), "r");
  if (!p) return r;
  std::array<char, 4096> buf{};
  std::size_t n = 0;
  while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0) r.output.append(buf.data(), n);
  const int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

/// The dermaviz binary under test, quoted for the shell.
inline std::string dermaviz() {
  return std::string("'") + DV_BINARY + "'";
}

}  // namespace dv::test
