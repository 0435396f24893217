// patient_summary.h: what a patient is told about the outcome, the risks and the other choices
// (issue 11 §3, after the IPDAS decision-aid criteria: benefits and harms in the same format,
// out of the same 100 people, with who and when they apply to, and what happens without
// treatment). Data and text ids only: the patient view and the take-home sheet draw them.
// Words: assets/text/en/patient.json and risks.json.
#pragma once

#include <array>
#include <string_view>
#include <vector>

#include "sim/course.h"
#include "sim/ensemble.h"

namespace dv::sim {

/// How much new collagen a person makes, in three bands (thresholds in docs/MODEL.md).
enum class Gain {
  clear,  ///< ≥ +30 % collagen in the upper dermis
  some,   ///< +10 % to +30 %
  little  ///< under +10 %
};
/// Lower edges of the clear and some bands, as × baseline collagen.
inline constexpr double kClearGain = 1.30;  ///< × baseline
inline constexpr double kSomeGain = 1.10;   ///< × baseline

/// The expected result for people like this patient.
struct OutcomeSummary {
  int day = 0;                  ///< course day it applies to (90 d after the last session)
  int months_after_last = 3;    ///< the same, months after the last session
  double central_pct = 0;       ///< collagen gain of the central person, %
  double low_pct = 0;           ///< low end of the band (10th percentile), %
  double high_pct = 0;          ///< high end of the band (90th percentile), %
  bool from_band = false;       ///< true when the ensemble band was there (else central only)
  std::array<int, 3> people{};  ///< out of 100: clear, some, little (sums to 100)
  std::string_view words_id;    ///< one sentence for the central result ("summary.gain.clear")
};

/// Outcome of `course` with its band `band` (may be null: then all 100 share the central band).
OutcomeSummary outcome_summary(const Course& course, const Ensemble* band);

/// How often a risk happens.
enum class RiskGroup {
  common,       ///< most people; temporary
  less_common,  ///< a few in 100
  rare          ///< about 1 in 100 or fewer
};

/// One risk, in the same format as the outcome.
struct RiskLine {
  std::string_view key;        ///< stable key ("pih"); texts "risk.<key>", "risk.<key>.clinic"
  RiskGroup group;             ///< how often
  int per_100_low = -1;        ///< model: people out of 100, low end (−1 = no model figure)
  int per_100_high = -1;       ///< model: people out of 100, high end
  bool raised = false;         ///< more likely for this patient (skin type, product, history)
  std::string_view raised_id;  ///< why it is raised ("risk.pih.raised"), or empty
};

/// The risks of `course`, common first. Figures for PIH and scarring come from the model's
/// cumulative risks at the end of the course (band when `band` is not null).
std::vector<RiskLine> risk_lines(const Course& course, const Ensemble* band);

/// Stable key of a group ("less_common"); its heading is "risk.group.<key>".
std::string_view key(RiskGroup g);

/// Text id of what usually happens without treatment, for the scenario's condition.
std::string_view no_treatment_id(Condition c);
/// Text ids of two or three other choices for the condition, one neutral line each.
std::vector<std::string_view> alternative_ids(Condition c);

/// Counts out of 100 below each threshold from a band read as the 10th, 50th and 90th
/// percentiles of a piecewise-linear distribution (extended by a quarter of each half-width to
/// reach 0 and 100): {clear, some, little}. Exposed for tests.
std::array<int, 3> people_per_band(double low, double central, double high);

}  // namespace dv::sim
