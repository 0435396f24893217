// Checklist → advice. Items and their usual handling: science.md §4b (clinic pages, F-L):
// infection, active acne, flares, keloid tendency, bleeding/anticoagulants, uncontrolled
// diabetes, chemo/radiotherapy, pregnancy/breastfeeding, isotretinoin within 3–6 months (we use
// the longer, 6 months). A history of PIH is not a contraindication: needling is among the
// safest resurfacing options for skin of colour, PIH grows with inflammation and depth (Cohen &
// Elbuluk 2016, §0b), so the advice is a shallower setting (≤ 1.0 mm, our choice: the lower
// end of the "moderate scars" setting, §4b depth chart).
#include "sim/contraindications.h"

#include <algorithm>

namespace dv::sim {
namespace {

constexpr double kPihMaxDepthMm = 1.0;       // shallower setting after PIH, mm
constexpr double kIsotretinoinWeeks = 26.0;  // 6 months, weeks

std::size_t index_of(Check c) {
  for (std::size_t i = 0; i < kAllChecks.size(); ++i) {
    if (kAllChecks[i] == c) return i;
  }
  return 0;
}

}  // namespace

std::string_view key(Check c) {
  switch (c) {
    case Check::infection: return "infection";
    case Check::active_acne: return "active_acne";
    case Check::flare: return "flare";
    case Check::keloid: return "keloid";
    case Check::bleeding: return "bleeding";
    case Check::isotretinoin: return "isotretinoin";
    case Check::pregnancy: return "pregnancy";
    case Check::diabetes: return "diabetes";
    case Check::cancer_therapy: return "cancer_therapy";
    case Check::pih_history: return "pih_history";
  }
  return "infection";
}

std::optional<Check> parse_check(std::string_view s) {
  for (Check c : kAllChecks) {
    if (key(c) == s) return c;
  }
  return std::nullopt;
}

std::string_view key(Advice a) {
  switch (a) {
    case Advice::go_ahead: return "go_ahead";
    case Advice::shallower: return "shallower";
    case Advice::treat_first: return "treat_first";
    case Advice::wait: return "wait";
    case Advice::do_not_treat: return "do_not_treat";
  }
  return "go_ahead";
}

bool checked(const Scenario& s, Check c) {
  return (s.checks >> index_of(c)) & 1u;
}

Scenario with_check(Scenario s, Check c, bool on) {
  const std::uint32_t bit = 1u << index_of(c);
  s.checks = on ? (s.checks | bit) : (s.checks & ~bit);
  return s;
}

CheckAdvice advice_for(Check c) {
  switch (c) {
    case Check::infection: return {c, Advice::treat_first, 0, 0, "check.infection.why"};
    case Check::active_acne: return {c, Advice::treat_first, 0, 0, "check.active_acne.why"};
    case Check::flare: return {c, Advice::wait, 0, 0, "check.flare.why"};
    case Check::keloid: return {c, Advice::do_not_treat, 0, 0, "check.keloid.why"};
    case Check::bleeding: return {c, Advice::do_not_treat, 0, 0, "check.bleeding.why"};
    case Check::isotretinoin:
      return {c, Advice::wait, 0, kIsotretinoinWeeks, "check.isotretinoin.why"};
    case Check::pregnancy: return {c, Advice::wait, 0, 0, "check.pregnancy.why"};
    case Check::diabetes: return {c, Advice::treat_first, 0, 0, "check.diabetes.why"};
    case Check::cancer_therapy: return {c, Advice::wait, 0, 0, "check.cancer_therapy.why"};
    case Check::pih_history:
      return {c, Advice::shallower, kPihMaxDepthMm, 0, "check.pih_history.why"};
  }
  return {c, Advice::go_ahead, 0, 0, ""};
}

Decision decide(const Scenario& s) {
  Decision d;
  d.planned_depth_mm = s.needle_depth_mm;
  d.advised_depth_mm = s.needle_depth_mm;
  Scenario ticked = s;
  // An active condition chosen as the thing to treat is the same as ticking its item.
  if (s.condition == Condition::active_acne) ticked = with_check(ticked, Check::active_acne, true);
  if (s.condition == Condition::rosacea || s.condition == Condition::eczema) {
    ticked = with_check(ticked, Check::flare, true);
  }
  for (Check c : kAllChecks) {
    if (!checked(ticked, c)) continue;
    const CheckAdvice a = advice_for(c);
    d.items.push_back(a);
    d.overall = std::max(d.overall, a.advice);
    if (a.advice == Advice::shallower) {
      d.advised_depth_mm = std::min(d.advised_depth_mm, a.max_depth_mm);
    }
  }
  d.treat_today = d.overall <= Advice::shallower;
  if (!d.treat_today) d.advised_depth_mm = 0.0;
  return d;
}

}  // namespace dv::sim
