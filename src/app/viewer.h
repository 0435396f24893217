// viewer.h: the figure the app shows: scenario and its simulated course, the time on the
// timeline, figure options, camera, scene and renderer. The same object draws the interactive
// window, `dermaviz render` and `dermaviz bench`.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "render/layer_cache.h"
#include "render/offscreen.h"
#include "render/renderer.h"
#include "scene/camera.h"
#include "scene/scene.h"
#include "sim/course.h"
#include "sim/result.h"
#include "sim/scenario.h"
#include "ui/captions.h"
#include "ui/commands.h"
#include "ui/fonts.h"
#include "ui/outcome_chart.h"
#include "ui/timewarp.h"

namespace dv::app {

/// Owns what is drawn and draws one frame of it. Needs a current GL 3.3 context.
class Viewer {
 public:
  /// Compile the shaders from `data_dir`/shaders, simulate the scenario, build the block.
  static Result<Viewer> create(const std::filesystem::path& data_dir, const sim::Scenario& scenario,
                               const ui::FigureOptions& figure);
  /// The plain-words explanations shown in the panels.
  const ui::Captions& captions() const { return captions_; }

  /// Current scenario.
  const sim::Scenario& scenario() const { return scenario_; }
  /// Its simulated course.
  const sim::Course& course() const { return course_; }
  /// Current figure options.
  const ui::FigureOptions& figure() const { return figure_; }
  /// Timeline state.
  const ui::Playback& playback() const { return playback_; }
  /// The camera (the app moves it from input).
  scene::Camera& camera() { return camera_; }
  const scene::Camera& camera() const { return camera_; }

  /// Replace the scenario: re-simulates (keeping the time on the timeline) and rebuilds.
  void set_scenario(const sim::Scenario& s);
  /// Replace the figure options; rebuilds the block when cut or stain changed.
  void set_figure(const ui::FigureOptions& f);
  /// Move the timeline to `day` (clamped to the course).
  void seek(double day);
  /// Start or pause playback.
  void set_playing(bool playing);
  /// Advance playback by `dt_s` wall-clock seconds (no-op when paused); stops at the end.
  void advance(double dt_s);
  /// Default three-quarter view.
  void reset_camera();
  /// Straight orthographic view of the front cut face for an aspect ratio.
  void front_view(float aspect);
  /// Apply a frame's commands (scenario, figure, time, camera); the rest is the caller's.
  void apply(const ui::Commands& c);

  /// Build the UI for one frame of width×height: panels and timeline (when
  /// `flags.show_panels`) and the figure overlay. Call between ImGui's NewFrame and Render.
  ui::Commands build_ui(int width, int height, const ui::Fonts& fonts, ui::PanelFlags& flags,
                        const std::string& version);
  /// Draw the 3D view into `target` (before ImGui renders on top), in the area the last
  /// build_ui left for it. `fb_scale` is framebuffer pixels per UI pixel (HiDPI). The block
  /// comes from a cache that is redrawn only when the camera, size, toggles or anatomy change.
  /// Returns an error when the driver could not make the cache's framebuffers.
  std::optional<std::string> draw_3d(const render::OffscreenTarget& target, float fb_scale = 1.0f);
  /// True when the last draw_3d had to redraw the block's geometry (not only composite it).
  bool block_redrawn() const { return block_redrawn_; }
  /// Size of the 3D view in UI pixels after the last build_ui.
  int view_width() const { return view_width_; }
  int view_height() const { return view_height_; }

 private:
  Viewer() = default;
  void rebuild();
  void sync_block_to_time();
  void sync_treatment_to_time();
  void update_annotations();
  sim::Scenario scenario_;
  sim::SkinLayers built_skin_{};  // the skin the block was last built from
  sim::Course course_;
  ui::TimeWarp warp_{{0.0}, 1.0};
  ui::Playback playback_;
  ui::FigureOptions figure_;
  ui::Captions captions_;
  std::optional<ui::PinnedCurve> pinned_;  // a course kept for comparison
  scene::Camera camera_;
  scene::Scene scene_;
  render::SceneRenderer renderer_;
  render::SceneRenderer treatment_renderer_;  // the time-varying layer, drawn over the block
  scene::Scene treatment_;                    // its scene at treatment_day_
  double treatment_day_ = -1.0;               // day it was built for (< 0: stale)
  scene::Scene annotations_;                  // labels and legend of both layers
  render::LayerCache block_cache_;            // the anatomical block
  render::LayerCache frame_cache_;            // block + treatment while paused
  std::uint64_t treatment_generation_ = 0;    // bumped on every rebuild of the treatment layer
  std::uint64_t block_generation_ = 0;        // bumped on every rebuild of the block
  bool block_redrawn_ = false;
  int view_width_ = 1, view_height_ = 1;  // UI pixels
  int window_height_ = 1;                 // UI pixels
};

/// True for the five tissue layers (stratum corneum … subcutis).
bool is_layer(scene::Structure s);

/// The skin at `day` of a course: the patient's skin with the simulated epidermis and dermis
/// thickness, quantised (2 µm, 1 %) so that a block built from it changes only in steps.
sim::SkinLayers skin_at(const sim::Course& course, double day);

/// Title line for a scenario ("Cheek · female, 40 years").
std::string figure_title(const sim::Scenario& s);
/// Protocol line ("Motorised pen 1.50 mm · 4 sessions every 4 weeks").
std::string protocol_line(const sim::Scenario& s);

}  // namespace dv::app
