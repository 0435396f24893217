// capture_paths.h: where screenshots and clips made in the app go, under names that never
// overwrite: the user's Pictures folder (XDG), dermaviz-<date>-<time>-<n>.<ext>, each name
// claimed by creating the file exclusively before anything is written to it.
#pragma once

#include <ctime>
#include <filesystem>
#include <string>
#include <string_view>

#include "core/result.h"

namespace dv::app {

/// The Pictures folder: $XDG_PICTURES_DIR, else XDG_PICTURES_DIR in
/// $XDG_CONFIG_HOME/user-dirs.dirs (~/.config when unset; what `xdg-user-dir PICTURES` reads),
/// else ~/Pictures when it exists, else the working folder.
std::filesystem::path pictures_dir();

/// XDG_PICTURES_DIR from the text of a user-dirs.dirs file, with a leading $HOME replaced by
/// `home`; empty when absent, empty, or equal to `home` (XDG's "no such folder").
std::string pictures_from_user_dirs(std::string_view text, const std::string& home);

/// Claim a new file "dermaviz-YYYYMMDD-HHMMSS-<n>.<ext>" in `dir` for local time `now` (n from
/// 1 up to the first free one), created empty with O_EXCL so two saves in one second, or two
/// dermaviz processes, never get the same name. The error names the folder and why.
Result<std::filesystem::path> claim_capture_name(const std::filesystem::path& dir,
                                                 const std::string& ext, std::time_t now);

}  // namespace dv::app
