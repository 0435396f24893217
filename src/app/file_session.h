// file_session.h: the File menu at work in the window: a request goes through the
// unsaved-changes prompt, then asks for a path (the desktop's chooser, zenity, on a thread so
// the window keeps drawing; without it the in-app dialog) and opens or saves the document.
#pragma once

#include <future>
#include <optional>
#include <string>

#include "core/result.h"
#include "doc/document.h"
#include "ui/file_ui.h"

namespace dv::app {

/// The File work of one window, frame by frame.
class FileSession {
 public:
  /// This frame's File work: `request` (from the menu or a key) through the prompt, the
  /// prompt's answer, the chooser's or the in-app dialog's path. Returns true when the app
  /// should quit (Quit let through).
  bool frame(const ui::FileRequest& request, doc::Document& d, ui::FileUi& f);
  /// True while the desktop's chooser is open.
  bool picking() const { return pick_.has_value(); }
  /// True when the chooser has closed and its answer waits for the next frame.
  bool answered() const;

 private:
  void ask_path(ui::FileUi& f, bool save, ui::FileOp after);
  void run(const ui::FileRequest& r, doc::Document& d, ui::FileUi& f, bool& quit);
  void with_path(ui::FileOp op, const std::string& path, doc::Document& d, ui::FileUi& f);
  std::optional<std::future<Result<std::optional<std::string>>>> pick_;
  ui::FileOp pick_for_ = ui::FileOp::none;
};

/// "dermaviz — cheek.json*": the app, the file's name, and a star while changes are unsaved.
std::string window_title(const ui::FileUi& f);

}  // namespace dv::app
