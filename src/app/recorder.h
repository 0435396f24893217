// recorder.h: a clip from a list of segments: frames at fixed steps of playback time on each
// segment's warped timeline (doc::TimeWarp), drawn by a FrameStage and handed to a FrameSink.
// The command line runs it to the end; the window runs a few steps per UI frame.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <vector>

#include "app/frame_sink.h"
#include "app/frame_stage.h"
#include "core/result.h"
#include "doc/timewarp.h"

namespace dv::app {

/// Frames of a segment `seconds` long at `fps` (at least 1), rounded to the nearest frame.
int segment_frames(double seconds, int fps);

/// Days of `frames` frames at even steps of playback seconds on `warp` from `from_day` to
/// `to_day`: the first is `from_day`, the last `to_day` exactly (one frame: `from_day`).
std::vector<double> frame_days(const doc::TimeWarp& warp, double from_day, double to_day,
                               int frames);

/// Records segments into a sink, one frame per step().
class Recorder {
 public:
  /// `captions` burns in each segment's title and caption.
  Recorder(std::unique_ptr<FrameStage> stage, std::unique_ptr<FrameSink> sink,
           std::vector<Segment> segments, int fps, bool captions);

  /// Frames in the whole clip.
  int total_frames() const { return total_; }
  /// Frames handed to the sink so far.
  int frames_done() const { return done_; }
  /// True when every frame was handed over (then call finish()).
  bool all_frames() const { return done_ >= total_; }
  /// True when the sink takes a frame without waiting.
  bool ready() const { return sink_->ready(); }
  /// Draw the next frame and hand it to the sink.
  Status step();
  /// Estimated seconds left from the pace so far (< 0 before two frames).
  double seconds_left() const;
  /// After the last frame: let the encoder finish in the background.
  void end_input() { sink_->end_input(); }
  /// True once the encoder finished (finish() will not wait).
  bool done_encoding() { return sink_->done_encoding(); }
  /// Close the sink and move the file to its final name.
  Result<std::filesystem::path> finish();
  /// Stop and remove what was written.
  void cancel();

 private:
  std::unique_ptr<FrameStage> stage_;
  std::unique_ptr<FrameSink> sink_;
  std::vector<Segment> segments_;
  int fps_;
  bool captions_;
  int total_ = 0, done_ = 0;
  std::size_t segment_ = 0;     // segment being recorded
  std::vector<double> days_;    // its frame days (filled when it starts)
  std::size_t in_segment_ = 0;  // next frame within it
  std::chrono::steady_clock::time_point started_;
};

}  // namespace dv::app
