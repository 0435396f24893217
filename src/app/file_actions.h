// file_actions.h: what File > New, Open, Save, Save as and Revert do to a document, the desktop's
// own file chooser (zenity, run as a child process without a shell; absent → the in-app
// dialog), and the folder listing of the in-app dialog.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "doc/document.h"
#include "ui/file_ui.h"

namespace dv::app {

/// Recompute f.dirty: the document differs from what was last opened, saved or made new.
void update_dirty(const doc::Document& d, ui::FileUi& f);
/// A new untitled document with the default scenario (figure options kept); history cleared.
void new_document(doc::Document& d, ui::FileUi& f);
/// Open `path` into `d` (replaced on success, history cleared, clock at day 0, band kept on);
/// the file becomes current and first in the recent list. On error `d` is untouched and the
/// message names the file and the field.
Status open_document(const std::filesystem::path& path, doc::Document& d, ui::FileUi& f);
/// Save `d` to `path` atomically (".json" added when the name has no extension); the file
/// becomes current and first in the recent list.
Status save_document(std::filesystem::path path, const doc::Document& d, ui::FileUi& f);

/// True when the zenity file chooser is installed (found on PATH).
bool zenity_available();
/// Ask the desktop for a file with zenity (blocks until it closes): the path chosen, nothing
/// when cancelled, an error when zenity could not be run.
Result<std::optional<std::string>> zenity_pick(bool save, const std::string& start_folder);

/// The folders and .json files of `folder`, folders first, each group by name ("" on error).
std::vector<ui::DirEntry> list_folder(const std::filesystem::path& folder);

}  // namespace dv::app
