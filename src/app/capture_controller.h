// capture_controller.h: the window's screenshots and clips: P / File > Save screenshot at the
// chosen size, and "Record clip", a few offscreen frames per UI frame so the window keeps
// working; a toast says where the file went or what went wrong.
#pragma once

#include <filesystem>
#include <memory>

#include "app/recorder.h"
#include "app/workspace.h"
#include "render/offscreen.h"
#include "ui/capture_panels.h"

namespace dv::app {

/// Screenshots and recordings of one window.
class CaptureController {
 public:
  /// Shaders come from `data_dir`; files go to `out_dir` (the Pictures folder).
  CaptureController(std::filesystem::path data_dir, std::filesystem::path out_dir);
  ~CaptureController();
  CaptureController(const CaptureController&) = delete;
  CaptureController& operator=(const CaptureController&) = delete;

  /// Save a screenshot of size `size_index` (ui::kCaptureSizes; 0: `frame` as shown, which
  /// must hold the finished frame) at window time `now_s`.
  void screenshot(const Workspace& w, int size_index, render::OffscreenTarget& frame, double now_s);
  /// Start recording the current state of `w` over the dialog's days, length, size and rate.
  void start_recording(const Workspace& w, const ui::RecordDialog& d, double now_s);
  /// Stop the recording and leave no file.
  void cancel_recording(double now_s);
  /// Record frames for about `budget_s` seconds (at least one when the encoder has room);
  /// finishes the file after the last frame. True while a recording runs.
  bool pump(double now_s, double budget_s);
  /// For the dialog's progress bar.
  ui::RecordProgress progress() const;
  /// The last message.
  const ui::Toast& toast() const { return toast_; }

 private:
  void say(std::string text, bool error, double now_s);
  std::filesystem::path data_dir_, out_dir_;
  std::unique_ptr<Recorder> recorder_;
  std::filesystem::path claimed_;  // the clip's name, claimed empty until it is finished
  bool png_sequence_ = false;      // no ffmpeg: frames go to a folder
  ui::Toast toast_;
};

}  // namespace dv::app
