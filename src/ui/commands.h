// commands.h: what the panels ask for. Panels read state the app owns and return Commands;
// the app applies them at one point in the frame (design.md).
#pragma once

#include <optional>
#include <string>

#include "scene/scene.h"
#include "scene/skin_block.h"
#include "sim/scenario.h"

namespace dv::ui {

/// How the figure is drawn (not part of the simulated scenario).
struct FigureOptions {
  scene::Visibility visible = scene::all_visible();  ///< per-structure toggles
  bool labels = true;                                ///< structure labels with leader lines
  bool legend = false;        ///< colour legend (off by default: the labels name the same things)
  bool scale_bar = true;      ///< scale bar
  bool title = true;          ///< title and subtitle at the top left
  float cut_fraction = 0.0f;  ///< front cut face moved back into the block, 0–0.8 of its depth
  scene::Stain stain = scene::Stain::illustrated;  ///< colouring of the cut faces

  bool operator==(const FigureOptions&) const = default;
};

/// Where the timeline is (owned by the app; advanced by the main loop while playing).
struct Playback {
  double day = 0.0;      ///< simulated days since the first needle contact
  bool playing = false;  ///< advancing with wall-clock time
  float speed = 1.0f;    ///< multiplier of the default pace (1 = the course in about a minute)
};

/// Text sizes the View menu offers (multipliers of the base size).
inline constexpr float kTextScales[] = {1.0f, 1.25f, 1.5f, 2.0f};

/// Which panels are open (transient UI state owned by the app).
struct PanelFlags {
  bool show_panels = true;  ///< all panels and the menu bar (Tab hides them for projection)
  bool show_figure = true;  ///< "Skin block" panel
  bool show_help = false;   ///< controls window
  bool show_about = false;  ///< about window
  float text_scale = 1.0f;  ///< current text size multiplier (shown ticked in the View menu)
};

/// Requests from one frame of UI, applied by the app after the panels ran.
struct Commands {
  std::optional<sim::Scenario> scenario;  ///< a new scenario (re-run the model, rebuild)
  std::optional<FigureOptions> figure;    ///< new figure options
  bool reset_camera = false;              ///< back to the default three-quarter view
  bool front_view = false;                ///< straight view of the front cut face
  bool save_screenshot = false;           ///< write a PNG of the current view
  bool toggle_fullscreen = false;         ///< window ↔ full screen
  bool quit = false;                      ///< close the app
  std::optional<double> seek_day;         ///< jump the timeline to this day
  std::optional<bool> playing;            ///< start or pause playback
  std::optional<float> speed;             ///< new playback speed multiplier
  bool pin_course = false;                ///< keep the current course's outcome to compare
  std::optional<float> text_scale;        ///< new text and panel size multiplier

  /// The scenario to edit: the pending one if any, else `current`.
  sim::Scenario& edit_scenario(const sim::Scenario& current) {
    if (!scenario) scenario = current;
    return *scenario;
  }
  /// The figure options to edit: the pending ones if any, else `current`.
  FigureOptions& edit_figure(const FigureOptions& current) {
    if (!figure) figure = current;
    return *figure;
  }
};

}  // namespace dv::ui
