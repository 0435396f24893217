// dermaviz entry point: all logic lives in the dermaviz_app library (cli.h).
#include <malloc.h>

#include "app/cli.h"

int main(int argc, char** argv) {
  // At most two glibc malloc arenas: each thread (the band's members, block builds) otherwise
  // gets an arena of its own that keeps the memory it freed, and RSS grows in steps with use
  // (issue 13 soak: +2.3 % over 4 min with the default, +0.2 % with two arenas).
  mallopt(M_ARENA_MAX, 2);
  return dv::app::run_cli(argc, argv);
}
