// Notices with ids and severities. Sources: contraindications (science.md §4b, F-L); PIH in
// skin of colour (Cohen & Elbuluk 2016); vitamin C granulomas (Soltani-Arabshahi 2014,
// Friedmann 2024); intervals (Harris 2015, §8.15). Words: assets/text/en/warnings.json.
#include "sim/warnings.h"

#include <cstdio>
#include <string>

#include "sim/region_data.h"

namespace dv::sim {
namespace {

std::string num(double v, const char* f = "%.2f") {
  char buf[32];
  std::snprintf(buf, sizeof buf, f, v);
  return buf;
}
std::string mm(double um) {
  return num(um / 1000.0);
}

}  // namespace

const std::vector<std::string>& all_warning_ids() {
  static const std::vector<std::string> ids = {"depth.beneath",
                                               "depth.into_fat",
                                               "depth.may_reach_fat",
                                               "depth.deeper_than_usual",
                                               "interval.too_soon",
                                               "condition.active_acne",
                                               "condition.rosacea",
                                               "condition.eczema",
                                               "condition.hypertrophic_scar",
                                               "condition.stretch_marks",
                                               "fitzpatrick.pih",
                                               "age.slow_healing",
                                               "topical.vitamin_c_granuloma",
                                               "topical.not_for_dermis",
                                               "device.home_roller",
                                               "condition.enlarged_pores",
                                               "course.cumulative_harm"};
  return ids;
}

std::vector<Warning> scenario_warnings(const Scenario& sc, const SkinLayers& skin,
                                       const Needling& n, const ModelParams& p) {
  (void)p;
  std::vector<Warning> w;
  const RegionFacts& facts = region_facts(sc.region);
  const std::string region(key(sc.region));
  const std::string structure(facts.beneath);
  const bool beyond_usual = sc.needle_depth_mm > skin.usual_depth_max_mm + 1e-9;
  if (n.reaches_beneath || n.reaches_subcutis) {
    w.push_back({n.reaches_beneath ? "depth.beneath" : "depth.into_fat",
                 Severity::unsafe,
                 "needle_depth_mm",
                 {{"depth_mm", mm(n.effective_depth_um)},
                  {"skin_mm", mm(skin.dermis_bottom_um())},
                  {"fat_mm", mm(skin.subcutis_um)},
                  {"structure", structure}}});
  } else if (n.depth_high_um > skin.total_low_um) {
    // The central person stays in the dermis, but people with thin skin here and a device
    // that buries more of the needle may not (science.md §8.16).
    const bool deep = n.depth_high_um > skin.total_low_um + skin.subcutis_low_um;
    w.push_back({"depth.may_reach_fat",
                 deep || beyond_usual ? Severity::caution : Severity::note,
                 "needle_depth_mm",
                 {{"depth_high_mm", mm(n.depth_high_um)},
                  {"skin_low_mm", mm(skin.total_low_um)},
                  {"region", region}}});
  }
  if (beyond_usual) {
    w.push_back({"depth.deeper_than_usual",
                 Severity::caution,
                 "needle_depth_mm",
                 {{"needle_mm", num(sc.needle_depth_mm)},
                  {"region", region},
                  {"usual_min_mm", num(skin.usual_depth_min_mm)},
                  {"usual_max_mm", num(skin.usual_depth_max_mm)}}});
  }
  switch (sc.condition) {
    case Condition::active_acne:
      w.push_back({"condition.active_acne", Severity::unsafe, "condition", {}});
      break;
    case Condition::rosacea:
      w.push_back({"condition.rosacea", Severity::unsafe, "condition", {}});
      break;
    case Condition::eczema:
      w.push_back({"condition.eczema", Severity::unsafe, "condition", {}});
      break;
    case Condition::hypertrophic_scar:
      w.push_back({"condition.hypertrophic_scar", Severity::caution, "condition", {}});
      break;
    case Condition::stretch_marks:
      w.push_back({"condition.stretch_marks", Severity::note, "condition", {}});
      break;
    case Condition::enlarged_pores:
      w.push_back({"condition.enlarged_pores", Severity::note, "condition", {}});
      break;
    default: break;
  }
  if (sc.topical == Topical::vitamin_c && n.reaches_dermis) {
    w.push_back({"topical.vitamin_c_granuloma",
                 sc.device == Device::pen ? Severity::unsafe : Severity::caution,
                 "topical",
                 {}});
  }
  // Cosmetic serums are not sterile or made for the dermis (issue 14 §4; §8.14).
  if ((sc.topical == Topical::growth_factor_serum || sc.topical == Topical::peptide_serum) &&
      n.reaches_dermis) {
    w.push_back({"topical.not_for_dermis",
                 sc.device == Device::pen ? Severity::caution : Severity::note,
                 "topical",
                 {}});
  }
  // Home rollers (issue 14 §6): what they reach and the risks a clinic avoids.
  if (sc.device == Device::home_roller) {
    char depth[16];
    std::snprintf(depth, sizeof depth, "%.2f", n.effective_depth_um / 1000.0);
    w.push_back({"device.home_roller",
                 Severity::note,
                 "device",
                 {{"depth", depth}, {"layer", std::string(layer_name(n.deepest_layer))}}});
  }
  if (sc.age_years >= 65.0) {
    w.push_back({"age.slow_healing", Severity::note, "age_years", {}});
  }
  return w;
}

Warning early_session_warning(int session, double interval_days, double remaining, double depth_um,
                              const ModelParams& p) {
  // Harm grows with how much repair is still running and with depth (1 at 1 mm, 100 %).
  const double harm = remaining * depth_um / 1000.0;
  if (remaining < p.overlap_harm_threshold || harm < 0.2) return {};
  return {"interval.too_soon",
          harm > 0.8 ? Severity::unsafe : Severity::caution,
          "interval_weeks",
          {{"session", std::to_string(session)},
           {"interval_days", num(interval_days, "%.0f")},
           {"remaining_pct", num(100.0 * remaining, "%.0f")},
           {"depth_mm", mm(depth_um)}}};
}

}  // namespace dv::sim
