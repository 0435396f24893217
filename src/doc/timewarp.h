// timewarp.h: playback and timeline-axis time that follows what happens. Seconds of playback
// cover the needling, hours the first two days after a session, then days and weeks. The same
// warp lays out the timeline slider, so the needling moment gets room to be scrubbed.
#pragma once

#include <vector>

namespace dv::doc {

/// Maps simulated days ↔ playback seconds (at 1× speed) for a course with given session days.
class TimeWarp {
 public:
  /// Phases after each session and the playback seconds each takes at 1×.
  struct Segment {
    double start_day;  ///< simulated day the segment starts
    double end_day;    ///< simulated day it ends
    double start_s;    ///< playback seconds at its start
    double end_s;      ///< playback seconds at its end
  };

  /// Build for sessions starting at `session_days` (ascending, first = 0) and ending at `end_day`.
  TimeWarp(const std::vector<double>& session_days, double end_day);

  /// Total playback seconds at 1×.
  double total_seconds() const { return segments_.empty() ? 0.0 : segments_.back().end_s; }
  /// Playback seconds of a simulated day (clamped to the course).
  double seconds_at(double day) const;
  /// Simulated day at a playback second (clamped to the course).
  double day_at(double seconds) const;
  /// Simulated days per playback second at `day` (the current playback rate at 1×).
  double rate_at(double day) const;
  /// The segments (for tests and the timeline's tick marks).
  const std::vector<Segment>& segments() const { return segments_; }

 private:
  std::vector<Segment> segments_;
};

}  // namespace dv::doc
