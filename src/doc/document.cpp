#include "doc/document.h"

#include <algorithm>
#include <atomic>
#include <cmath>

#include "sim/outcome.h"
#include "sim/scenario_fields.h"

namespace dv::doc {
namespace {

// Course generations are unique across documents, so a view handed another document (File >
// Open) never mistakes its course for the one it drew.
std::uint64_t next_generation() {
  static std::atomic<std::uint64_t> counter{0};
  return ++counter;
}

}  // namespace

Document::Document(const sim::Scenario& scenario, const scene::FigureOptions& figure)
    : scenario_(sim::clamped(scenario)),
      course_(sim::simulate(scenario_)),
      course_generation_(next_generation()),
      figure_(figure) {
  warp_ = TimeWarp(course_.session_days(), course_.end_day());
  set_figure(figure);
}

void Document::set_scenario(const sim::Scenario& edited) {
  // Whatever asked (a typed slider value, a key, a script), the document holds only values
  // inside the ranges of the field table, the same as scenario files.
  const sim::Scenario s = sim::clamped(edited);
  if (s == scenario_) return;
  scenario_ = s;
  course_ = sim::simulate(s);
  course_generation_ = next_generation();
  warp_ = TimeWarp(course_.session_days(), course_.end_day());
  playback_.day = std::clamp(playback_.day, 0.0, course_.end_day());
  ensemble_.reset();  // never show the band of another scenario
  sensitivity_.reset();
  sensitivity_wanted_ = false;
  if (sensitivity_job_) sensitivity_job_->cancel();
  start_background();
}

void Document::set_ensemble_members(int members) {
  members = std::max(members, 0);
  if (members == ensemble_members_) return;
  ensemble_members_ = members;
  ensemble_.reset();
  if (members == 0) {
    if (ensemble_job_) ensemble_job_->cancel();
    return;
  }
  start_background();
}

void Document::start_background() {
  if (ensemble_members_ == 0) return;
  if (!ensemble_job_) ensemble_job_ = std::make_unique<BackgroundJob<sim::Ensemble>>();
  sim::EnsembleOptions o;
  o.members = ensemble_members_;
  const sim::Scenario sc = scenario_;
  // The newest start cancels the running ensemble; its thread is joined once it has noticed.
  ensemble_job_->start(course_generation_, [sc, o](std::stop_token stop) {
    return sim::run_ensemble(sc, sim::central_params(), o, stop);
  });
}

void Document::request_sensitivity() {
  if (sensitivity_wanted_) return;
  sensitivity_wanted_ = true;
  if (!sensitivity_job_)
    sensitivity_job_ = std::make_unique<BackgroundJob<std::vector<sim::Sensitivity>>>();
  const sim::Scenario sc = scenario_;
  sensitivity_job_->start(course_generation_, [sc](std::stop_token stop) {
    return sim::sensitivity(sc, sim::central_params(), 0, stop);
  });
}

bool Document::collect(bool ensemble_ready, bool ranking_ready) {
  bool fresh = false;
  if (ensemble_ready && ensemble_job_->result_tag() == course_generation_) {
    if (auto e = ensemble_job_->take()) {
      ensemble_ = std::make_shared<const sim::Ensemble>(std::move(*e));
      // A course pinned before its band was ready gets it now.
      if (pinned_ && !pinned_->ensemble && pinned_->scenario == scenario_)
        pinned_->ensemble = ensemble_;
      fresh = true;
    }
  }
  if (ranking_ready && sensitivity_job_->result_tag() == course_generation_) {
    if (auto r = sensitivity_job_->take()) {
      sensitivity_ = std::move(r);
      fresh = true;
    }
  }
  return fresh;
}

bool Document::poll_background() {
  const bool e = ensemble_job_ && ensemble_job_->poll();
  const bool r = sensitivity_job_ && sensitivity_job_->poll();
  return collect(e, r);
}

void Document::wait_background() {
  const bool e = ensemble_job_ && ensemble_job_->wait();
  const bool r = sensitivity_job_ && sensitivity_job_->wait();
  collect(e, r);
}

void Document::set_figure(const scene::FigureOptions& f) {
  figure_ = f;
  figure_.cut_fraction =
      std::isfinite(f.cut_fraction)
          ? std::clamp(f.cut_fraction, scene::kCutFractionMin, scene::kCutFractionMax)
          : 0.0f;
}

void Document::seek(double day) {
  if (!std::isfinite(day)) return;
  playback_.day = std::clamp(day, 0.0, course_.end_day());
}

void Document::set_playing(bool playing) {
  if (playing && playback_.day >= course_.end_day()) playback_.day = 0.0;
  playback_.playing = playing;
}

void Document::apply(const Edits& e) {
  std::optional<sim::Scenario> step;
  if (e.undo) step = history_.undo(scenario_);
  if (e.redo) step = history_.redo(scenario_);
  if (step) set_scenario(*step);
  if (e.reset_scenario) {
    history_.seal();
    const sim::Scenario before = scenario_;
    set_scenario(sim::Scenario{});
    history_.record(before, scenario_);
    history_.seal();
  }
  if (e.scenario) {
    const sim::Scenario before = scenario_;
    set_scenario(*e.scenario);
    history_.record(before, scenario_);
  }
  if (e.figure) set_figure(*e.figure);
  if (e.seek_day) seek(*e.seek_day);
  if (e.playing) set_playing(*e.playing);
  if (e.speed && std::isfinite(*e.speed) && *e.speed > 0.0f) playback_.speed = *e.speed;
  if (e.want_sensitivity) request_sensitivity();
  if (e.pin_course)
    pinned_ = PinnedCourse{scenario_, sim::collagen_curve(course_), course_.daily(), ensemble_};
}

void Document::advance(double dt_s) {
  if (!playback_.playing) return;
  const double s = warp_.seconds_at(playback_.day) + dt_s * static_cast<double>(playback_.speed);
  playback_.day = warp_.day_at(s);
  if (playback_.day >= course_.end_day()) playback_.playing = false;
}

}  // namespace dv::doc
