// redraw.h: when the window draws a frame (design.md: draw only when something changed; an
// untouched, paused app does no work). Input, a resize, playback or a frame that changed
// something ask for frames; after input a few more follow so that ImGui settles (hover
// highlights, tooltips after their delay), then the loop sleeps until the next event.
#pragma once

namespace dv::app {

/// The redraw decision, fed by the main loop; no GLFW here, so it is unit-tested.
class RedrawGate {
 public:
  /// Frames drawn after the last input before the app goes idle (ImGui settles in two).
  static constexpr int kSettleFrames = 3;
  /// Seconds after the last input during which frames are still drawn (tooltips appear).
  static constexpr double kSettleSeconds = 0.75;
  /// Seconds the idle loop sleeps at most before looking at stop signals again.
  static constexpr double kIdleWaitSeconds = 0.25;

  /// An event arrived (key, mouse, resize, focus) at `now_s`.
  void on_input(double now_s) {
    frames_left_ = kSettleFrames;
    settle_until_s_ = now_s + kSettleSeconds;
  }
  /// Something changed outside input (a command applied, a background job finished).
  void request() {
    if (frames_left_ < 2) frames_left_ = 2;
  }
  /// Whether to draw a frame at `now_s`; `animating` is true while the clock plays.
  bool should_draw(double now_s, bool animating) const {
    return animating || frames_left_ > 0 || now_s < settle_until_s_;
  }
  /// A frame was drawn.
  void drawn() {
    if (frames_left_ > 0) --frames_left_;
  }
  /// How long to wait for events before the next decision: 0 (poll) while frames are due,
  /// else kIdleWaitSeconds.
  double wait_seconds(double now_s, bool animating) const {
    return should_draw(now_s, animating) ? 0.0 : kIdleWaitSeconds;
  }

 private:
  int frames_left_ = kSettleFrames;  // the first frames are always drawn
  double settle_until_s_ = 0.0;
};

}  // namespace dv::app
