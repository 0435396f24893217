// course.h: a simulated treatment course: the daily table, warnings, and the spatial fields at
// any time, interpolated from stored keyframes so that scrubbing never re-simulates.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sim/fields.h"
#include "sim/needling.h"
#include "sim/params.h"
#include "sim/scenario.h"
#include "sim/skin.h"

namespace dv::sim {

/// Healing phase after the latest session.
enum class Phase { needling, haemostasis, inflammation, proliferation, remodelling };

/// Plain name of a phase ("Inflammation").
std::string_view phase_name(Phase p);

/// How serious a warning is.
enum class Severity { note, caution, unsafe };

/// Stable key of a severity ("note", "caution", "unsafe").
std::string_view key(Severity s);

/// A notice for the user about the scenario. Its words live in assets/text/<lang>/warnings.json
/// under "warning.<id>", with {name} placeholders filled from `args` (format_template()).
struct Warning {
  std::string id;     ///< stable id ("depth.into_fat"); the text key is "warning." + id
  Severity severity;  ///< note, caution or unsafe
  std::string field;  ///< scenario key that caused it ("needle_depth_mm", "interval_weeks"...)
  std::vector<std::pair<std::string, std::string>> args;  ///< placeholder name → value text
};

/// One channel of the latest session crossing the section.
struct ChannelState {
  double x_um;           ///< centre across the block, µm (−1500..+1500)
  double depth_um;       ///< depth below the surface, µm
  double diameter_um;    ///< diameter at the surface, µm
  double open_fraction;  ///< epithelial gap: 1 open .. 0 closed (re-epithelialised)
  double barrier_open;   ///< barrier (TEWL): 1 broken .. 0 sealed
  bool bleeding;         ///< this channel hit a capillary loop
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
  double open_channels;     ///< share of the latest session's epithelial gaps still open, 0..1
  double bleeding;          ///< share of channels that bleed, on session days, else 0 (0..1)
  double inflammation;      ///< inflammation index, 0..1
  double growth_factor;     ///< growth-factor index, 0..1
  double fibroblasts;       ///< × untreated baseline, upper dermis
  double collagen_I;        ///< × untreated baseline, upper dermis
  double collagen_III;      ///< × untreated baseline, upper dermis
  double elastin;           ///< × untreated baseline, upper dermis
  double total_collagen;    ///< × untreated baseline, upper dermis
  double epidermis_um;      ///< epidermis thickness, µm
  double dermis_um;         ///< dermis thickness, µm
  // ---- Columns added after the first 14 (Science v2) ----
  double barrier_open;        ///< share of the latest session's channels with a broken barrier
  double elastin_new;         ///< newly made elastic fibres, × baseline elastin, upper dermis
  double ultrasound_density;  ///< simulated HFUS dermal density, × baseline (not collagen)
  double perfusion;           ///< superficial blood flow, × baseline
  double pih_risk;            ///< cumulative risk of post-inflammatory hyperpigmentation, 0..1
  double scarring_risk;       ///< cumulative risk of scarring (tram-track, hypertrophic), 0..1
  double dermis_collagen;     ///< total collagen of the whole dermis, × baseline
  // ---- Columns added after Science v2 (issue 14) ----
  double sensation;  ///< sensation index of the needling on session days, else 0 (0–10, VAS scale)
  double oedema;     ///< peak dermal oedema of the day, relative swelling (0.05 = 5 % thicker)
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
  /// Scalars stored with each keyframe.
  struct KeyScalars {
    double epidermis_um;   ///< epidermis thickness, µm
    double dermis_um;      ///< dermis thickness, µm
    double inflammation;   ///< inflammation index, 0..1
    double growth_factor;  ///< growth-factor index, 0..1
  };
  /// Keyframe times, days (non-decreasing).
  const std::vector<double>& key_times() const { return key_times_; }
  /// Scalars at each keyframe (same order as key_times()).
  const std::vector<KeyScalars>& key_scalars() const { return key_scalars_; }

 private:
  friend Course simulate(const Scenario&, const ModelParams&, bool);
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
  std::vector<std::vector<double>> channel_x_um_;  ///< per session, injury sites in the section
  std::vector<std::vector<double>> shown_x_um_;    ///< per session, channels drawn (subset)
  std::vector<double> key_times_;                  ///< keyframe times, days, non-decreasing
  std::vector<float> key_fields_;                  ///< keyframe fields, one FieldGrid each
  std::vector<KeyScalars> key_scalars_;            ///< keyframe scalars
};

/// Simulate the whole course of `scenario` with the constants `params` (deterministic: same
/// input, same bits). An ensemble perturbs `params` (param_table.h).
Course simulate(const Scenario& scenario, const ModelParams& params);
/// As above; with `keep_fields` false the keyframes keep their times and scalars but no spatial
/// fields (at() then returns empty fields): what an ensemble member needs, faster.
Course simulate(const Scenario& scenario, const ModelParams& params, bool keep_fields);
/// Simulate with the central constants.
Course simulate(const Scenario& scenario);

}  // namespace dv::sim
