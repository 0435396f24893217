// Fuzz target: the XDG user-dirs.dirs file (app/capture_paths.cpp), read for the Pictures folder.
// Any text gives a folder or nothing; $HOME is always expanded and never returned as the folder.
#include "app/capture_paths.h"
#include "fuzz_reader.h"

namespace {

void fuzz_user_dirs(std::string_view text) {
  const std::string home = "/home/fuzz";
  const std::string dir = dv::app::pictures_from_user_dirs(text, home);
  dv::fuzz::require(dir.rfind("$HOME", 0) != 0, "$HOME not expanded", dir);
  dv::fuzz::require(dir != home && dir != home + "/", "home returned as the Pictures folder", dir);
}

}  // namespace

DV_FUZZ_TARGET(fuzz_user_dirs)
