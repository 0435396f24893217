// record_cmd.h: `dermaviz record`: a video clip of a scenario (or, later, a lesson) rendered
// offscreen at a fixed size, encoded by ffmpeg, or a PNG sequence when ffmpeg is missing.
#pragma once

#include <filesystem>
#include <vector>

#include "app/frame_stage.h"
#include "app/headless.h"

namespace dv::app {

/// What `dermaviz record` was asked for (checked by the command line).
struct RecordOptions {
  FrameOptions frame;             ///< size, samples, scenario, figure, view
  std::filesystem::path out;      ///< the .mp4 to write
  std::vector<Segment> segments;  ///< what to show (a scenario: one segment)
  int fps = 30;                   ///< frames per second
  bool captions = false;          ///< burn in the title and caption
  int cancel_after_frames = -1;   ///< test hook ($DERMAVIZ_RECORD_CANCEL_AFTER): cancel after k
};

/// Record the clip. Returns the exit code (0 done, 1 failed or cancelled; nothing is left
/// behind then).
int run_record(const RecordOptions& opt);

}  // namespace dv::app
