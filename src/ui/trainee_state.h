// trainee_state.h: the transient UI state of the trainee tools (issue 12): compare mode's active
// side and camera link, the before/after wipe, and the File menu's requests. Owned by the app
// (in PanelFlags and Commands), read and changed by the panels.
#pragma once

#include <string>

namespace dv::ui {

/// Compare mode: which side the protocol panel edits, and whether the cameras move together.
struct CompareFlags {
  int active = 0;           ///< side the panels edit: 0 = A (left), 1 = B (right)
  bool link_camera = true;  ///< both halves show the same camera
};

/// The before/after wipe over the figure.
struct WipeFlags {
  bool on = false;          ///< the wipe is shown
  float divider = 0.5f;     ///< divider position, fraction of the view's width from the left
  double before_day = 0.0;  ///< day shown left of the divider, d
  bool tint_new = true;     ///< tint the matrix laid down since `before_day`
  bool dragging = false;    ///< the divider is being dragged
};

/// What the File menu (or its shortcuts) asked for.
enum class FileOp { none, new_document, open, open_path, save, save_as, revert, quit };

/// A File request: the operation and, for open_path, the file.
struct FileRequest {
  FileOp op = FileOp::none;  ///< what to do
  std::string path;          ///< the file (open_path: a recent file)
};

}  // namespace dv::ui
