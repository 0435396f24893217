// dermaviz entry point: all logic lives in the dermaviz_app library (cli.h).
#include "app/cli.h"

int main(int argc, char** argv) {
  return dv::app::run_cli(argc, argv);
}
