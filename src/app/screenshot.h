// screenshot.h: P and File > Save screenshot. The window as shown, or the figure alone drawn
// offscreen at 1920x1080 or 3840x2160 from the current state (scenario, figure options, camera,
// day), saved atomically under a name that never overwrites.
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

#include "app/frame_stage.h"
#include "app/workspace.h"
#include "core/result.h"

namespace dv::app {

/// The current state of `w` as a one-frame segment (its camera, day, scenario, figure).
Segment current_segment(const Workspace& w);

/// Largest width and height this GL driver can render offscreen, px (renderbuffer, texture and
/// viewport limits, and OffscreenTarget's own). Needs a current context.
int max_capture_side();

/// Draw the current state of `w` offscreen at width×height (shaders from `data_dir`). The error
/// names the size when the driver cannot make it.
Result<std::vector<std::uint8_t>> render_current_state(const std::filesystem::path& data_dir,
                                                       const Workspace& w, int width, int height);

/// Write RGBA pixels as a PNG under a new name in `dir` (claimed exclusively, then written
/// through a temporary file and renamed over it). Returns the path; on error nothing is left.
Result<std::filesystem::path> save_capture_png(const std::filesystem::path& dir, int width,
                                               int height, const std::vector<std::uint8_t>& rgba);

}  // namespace dv::app
