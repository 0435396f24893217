// contraindications.h: the checklist a clinician ticks with the patient before a session
// (issue 11 §3; science.md §4b "Contraindications", §0b PIH in skin of colour) and the advice
// that follows. Each item gives one advice and a reason; the words are in
// assets/text/en/checks.json ("check.<key>", "check.<key>.why", "advice.<advice>").
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "sim/scenario.h"

namespace dv::sim {

/// One item of the checklist.
enum class Check {
  infection,       ///< active skin infection or cold sores in the area
  active_acne,     ///< active (inflamed) acne in the area
  flare,           ///< eczema, psoriasis or rosacea flaring in the area
  keloid,          ///< keloids or raised (hypertrophic) scars in the past
  bleeding,        ///< bleeding disorder or blood-thinning medicines
  isotretinoin,    ///< isotretinoin (oral acne medicine) in the last 6 months
  pregnancy,       ///< pregnant or breastfeeding
  diabetes,        ///< diabetes that is not under control
  cancer_therapy,  ///< chemotherapy or radiotherapy now or recently
  pih_history      ///< dark marks after earlier skin injuries or treatments (PIH)
};
/// Every item, in checklist order (bit i of Scenario::checks is kAllChecks[i]).
inline constexpr std::array kAllChecks = {
    Check::infection,      Check::active_acne,  Check::flare,     Check::keloid,
    Check::bleeding,       Check::isotretinoin, Check::pregnancy, Check::diabetes,
    Check::cancer_therapy, Check::pih_history};

/// What the clinic advises, from mildest to strongest (the overall advice is the strongest).
enum class Advice {
  go_ahead,     ///< nothing found: treat as planned
  shallower,    ///< treat, but with a shallower needle and more care
  treat_first,  ///< treat the other problem first, then needle
  wait,         ///< wait until a time has passed or a state has ended
  do_not_treat  ///< microneedling is not advised
};

/// Scenario-file key of an item ("isotretinoin").
std::string_view key(Check c);
/// Parse a key back; nullopt when unknown.
std::optional<Check> parse_check(std::string_view s);
/// Stable key of an advice ("treat_first"); its text is "advice.<key>".
std::string_view key(Advice a);

/// True when item `c` is ticked in `s`.
bool checked(const Scenario& s, Check c);
/// `s` with item `c` ticked (`on`) or not.
Scenario with_check(Scenario s, Check c, bool on);

/// The advice for one ticked item.
struct CheckAdvice {
  Check check;              ///< the item
  Advice advice;            ///< what the clinic advises
  double max_depth_mm;      ///< shallower: the deepest needle advised, mm (else 0)
  double wait_weeks;        ///< wait: at least this long, weeks (0 = until the state ends)
  std::string_view reason;  ///< text id of the one-sentence reason ("check.keloid.why")
};

/// The advice for item `c` (the same whatever the scenario).
CheckAdvice advice_for(Check c);

/// The checklist's verdict for a scenario.
struct Decision {
  Advice overall = Advice::go_ahead;  ///< the strongest advice of all items
  std::vector<CheckAdvice> items;     ///< one per ticked item (and per active condition)
  double planned_depth_mm = 0;        ///< the scenario's needle, mm
  double advised_depth_mm = 0;        ///< the needle advised (≤ planned; 0 = not today), mm
  bool treat_today = true;            ///< false for treat_first, wait and do_not_treat
};

/// The verdict for `s`: its ticked items, plus the checklist item of an active condition chosen
/// as the scenario's condition (active acne, rosacea or eczema count as ticked).
Decision decide(const Scenario& s);

}  // namespace dv::sim
