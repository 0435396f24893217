// trainee_files.h: what the trainee windows ask the app to do (issue 12 §3–§4): start or cancel
// the background sweep, save the sweep or the self-test as CSV (atomically), and where such
// files go by default.
#pragma once

#include <filesystem>

#include "ui/commands.h"

namespace dv::app {

struct Workspace;

/// The user's documents folder: $XDG_DOCUMENTS_DIR, else ~/Documents when it exists, else the
/// home folder, else the working directory.
std::filesystem::path documents_dir();

/// Apply the trainee commands of one frame (sweep start/cancel, CSV saves); the result of a
/// save ("Saved to …" or the error) goes to the window's status line.
void apply_trainee(Workspace& w, const ui::Commands& c);

}  // namespace dv::app
