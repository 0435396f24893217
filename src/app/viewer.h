// viewer.h: the figure the app shows: scenario, figure options, camera, scene and renderer.
// The same object draws the interactive window, `dermaviz render` and `dermaviz bench`.
#pragma once

#include <filesystem>
#include <string>

#include "render/renderer.h"
#include "scene/camera.h"
#include "scene/scene.h"
#include "sim/result.h"
#include "sim/scenario.h"
#include "ui/commands.h"
#include "ui/fonts.h"

namespace dv::app {

/// Owns what is drawn and draws one frame of it. Needs a current GL 3.3 context.
class Viewer {
 public:
  /// Compile the shaders from `data_dir`/shaders and build the default block.
  static Result<Viewer> create(const std::filesystem::path& data_dir,
                               const sim::Scenario& scenario, const ui::FigureOptions& figure);

  /// Current scenario.
  const sim::Scenario& scenario() const { return scenario_; }
  /// Current figure options.
  const ui::FigureOptions& figure() const { return figure_; }
  /// The scene last built.
  const scene::Scene& scene() const { return scene_; }
  /// The camera (the app moves it from input).
  scene::Camera& camera() { return camera_; }
  const scene::Camera& camera() const { return camera_; }

  /// Replace the scenario; rebuilds the block when the anatomy changed.
  void set_scenario(const sim::Scenario& s);
  /// Replace the figure options; rebuilds the block when cut or stain changed.
  void set_figure(const ui::FigureOptions& f);
  /// Default three-quarter view.
  void reset_camera();
  /// Straight orthographic view of the front cut face for an aspect ratio.
  void front_view(float aspect);
  /// Apply a frame's commands (scenario, figure, camera); the rest is the caller's.
  void apply(const ui::Commands& c, float aspect);

  /// Build the UI for one frame of width×height: panels (when `flags.show_panels`) and the
  /// figure overlay. Call between ImGui's NewFrame and Render. Returns the panels' commands.
  ui::Commands build_ui(int width, int height, const ui::Fonts& fonts, ui::PanelFlags& flags,
                        const std::string& version);
  /// Draw the 3D view into the bound framebuffer (before ImGui renders on top), in the area
  /// left of the side panel as laid out by the last build_ui.
  /// `fb_scale` is framebuffer pixels per UI pixel (HiDPI), 1 offscreen.
  void draw_3d(int fb_height, float fb_scale = 1.0f);
  /// Width of the 3D view in pixels after the last build_ui.
  int view_width() const { return view_width_; }

 private:
  Viewer() = default;
  void rebuild();
  sim::Scenario scenario_;
  ui::FigureOptions figure_;
  scene::Camera camera_;
  scene::Scene scene_;
  render::SceneRenderer renderer_;
  int view_width_ = 1;
};

/// Title line for a scenario ("Cheek · female, 40 years").
std::string figure_title(const sim::Scenario& s);

}  // namespace dv::app
