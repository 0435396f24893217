// Patient summary. Outcome: total collagen of the upper dermis 90 days after the last session
// (the main outcome, ensemble.h), band = 10th–90th percentile of the ensemble. Risks: PIH and
// scarring from the model's cumulative risks (science.md §8.14, §8.15); redness, swelling and
// pinpoint bleeding are expected in most people (§2, §4b); acne flare, milia, PIH and
// tram-track scarring are the adverse events of Harris 2015 (§4b); infection (cold sores) and
// granulomas with unsuitable products (Soltani-Arabshahi 2014, §0b) are rare.
#include "sim/patient_summary.h"

#include <algorithm>
#include <cmath>

#include "sim/contraindications.h"

namespace dv::sim {
namespace {

// Share (0..100) of people below `x` for the piecewise-linear distribution of people_per_band.
double share_below(double x, double low, double central, double high) {
  const double x0 = low - 0.25 * (central - low);
  const double x100 = high + 0.25 * (high - central);
  const std::array<std::pair<double, double>, 5> pts = {
      {{x0, 0.0}, {low, 10.0}, {central, 50.0}, {high, 90.0}, {x100, 100.0}}};
  if (x <= pts.front().first) return 0.0;
  if (x >= pts.back().first) return 100.0;
  for (std::size_t i = 1; i < pts.size(); ++i) {
    const auto [xa, ya] = pts[i - 1];
    const auto [xb, yb] = pts[i];
    if (x <= xb) return xb > xa ? ya + (yb - ya) * (x - xa) / (xb - xa) : yb;
  }
  return 100.0;
}

int per_100(double share) {
  return static_cast<int>(std::lround(std::clamp(share, 0.0, 1.0) * 100.0));
}

}  // namespace

std::array<int, 3> people_per_band(double low, double central, double high) {
  low = std::min(low, central);
  high = std::max(high, central);
  const auto below_clear =
      static_cast<int>(std::lround(share_below(kClearGain, low, central, high)));
  const auto below_some = static_cast<int>(std::lround(share_below(kSomeGain, low, central, high)));
  return {100 - below_clear, below_clear - below_some, below_some};
}

OutcomeSummary outcome_summary(const Course& course, const Ensemble* band) {
  OutcomeSummary o;
  o.day = main_outcome_day(course);
  const auto d = static_cast<std::size_t>(o.day);
  const double central = course.daily()[d].total_collagen;
  double low = central, high = central;
  if (band) {
    const Band& b = band->band(OutcomeColumn::total_collagen);
    if (d < b.low.size()) {
      low = b.low[d];
      high = b.high[d];
      o.from_band = true;
    }
  }
  const double last_session = course.session_days().empty() ? 0.0 : course.session_days().back();
  o.months_after_last = static_cast<int>(std::lround((o.day - last_session) / 30.4));
  o.central_pct = 100.0 * (central - 1.0);
  o.low_pct = 100.0 * (low - 1.0);
  o.high_pct = 100.0 * (high - 1.0);
  o.people = people_per_band(low, central, high);
  o.words_id = central >= kClearGain  ? "summary.gain.clear"
               : central >= kSomeGain ? "summary.gain.some"
                                      : "summary.gain.little";
  return o;
}

std::string_view key(RiskGroup g) {
  switch (g) {
    case RiskGroup::common: return "common";
    case RiskGroup::less_common: return "less_common";
    case RiskGroup::rare: return "rare";
  }
  return "common";
}

std::vector<RiskLine> risk_lines(const Course& course, const Ensemble* band) {
  const Scenario& sc = course.scenario();
  const Needling& n = course.needling();
  const DailyRow& end = course.daily().back();
  const auto last = course.daily().size() - 1;
  auto model = [&](OutcomeColumn col, double central) -> std::pair<int, int> {
    if (band) {
      const Band& b = band->band(col);
      if (last < b.low.size()) return {per_100(b.low[last]), per_100(b.high[last])};
    }
    return {per_100(central), per_100(central)};
  };
  std::vector<RiskLine> out;
  out.push_back({"redness", RiskGroup::common, -1, -1, false, ""});
  if (n.bleeding) out.push_back({"bleeding", RiskGroup::common, -1, -1, false, ""});
  out.push_back({"flaking", RiskGroup::common, -1, -1, false, ""});
  const auto [pih_lo, pih_hi] = model(OutcomeColumn::pih_risk, end.pih_risk);
  const bool pih_raised = sc.fitzpatrick >= 4 || checked(sc, Check::pih_history);
  out.push_back({"pih", RiskGroup::less_common, pih_lo, pih_hi, pih_raised,
                 pih_raised ? "risk.pih.raised" : ""});
  out.push_back({"acne_flare", RiskGroup::less_common, -1, -1,
                 sc.condition == Condition::active_acne || checked(sc, Check::active_acne),
                 "risk.acne_flare.raised"});
  out.push_back({"infection", RiskGroup::rare, -1, -1, checked(sc, Check::infection),
                 "risk.infection.raised"});
  const bool granuloma_raised = sc.topical == Topical::vitamin_c;
  out.push_back({"granuloma", RiskGroup::rare, -1, -1, granuloma_raised,
                 granuloma_raised ? "risk.granuloma.raised" : ""});
  const auto [sc_lo, sc_hi] = model(OutcomeColumn::scarring_risk, end.scarring_risk);
  const bool scar_raised =
      checked(sc, Check::keloid) || sc.condition == Condition::hypertrophic_scar;
  out.push_back({"scarring", RiskGroup::rare, sc_lo, sc_hi, scar_raised,
                 scar_raised ? "risk.scarring.raised" : ""});
  // A modelled risk moves to the group its figure says.
  for (RiskLine& r : out) {
    if (r.per_100_high < 0) continue;
    r.group = r.per_100_high <= 1    ? RiskGroup::rare
              : r.per_100_high <= 30 ? RiskGroup::less_common
                                     : RiskGroup::common;
  }
  for (RiskLine& r : out) {
    if (!r.raised) r.raised_id = "";
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const RiskLine& a, const RiskLine& b) { return a.group < b.group; });
  return out;
}

std::string_view no_treatment_id(Condition c) {
  switch (c) {
    case Condition::atrophic_acne_scars: return "summary.no_treatment.acne_scars";
    case Condition::stretch_marks: return "summary.no_treatment.stretch_marks";
    case Condition::hypertrophic_scar: return "summary.no_treatment.raised_scar";
    case Condition::fine_lines:
    case Condition::wrinkles: return "summary.no_treatment.lines";
    default: return "summary.no_treatment.general";
  }
}

std::vector<std::string_view> alternative_ids(Condition c) {
  switch (c) {
    case Condition::atrophic_acne_scars:
      return {"alternative.laser", "alternative.peel", "alternative.filler"};
    case Condition::stretch_marks:
      return {"alternative.retinoid", "alternative.laser", "alternative.accept"};
    case Condition::hypertrophic_scar:
      return {"alternative.silicone", "alternative.steroid", "alternative.laser"};
    default: return {"alternative.retinoid", "alternative.peel", "alternative.laser"};
  }
}

}  // namespace dv::sim
