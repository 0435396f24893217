// frame_stage.h: offscreen frames of exact size for screenshots and video, drawn from a list of
// segments (document state + camera + day span + title/caption). A lesson is a list of
// segments; a recording of a scenario is one. The stage has its own ImGui context, figure view
// and target, so it can draw beside the window's frame on the same GL thread without touching
// the window's caches, fonts or camera.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/imgui_layer.h"
#include "app/workspace.h"
#include "core/result.h"
#include "render/offscreen.h"
#include "scene/camera.h"
#include "scene/figure_options.h"
#include "sim/scenario.h"

struct ImGuiContext;

namespace dv::app {

/// One stretch of a clip: what is shown, from where, over which days, with which words.
struct Segment {
  sim::Scenario scenario;               ///< the document's scenario
  scene::FigureOptions figure;          ///< structures, stain, annotations
  std::optional<scene::Camera> camera;  ///< where the camera is (none: the default view)
  bool front_view = false;              ///< without a camera: straight view of the cut face
  double from_day = 0.0;                ///< simulated day of the first frame, d
  double to_day = 0.0;                  ///< simulated day of the last frame, d
  double seconds = 1.0;                 ///< length of this segment in the clip, s
  std::string title;                    ///< burned-in title (empty: none)
  std::string caption;  ///< burned-in caption (empty: the healing phase's short caption)
};

/// Draws segments at given days into a width×height offscreen target. Needs a current GL
/// context; leaves the caller's ImGui context current after every call.
class FrameStage {
 public:
  /// A stage over `work` (its document, view and strings are used; the strings must stay
  /// alive), `width`×`height` pixels with `samples` MSAA samples. Fonts scale with the height
  /// as in `dermaviz render`. An error when the driver cannot make a target of that size.
  static Result<std::unique_ptr<FrameStage>> create(Workspace work, int width, int height,
                                                    int samples);
  /// A workspace for a stage from the window's strings and captions (no new strings are made
  /// current): compiles the shaders in `data_dir`.
  static Result<Workspace> workspace_like(const std::filesystem::path& data_dir,
                                          const Workspace& from);
  ~FrameStage();
  FrameStage(const FrameStage&) = delete;
  FrameStage& operator=(const FrameStage&) = delete;

  /// Show `seg` at `day` (clamped to its course) and return the pixels, RGBA8, top row first.
  /// `burn_caption` draws the title and caption band. The first frame of a stage is drawn twice
  /// (ImGui settles its layout), like `dermaviz render`.
  Result<std::vector<std::uint8_t>> render(const Segment& seg, double day, bool burn_caption);

  /// The stage's document (its warp maps a segment's days to playback seconds).
  const doc::Document& document() const { return work_.document; }
  /// Make `seg`'s scenario and figure the document's (re-simulates only when they differ).
  void show(const Segment& seg);
  /// Width, px.
  int width() const { return width_; }
  /// Height, px.
  int height() const { return height_; }

 private:
  FrameStage(Workspace work, ImGuiLayer imgui, render::OffscreenTarget target, int w, int h);
  Status draw(const Segment& seg, bool burn_caption);
  Workspace work_;
  std::optional<ImGuiLayer> imgui_;  // reset first in the destructor (context handling)
  ImGuiContext* ctx_ = nullptr;
  render::OffscreenTarget target_;
  int width_ = 0, height_ = 0;
  bool settled_ = false;
  std::optional<scene::Camera> default_camera_;  // for segments without a camera
  sim::Scenario camera_scenario_;                // the block default_camera_ was placed for
};

/// Font scale of offscreen frames of `height_px` (the same as `dermaviz render`).
float offscreen_font_scale(int height_px);

}  // namespace dv::app
