// headless.h: `dermaviz render` and `dermaviz bench`: offscreen frames with no visible window.
#pragma once

#include "core/result.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "sim/scenario.h"
#include "ui/commands.h"

namespace dv::app {

/// Options shared by render and bench.
struct FrameOptions {
  int width = 1920;             ///< px
  int height = 1080;            ///< px
  sim::Scenario scenario;       ///< what is shown
  scene::FigureOptions figure;  ///< how it is drawn
  bool show_ui = true;          ///< menu bar and panels
  bool front_view = false;      ///< straight orthographic view of the cut face
  int samples = 4;              ///< MSAA samples
  double day = 0.0;             ///< simulated day shown (fractions allowed)
  bool orbit = false;           ///< bench: turn the camera every frame (no caching)
  bool play = false;            ///< bench: play the timeline (treatment rebuilt per frame)
  bool switch_region = false;   ///< bench: change the region every 10th frame (block rebuilt)
  bool compare = false;         ///< bench: two documents' views side by side in the view area
  bool projector = false;       ///< render --lesson: projector colour scheme
};

/// `dermaviz render`: draw one frame and write `out` as PNG. Returns the exit code.
int run_render(const FrameOptions& opt, const std::filesystem::path& out);

/// `dermaviz render --lesson L --out DIR`: one PNG per chapter of lesson `lesson` (built-in id
/// or file) in the presenter view, DIR/chapter-01.png …; a span chapter is shown at its end.
/// Returns the exit code.
int run_render_lesson(const FrameOptions& opt, const std::string& lesson,
                      const std::filesystem::path& dir);

/// `dermaviz lessons`: list the built-in lessons (id, chapters, title). Returns the exit code.
int run_lessons();

/// `dermaviz bench`: draw `frames` frames, print min/median/max frame time. Returns exit code.
int run_bench(const FrameOptions& opt, int frames);

/// Parse "WxH" (e.g. 1920x1080) within 16x16 … 3840x2160; error names the value and range.
Status parse_size(const std::string& text, int* w, int* h);

/// Summary statistics of frame times in ms.
struct FrameStats {
  double min_ms, median_ms, max_ms;  ///< ms
};
/// Min, median and max of a non-empty sample.
FrameStats frame_stats(std::vector<double> ms);

}  // namespace dv::app
