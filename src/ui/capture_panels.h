// capture_panels.h: what screenshots and video show on screen: the caption band burned into
// clips, the toast that confirms a saved file (or says what went wrong), and the "Record clip"
// dialog with its progress bar. Free functions over state the app owns.
#pragma once

#include <string>

#include "ui/fonts.h"

namespace dv::ui {

/// Sizes a screenshot or a clip can be taken at (the first for screenshots only: the window).
inline constexpr int kCaptureSizeCount = 3;
/// Width and height of capture size `i` (0: the window's, returned as 0×0), px.
struct CaptureSize {
  int width;   ///< px (0: the window's)
  int height;  ///< px (0: the window's)
};
inline constexpr CaptureSize kCaptureSizes[kCaptureSizeCount] = {
    {0, 0}, {1920, 1080}, {3840, 2160}};
/// The menu's name of capture size `i` ("Window", "1920 × 1080").
std::string capture_size_name(int i);

/// Height of the caption band draw_caption_band would draw, px.
float caption_band_height(const std::string& title, const std::string& caption, int width,
                          int height, const Fonts& fonts);
/// Draw a band across the bottom of a width×height frame with `title` (may be empty) over
/// `caption`, into ImGui's foreground draw list (burned into video frames).
void draw_caption_band(const std::string& title, const std::string& caption, int width, int height,
                       const Fonts& fonts);

/// Seconds a toast stays fully visible, then fades over kToastFadeSeconds.
inline constexpr double kToastHoldSeconds = 4.0;
/// Seconds a toast takes to fade out.
inline constexpr double kToastFadeSeconds = 1.0;
/// A message that fades: "Saved /home/me/Pictures/dermaviz-….png" or an error.
struct Toast {
  std::string text;       ///< what it says
  bool error = false;     ///< shown in the warning colour
  double shown_at_s = 0;  ///< window time it appeared, s
};
/// Draw `t` at the bottom of a width×height window at window time `now_s`. True while it is
/// still visible (the app keeps drawing frames to fade it).
bool draw_toast(const Toast& t, double now_s, float width, float height);

/// The "Record clip" dialog's choices (transient, owned by the app).
struct RecordDialog {
  bool open = false;      ///< dialog shown
  float from_day = 0.0f;  ///< first day, d
  float to_day = 0.0f;    ///< last day, d (0: the course's end, set when opened)
  float seconds = 10.0f;  ///< clip length, s
  int fps = 30;           ///< frames per second
  int size_index = 1;     ///< into kCaptureSizes (1 or 2; the window size is not offered)
  bool captions = true;   ///< burn in the title and caption
  int what = 0;  ///< 0: the days above; while a lesson is given, 1: this chapter, 2: it all
};
/// A recording in progress, for the dialog's progress bar.
struct RecordProgress {
  bool active = false;       ///< a clip is being recorded
  int frames_done = 0;       ///< frames encoded so far
  int frames_total = 0;      ///< frames in the clip
  double seconds_left = -1;  ///< estimated, s (< 0: not known yet)
};
/// What the dialog asked for this frame.
struct RecordRequest {
  bool start = false;   ///< record with the dialog's choices
  bool cancel = false;  ///< stop the recording and leave no file
};
/// The dialog: days, length, frame rate, size, captions, Record; while recording, a progress
/// bar with the time left and Cancel. `end_day` is the course's last day, d; `lesson_active`
/// offers the current chapter or the whole lesson.
RecordRequest record_dialog(RecordDialog& d, const RecordProgress& p, double end_day,
                            bool lesson_active = false);

}  // namespace dv::ui
