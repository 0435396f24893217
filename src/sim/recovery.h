// recovery.h: the days after one session as a patient lives them (issue 11 §2): what they will
// see, feel and may do on each of days 0–14, each as a range of days. Driven by the model's
// inflammation index, the closure of the channels and the bleeding of the session, next to the
// published downtime by needle depth (science.md §2, manufacturer figures, marked as such) and
// the published "when results show" (§4b). Words: assets/text/en/recovery.json. No UI here: the
// patient view and the take-home sheet both read it.
#pragma once

#include <string_view>
#include <vector>

#include "sim/course.h"

namespace dv::sim {

/// Days after a session that the strip shows (0 = the session day … 14).
inline constexpr int kRecoveryDays = 14;

/// What kind of line of the strip.
enum class RecoveryKind {
  see,   ///< what the patient sees in the mirror
  feel,  ///< what the patient feels
  avoid  ///< what to leave out for a while (then allowed again)
};

/// One line of the strip.
enum class RecoveryItem {
  redness,   ///< red like a mild sunburn, then pink
  swelling,  ///< puffiness
  bleeding,  ///< pinpoint bleeding during the session (session day only)
  flaking,   ///< dry, light flaking as the outer skin renews
  warm,      ///< warm, tight, tender like a mild sunburn
  dry,       ///< dry or tight skin
  makeup,    ///< make-up (leave out until the tiny openings have closed)
  exercise,  ///< sport, sweating, swimming, sauna
  sun,       ///< direct sun (sunscreen every day anyway)
  actives    ///< strong skincare: retinoids, acids, vitamin C
};

/// One line: the item holds from `from_day` until somewhere between `to_day_low` and
/// `to_day_high` (days after the session, inclusive).
struct RecoverySpan {
  RecoveryItem item;         ///< what
  RecoveryKind kind;         ///< see, feel or avoid
  int from_day;              ///< first day, days after the session
  int to_day_low;            ///< last day for most people, days after the session
  int to_day_high;           ///< last day for some people, days after the session (≥ low)
  std::string_view text_id;  ///< its words ("recovery.redness"; bleeding by level)
  std::string_view why_id;   ///< the reason in one sentence ("recovery.redness.why")
};

/// The strip for one session.
struct RecoveryStrip {
  int session = 1;                  ///< the session it follows, 1-based
  double session_day = 0;           ///< its start, days since the first session
  std::vector<RecoverySpan> spans;  ///< see, then feel, then avoid; items that do not happen
                                    ///< at this setting (no bleeding at 0.25 mm) are left out
  int downtime_low_days = 0;        ///< published downtime for this needle length (manufacturer), d
  int downtime_high_days = 0;       ///< its upper end, d
  double visible_days = 0;          ///< model: days the inflammation index stays visibly raised, d
  double gaps_closed_hours = 0;     ///< model: hours until 95 % of the tiny openings closed, h
  double barrier_hours = 0;         ///< model: hours until 95 % of the skin's seal is back, h
  double first_change_weeks = 0;    ///< model: new collagen reaches a fifth of its gain, weeks
  double building_months = 0;       ///< model: collagen within 90 % of its peak, months
  int published_first_weeks_low = 4;       ///< published first visible changes, weeks (§4b)
  int published_first_weeks_high = 6;      ///< upper end, weeks
  int published_building_months_low = 3;   ///< published build-up, months (issue 11 §2)
  int published_building_months_high = 6;  ///< upper end, months
};

/// Published downtime for a needle length (manufacturer chart, science.md §2): 0.2–0.5 mm 2–3 d,
/// 0.8–1.5 mm 4–5 d, 2.0–3.0 mm 6–7 d; in between the next band up; below 0.2 mm 1–2 d (ours).
/// Returns {low, high} days.
std::pair<int, int> published_downtime_days(double needle_mm);

/// The strip after session `session` (1-based, clamped to the course's sessions).
RecoveryStrip recovery_strip(const Course& course, int session = 1);

/// Course day of strip day `strip_day` (0..kRecoveryDays), clamped to the course.
double course_day(const RecoveryStrip& strip, const Course& course, double strip_day);

/// How surely a span holds on strip day `day`: 2 = for most people, 1 = for some, 0 = no.
int holds_on(const RecoverySpan& span, int day);

/// Stable key of an item ("makeup") and of a kind ("avoid").
std::string_view key(RecoveryItem i);
std::string_view key(RecoveryKind k);

}  // namespace dv::sim
