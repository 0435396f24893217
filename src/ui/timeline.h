// timeline.h: the timeline strip (play, pause, step, scrub, speed, session markers, time label).
#pragma once

#include <string>

#include "doc/timewarp.h"
#include "sim/course.h"
#include "ui/commands.h"
#include "ui/fonts.h"

namespace dv::ui {

/// "Day 3 · Inflammation"; within the first hours after a session "Day 28 · 6 h · Haemostasis".
std::string time_label(const sim::Course& course, double day);

/// A step forward or back from `day` that suits what happens there: a minute while needling,
/// an hour over the first two days after a session, then a day, then a week.
double step_days(const sim::Course& course, double day);

/// The session start before / after `day` (clamped to the course).
double previous_session_day(const sim::Course& course, double day);
double next_session_day(const sim::Course& course, double day);

/// The timeline strip along the bottom of the 3D view (`width_px` wide). Returns its height.
/// `caption` is a one-line plain-words note on what is happening now.
float timeline_panel(const sim::Course& course, const doc::TimeWarp& warp,
                     const doc::Playback& playback, const std::string& caption, float width_px,
                     const Fonts& fonts, Commands& out);

/// Speeds offered by the speed menu.
inline constexpr float kSpeeds[] = {0.25f, 0.5f, 1.0f, 2.0f, 4.0f, 8.0f};

}  // namespace dv::ui
