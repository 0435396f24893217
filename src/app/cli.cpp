#include "app/cli.h"

#include <cstdio>

namespace dv::app {
int run_cli(int, char**) {
  std::puts("dermaviz " DV_VERSION);
  return 0;
}
}  // namespace dv::app
