// file_ui.h: the File menu's state (current file, unsaved changes, recent files, the in-app path
// dialog, the unsaved-changes prompt, the last error) and the prompt's logic, which needs no
// ImGui: a request that would lose unsaved changes waits for Save / Discard / Cancel.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ui/trainee_state.h"

namespace dv::ui {

/// One entry of the in-app dialog's folder listing.
struct DirEntry {
  std::string name;     ///< file or folder name
  bool folder = false;  ///< a folder (opened by a click)
};

/// The in-app file dialog (used when the desktop has no dialog of its own).
struct PathDialog {
  bool open = false;                  ///< shown
  bool save = false;                  ///< choosing where to save (else what to open)
  std::string folder;                 ///< folder listed
  std::vector<DirEntry> entries;      ///< its folders and .json files (the app lists them)
  std::string name;                   ///< file name typed or clicked
  std::optional<std::string> go_to;   ///< set by the panel: list this folder next
  std::optional<std::string> chosen;  ///< set by the panel: the path chosen
  FileRequest after;                  ///< what the chosen path is for (open or save_as)
};

/// The answer to the unsaved-changes prompt.
enum class PromptAnswer { save, discard, cancel };

/// Everything the File menu shows and remembers during a run.
struct FileUi {
  std::string path;                    ///< the document's file ("" : untitled)
  bool dirty = false;                  ///< the document differs from its file (or from New)
  std::vector<std::string> recent;     ///< recent files, newest first (kept in the settings)
  PathDialog dialog;                   ///< the in-app dialog
  bool prompt_open = false;            ///< the unsaved-changes prompt is shown
  FileRequest pending;                 ///< what waits for the prompt's answer
  std::optional<PromptAnswer> answer;  ///< set by the prompt's buttons
  std::string error;                   ///< shown in a window until dismissed ("" : none)
  std::string saved_json;              ///< the document as last opened, saved or made new
};

/// Requests that replace the document (and so lose unsaved changes).
bool loses_changes(FileOp op);

/// Gate a request: true when it may go ahead now (nothing would be lost); otherwise the prompt
/// opens and keeps the request in `f.pending`.
bool guard(FileUi& f, const FileRequest& r);

/// Take the prompt's answer: the request to carry out now (with `*save_first` true when the
/// document must be saved before it), or FileOp::none for Cancel. Closes the prompt.
FileRequest take_answer(FileUi& f, PromptAnswer a, bool* save_first);

/// Put `path` first in the recent list (no duplicates, at most `max` entries).
void remember_recent(std::vector<std::string>& recent, const std::string& path,
                     std::size_t max = 8);

/// Draw the File windows of this frame: the in-app dialog, the prompt, the error. Their
/// results go into `f` (dialog.go_to / dialog.chosen, answer, error cleared).
void file_windows(FileUi& f);

}  // namespace dv::ui
