// course.h: a simulated treatment course: the daily table, warnings, and the spatial fields at
// any time, interpolated from stored keyframes so that scrubbing never re-simulates.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sim/fields.h"
#include "sim/needling.h"
#include "sim/scenario.h"
#include "sim/skin.h"

namespace dv::sim {

/// Healing phase after the latest session.
enum class Phase { needling, haemostasis, inflammation, proliferation, remodelling };

/// Plain name of a phase ("Inflammation").
std::string_view phase_name(Phase p);

/// A notice for the user about the scenario.
struct Warning {
  std::string field;    ///< scenario key that caused it ("needle_depth_mm", "interval_weeks"...)
  std::string message;  ///< plain words a patient understands
};

/// One channel of the latest session crossing the section.
struct ChannelState {
  double x_um;           ///< centre across the block, µm (−1500..+1500)
  double depth_um;       ///< depth below the surface, µm
  double diameter_um;    ///< diameter at the surface, µm
  double open_fraction;  ///< 1 open .. 0 closed (re-epithelialised)
  bool bleeding;         ///< reaches the capillary loops
  int session;           ///< session that made it, 1-based
};

/// The state of the section at one time.
struct Snapshot {
  double day;                          ///< days since the first needle contact
  Phase phase;                         ///< healing phase after the latest session
  int session;                         ///< latest session so far, 1-based
  double days_since_session;           ///< days since the latest session started
  FieldGrid fields;                    ///< spatial fields (see Field)
  std::vector<ChannelState> channels;  ///< channels of the latest session crossing the section
  double epidermis_um;                 ///< epidermis thickness (stratum corneum + viable), µm
  double dermis_um;                    ///< dermis thickness, µm
  double inflammation;                 ///< inflammation index, 0..1 (upper dermis)
  double growth_factor;                ///< growth-factor index, 0..1 (upper dermis)
};

/// One row of the daily table: exactly the CSV columns (issue 3 §3), values at the day's end.
struct DailyRow {
  int day;                  ///< day number, 0 = first session
  int session;              ///< session number on a session day, else 0
  double channel_depth_um;  ///< effective channel depth on session days, else 0, µm
  double open_channels;     ///< share of the latest session's channels still open, 0..1
  int bleeding;             ///< 1 on session days whose channels bleed, else 0
  double inflammation;      ///< inflammation index, 0..1
  double growth_factor;     ///< growth-factor index, 0..1
  double fibroblasts;       ///< × untreated baseline, upper dermis
  double collagen_I;        ///< × untreated baseline, upper dermis
  double collagen_III;      ///< × untreated baseline, upper dermis
  double elastin;           ///< × untreated baseline, upper dermis
  double total_collagen;    ///< × untreated baseline, upper dermis
  double epidermis_um;      ///< epidermis thickness, µm
  double dermis_um;         ///< dermis thickness, µm
};

/// Phase boundaries after one session, days since that session (infinite when never reached).
struct PhaseTimes {
  double inflammation_end_days;   ///< inflammation index below kInflammationPhaseEnd of its peak
  double proliferation_end_days;  ///< fibroblast excess below kProliferationEnd of its peak
  double inflammation_peak_days;  ///< time of the inflammation peak
  double inflammation_peak;       ///< peak inflammation index, 0..1
};

/// A simulated course. Copyable; `at()` only interpolates.
class Course {
 public:
  /// The scenario simulated.
  const Scenario& scenario() const { return scenario_; }
  /// The patient's skin at the treated region.
  const SkinLayers& skin() const { return skin_; }
  /// The needling of each session.
  const Needling& needling() const { return needling_; }
  /// One row per day from day 0 to the end of follow-up.
  const std::vector<DailyRow>& daily() const { return daily_; }
  /// Notices about the scenario, in a stable order.
  const std::vector<Warning>& warnings() const { return warnings_; }
  /// Start of each session, days since the first.
  const std::vector<double>& session_days() const { return session_days_; }
  /// Phase boundaries after each session (same order as session_days()).
  const std::vector<PhaseTimes>& phase_times() const { return phase_times_; }
  /// End of the simulated time: the end of the last reported day, days.
  double end_day() const { return end_day_; }
  /// The section at `day` (clamped to 0..end_day()), interpolated from keyframes.
  Snapshot at(double day) const;
  /// Phase at `day`.
  Phase phase_at(double day) const;
  /// Number of stored keyframes (for tests and benchmarks).
  std::size_t keyframe_count() const { return key_times_.size(); }

 private:
  friend Course simulate(const Scenario&);
  struct KeyScalars {
    double epidermis_um, dermis_um, inflammation, growth_factor;
  };
  int session_index_at(double day) const;

  Scenario scenario_;
  SkinLayers skin_{};
  Needling needling_{};
  std::vector<DailyRow> daily_;
  std::vector<Warning> warnings_;
  std::vector<double> session_days_;
  std::vector<PhaseTimes> phase_times_;
  double end_day_ = 0.0;
  int nx_ = 0, nz_ = 0;
  double width_um_ = 0.0, depth_um_ = 0.0;
  std::vector<std::vector<double>> channel_x_um_;  ///< per session, section channel centres
  std::vector<double> key_times_;                  ///< keyframe times, days, non-decreasing
  std::vector<float> key_fields_;                  ///< keyframe fields, one FieldGrid each
  std::vector<KeyScalars> key_scalars_;            ///< keyframe scalars
};

/// Simulate the whole course of `scenario` (deterministic: same input, same bits).
Course simulate(const Scenario& scenario);

}  // namespace dv::sim
