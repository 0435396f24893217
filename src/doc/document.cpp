#include "doc/document.h"

#include <algorithm>
#include <cmath>

#include "sim/outcome.h"
#include "sim/scenario_fields.h"

namespace dv::doc {

Document::Document(const sim::Scenario& scenario, const scene::FigureOptions& figure)
    : scenario_(sim::clamped(scenario)), course_(sim::simulate(scenario_)), figure_(figure) {
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
  ++course_generation_;
  warp_ = TimeWarp(course_.session_days(), course_.end_day());
  playback_.day = std::clamp(playback_.day, 0.0, course_.end_day());
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
  if (e.scenario) set_scenario(*e.scenario);
  if (e.figure) set_figure(*e.figure);
  if (e.seek_day) seek(*e.seek_day);
  if (e.playing) set_playing(*e.playing);
  if (e.speed && std::isfinite(*e.speed) && *e.speed > 0.0f) playback_.speed = *e.speed;
  if (e.pin_course) pinned_ = PinnedCourse{scenario_, sim::collagen_curve(course_)};
}

void Document::advance(double dt_s) {
  if (!playback_.playing) return;
  const double s = warp_.seconds_at(playback_.day) + dt_s * static_cast<double>(playback_.speed);
  playback_.day = warp_.day_at(s);
  if (playback_.day >= course_.end_day()) playback_.playing = false;
}

}  // namespace dv::doc
