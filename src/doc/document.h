// document.h: what one figure is about, without GL or ImGui: the scenario and its simulated
// course, the playback clock on the warped timeline, the figure options, a pinned course to
// compare against and saved views. Panels and keys produce Edits; the app applies them once per
// frame with apply() and moves the clock with advance().
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "doc/background_job.h"
#include "doc/history.h"
#include "doc/timewarp.h"
#include "scene/camera.h"
#include "scene/figure_options.h"
#include "sim/course.h"
#include "sim/ensemble.h"
#include "sim/scenario.h"

namespace dv::doc {

/// Where the timeline is.
struct Playback {
  double day = 0.0;      ///< simulated days since the first needle contact
  bool playing = false;  ///< advancing with wall-clock time
  float speed = 1.0f;    ///< multiplier of the default pace (1 = the course in about a minute)
};

/// A course kept for comparison.
struct PinnedCourse {
  sim::Scenario scenario;                         ///< the scenario it came from
  std::vector<float> collagen;                    ///< total collagen per day, × baseline
  std::vector<sim::DailyRow> daily;               ///< its daily table (every outcome column)
  std::shared_ptr<const sim::Ensemble> ensemble;  ///< its band, once computed (may be null)
};

/// A named view: camera, time and figure options, so that it shows the same picture again.
struct SavedView {
  std::string name;             ///< what the user called it
  scene::Camera camera;         ///< where the camera was
  double day = 0.0;             ///< simulated day, d
  scene::FigureOptions figure;  ///< structures, stain, annotations
  bool operator==(const SavedView&) const = default;
};

/// Changes to a document asked for in one frame (by panels, keys or a script).
struct Edits {
  std::optional<sim::Scenario> scenario;       ///< a new scenario (re-run the model)
  std::optional<scene::FigureOptions> figure;  ///< new figure options
  std::optional<double> seek_day;              ///< jump the timeline to this day, d
  std::optional<bool> playing;                 ///< start or pause playback
  std::optional<float> speed;                  ///< new playback speed multiplier
  bool pin_course = false;                     ///< keep the current course to compare
  bool want_sensitivity = false;               ///< compute the ranked sensitivity (background)
  bool undo = false;                           ///< go back one scenario step (before `scenario`)
  bool redo = false;                           ///< go forward one scenario step
  bool reset_scenario = false;                 ///< back to the default scenario (undoable)

  /// The scenario to edit: the pending one if any, else `current`.
  sim::Scenario& edit_scenario(const sim::Scenario& current) {
    if (!scenario) scenario = current;
    return *scenario;
  }
  /// The figure options to edit: the pending ones if any, else `current`.
  scene::FigureOptions& edit_figure(const scene::FigureOptions& current) {
    if (!figure) figure = current;
    return *figure;
  }
};

/// One scenario shown over time.
class Document {
 public:
  /// Simulate `scenario`; the clock starts paused at day 0.
  explicit Document(const sim::Scenario& scenario = {}, const scene::FigureOptions& figure = {});

  /// Current scenario.
  const sim::Scenario& scenario() const { return scenario_; }
  /// Its simulated course.
  const sim::Course& course() const { return course_; }
  /// Bumped every time the course is re-simulated (views rebuild what depends on it).
  std::uint64_t course_generation() const { return course_generation_; }
  /// Days ↔ playback seconds for the course.
  const TimeWarp& warp() const { return warp_; }
  /// The clock.
  const Playback& playback() const { return playback_; }
  /// Figure options.
  const scene::FigureOptions& figure() const { return figure_; }
  /// The pinned course, if any.
  const std::optional<PinnedCourse>& pinned() const { return pinned_; }
  /// Saved views, in the order they were saved.
  const std::vector<SavedView>& saved_views() const { return views_; }
  /// Replace the saved views (document files).
  void set_saved_views(std::vector<SavedView> v) { views_ = std::move(v); }

  /// Apply one frame's edits in a fixed order: undo/redo/reset, scenario, figure, time, play,
  /// speed, pin. Scenario changes are recorded in the history (undoable).
  void apply(const Edits& e);
  /// Advance the clock by `dt_s` wall-clock seconds (no-op when paused); stops at the end.
  void advance(double dt_s);
  /// True while the clock runs (the app must keep drawing).
  bool animating() const { return playback_.playing; }

  /// Replace the scenario (out-of-range values clamped): re-simulates, keeps the time, drops
  /// the band and starts computing the new one in the background (set_ensemble_members).
  void set_scenario(const sim::Scenario& s);

  /// Compute a band of `members` members for every course from now on, in the background
  /// (0 = never, the default: tests and tools that do not need it pay nothing).
  void set_ensemble_members(int members);
  /// Members of the band computed for every course (0 = none).
  int ensemble_members() const { return ensemble_members_; }
  /// The band of the current course, or null while it is being computed (or never asked for).
  const sim::Ensemble* ensemble() const { return ensemble_.get(); }
  /// True while a band for the current course is being computed.
  bool ensemble_pending() const { return ensemble_job_ && ensemble_job_->busy(); }
  /// Ask for the ranked sensitivity of the main outcome for the current scenario (computed once
  /// per course in the background).
  void request_sensitivity();
  /// The ranked sensitivity of the current scenario, or null while not (yet) computed.
  const std::vector<sim::Sensitivity>* sensitivity() const {
    return sensitivity_ ? &*sensitivity_ : nullptr;
  }
  /// Collect finished background work (once a frame; never blocks). True when a band or a
  /// ranking arrived (the window must redraw).
  bool poll_background();
  /// Wait for the background work of the current course (offscreen rendering and tests).
  void wait_background();
  /// Replace the figure options (cut clamped to its range).
  void set_figure(const scene::FigureOptions& f);
  /// Move the clock to `day` (clamped to the course).
  void seek(double day);
  /// Start or pause; playing from the end starts again from the beginning.
  void set_playing(bool playing);

  /// Undo and redo of scenario changes made through apply().
  const History& history() const { return history_; }
  /// Close the current undo step (mouse released): the next change starts a new one.
  void seal_history() { history_.seal(); }
  /// Forget the undo history (a new or opened document).
  void clear_history() { history_.clear(); }

 private:
  sim::Scenario scenario_;
  sim::Course course_;
  std::uint64_t course_generation_ = 0;
  TimeWarp warp_{{0.0}, 1.0};
  Playback playback_;
  scene::FigureOptions figure_;
  std::optional<PinnedCourse> pinned_;
  std::vector<SavedView> views_;
  History history_;
  void start_background();
  bool collect(bool ensemble_ready, bool ranking_ready);
  int ensemble_members_ = 0;
  std::shared_ptr<const sim::Ensemble> ensemble_;
  std::optional<std::vector<sim::Sensitivity>> sensitivity_;
  bool sensitivity_wanted_ = false;
  // Jobs behind pointers: the document stays movable (and is not copyable).
  std::unique_ptr<BackgroundJob<sim::Ensemble>> ensemble_job_;
  std::unique_ptr<BackgroundJob<std::vector<sim::Sensitivity>>> sensitivity_job_;
};

}  // namespace dv::doc
