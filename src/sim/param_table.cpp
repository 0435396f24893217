// The parameter table. Each row names the ModelParams field it reads (through `ref`), so a later
// ensemble can perturb a copy of ModelParams row by row.
#include "sim/param_table.h"

#include <cstdio>
#include <utility>

#include "sim/region_data.h"

namespace dv::sim {
namespace {

#define DV_REF(field) [](ModelParams& m) -> double& { return m.field; }

template <std::size_t I>
double& total_ref(ModelParams& m) {
  return m.region[I].total_mm;
}
template <std::size_t I>
double& male_ref(ModelParams& m) {
  return m.region[I].male_factor;
}
template <std::size_t I>
double& fat_ref(ModelParams& m) {
  return m.region[I].fat_mm;
}
template <std::size_t I>
double& firm_ref(ModelParams& m) {
  return m.region[I].firmness;
}
using Ref = double& (*)(ModelParams&);
template <std::size_t... I>
constexpr std::array<std::array<Ref, 4>, sizeof...(I)> region_refs(std::index_sequence<I...>) {
  return {{{&total_ref<I>, &male_ref<I>, &fat_ref<I>, &firm_ref<I>}...}};
}
constexpr auto kRegionRefs = region_refs(std::make_index_sequence<kRegionCount>{});

void add_region_rows(std::vector<ParamRow>& t) {
  for (Region r : kAllRegions) {
    const auto i = static_cast<std::size_t>(r);
    const RegionFacts& f = region_facts(r);
    const RegionParams c = central_region(r);
    const std::string k = "skin." + std::string(key(r)) + ".";
    t.push_back({k + "total_mm", "mm", f.total_low_mm, f.total_high_mm, std::string(f.skin_basis),
                 std::string(f.skin_source), "skin geometry, §8.1", true, kRegionRefs[i][0]});
    t.push_back({k + "male_factor", "x", 1.15, 1.30, "measured", "§0a men +15-30 %",
                 "skin geometry, §8.1", true, kRegionRefs[i][1]});
    t.push_back({k + "fat_mm", "mm", f.fat_low_mm, f.fat_high_mm,
                 f.fat_source.substr(0, 3) == "R/U" ? "assumed" : "measured",
                 std::string(f.fat_source), "depth warnings", true, kRegionRefs[i][2]});
    t.push_back({k + "firmness", "x", c.firmness - 0.1, c.firmness + 0.1, "assumed",
                 "R/U compliance (lax skin tents more; §2)", "penetration", true,
                 kRegionRefs[i][3]});
  }
}

std::vector<ParamRow> build() {
  std::vector<ParamRow> t;
  add_region_rows(t);
  t.push_back({"papillary_share", "1", 0.2, 0.4, "assumed",
               "§1b Sorrell & Caplan 2004 (300-400 µm of ~1.2 mm)", "skin", false,
               DV_REF(papillary_share)});
  t.push_back({"papillary_min_um", "µm", 100, 200, "assumed", "R/U floor on thin facial skin",
               "skin", false, DV_REF(papillary_min_um)});
  t.push_back({"papillary_max_um", "µm", 300, 400, "measured", "§1b Sorrell & Caplan 2004", "skin",
               false, DV_REF(papillary_max_um)});
  t.push_back({"papilla_density_per_mm2", "/mm²", 80, 88, "measured",
               "§1c Lacarrubba 2025 84.3±3.2", "bleeding", false, DV_REF(papilla_density_per_mm2)});
  t.push_back({"loop_below_papilla_tip_um", "µm", 30, 100, "assumed",
               "§1c capillary-loop apex 100-200 µm (D/R/U)", "bleeding", false,
               DV_REF(loop_below_papilla_tip_um)});
  t.push_back({"suprapapillary_plate_um", "µm", 20, 40, "assumed", "R/U", "skin", false,
               DV_REF(suprapapillary_plate_um)});
  t.push_back({"dermis_loss_per_year", "/year", 0.004, 0.008, "measured",
               "§6 Branchet 1990 -6 %/decade", "skin, §8.9", false, DV_REF(dermis_loss_per_year)});
  t.push_back({"epidermis_loss_per_year_female", "/year", 0.004, 0.007, "measured",
               "§6 Branchet 1990", "skin", false, DV_REF(epidermis_loss_per_year_female)});
  t.push_back({"epidermis_loss_per_year_male", "/year", 0.006, 0.009, "measured",
               "§6 Branchet 1990", "skin", false, DV_REF(epidermis_loss_per_year_male)});
  t.push_back({"male_epidermis_factor", "1", 1.0, 1.1, "assumed",
               "§1b Sandby-Møller 2003 (thicker in men, no %)", "skin", false,
               DV_REF(male_epidermis_factor)});
  t.push_back({"ridge_loss_per_year", "/year", 0.005, 0.011, "measured", "§1c Timár: -20 % 27→51 y",
               "skin", false, DV_REF(ridge_loss_per_year)});
  t.push_back({"pen_fraction", "1", 0.65, 0.95, "measured",
               "§0b Sasaki 2019; MN-RF hip histology 2019; Lam 2008", "penetration", true,
               DV_REF(pen_fraction)});
  t.push_back({"roller_fraction", "1", 0.3, 0.6, "measured", "§0b Kalluri 2011; Lam 2008",
               "penetration", true, DV_REF(roller_fraction)});
  t.push_back({"stamp_fraction", "1", 0.45, 0.8, "assumed", "§2 summary: between roller and pen",
               "penetration", true, DV_REF(stamp_fraction)});
  t.push_back({"tenting_um", "µm", 30, 120, "fitted",
               "§2 Lam 2008 (<50 % below 1 mm); no bleeding at 0.25 mm roller (§8.3)",
               "penetration", true, DV_REF(tenting_um)});
  t.push_back({"min_penetration", "1", 0.1, 0.3, "derived", "§2 summary 0.2-1.0", "penetration",
               false, DV_REF(min_penetration)});
  t.push_back({"roller_needle_um", "µm", 70, 250, "measured",
               "§2 standard roller 0.1 mm; MF8 0.25 mm", "needling", false,
               DV_REF(roller_needle_um)});
  t.push_back({"pen_needle_um", "µm", 180, 260, "assumed", "R/U common 33 G cartridge", "needling",
               false, DV_REF(pen_needle_um)});
  t.push_back({"stamp_needle_um", "µm", 200, 300, "assumed", "§2 MF8-like 0.25 mm", "needling",
               false, DV_REF(stamp_needle_um)});
  t.push_back({"hole_to_needle", "1", 0.4, 0.6, "measured",
               "§2 Kalluri 2011 70.7 µm hole / 140 µm base", "needling", false,
               DV_REF(hole_to_needle)});
  t.push_back({"roller_per_pass_cm2", "/cm²", 12, 20, "derived",
               "§4b Singh & Yadav 2016: 192 needles, 2×2 cm drum; '15 passes ≈ 250 /cm²' (F-L)",
               "needling", false, DV_REF(roller_per_pass_cm2)});
  t.push_back({"pen_per_pass_cm2", "/cm²", 40, 1200, "fitted",
               "R/U (12 needles × 100 Hz / glide speed × track width: 40-1200); fitted so one "
               "response law gives Lotfi 2013 (roller) and Kenkel 2021 (pen): a 4-pass pen session "
               "≈ a 15-pass roller session (≈250 /cm², F-L)",
               "needling", false, DV_REF(pen_per_pass_cm2)});
  t.push_back({"stamp_per_pass_cm2", "/cm²", 40, 100, "assumed", "R/U 35 needles on 0.5 cm²",
               "needling", false, DV_REF(stamp_per_pass_cm2)});
  t.push_back({"injury_halo_um", "µm", 15, 60, "assumed",
               "§8.11 'a few cell diameters' (fibroblast 10-20 µm)", "injury", false,
               DV_REF(injury_halo_um)});
  t.push_back({"signal_reach_um", "µm", 150, 600, "assumed",
               "R/U screened diffusion √(D/k) of TGF-β bound to matrix; k from §5b", "injury",
               false, DV_REF(signal_reach_um)});
  t.push_back({"barrier_half_h", "h", 0.5, 2.0, "measured",
               "§0b Gupta 2011: TEWL back within ≈2 h unoccluded", "closure", true,
               DV_REF(barrier_half_h)});
  t.push_back({"barrier_per_mm_h", "h/mm", 0.0, 2.0, "assumed",
               "§2 Sasaki 2019 deeper → longer TEWL", "closure", false, DV_REF(barrier_per_mm_h)});
  t.push_back({"gap_base_h", "h", 4, 12, "fitted",
               "§2 Kalluri 2011 (12-18 h rat); Weßollek 2023 all closed by 48 h", "closure", true,
               DV_REF(gap_base_h)});
  t.push_back({"gap_per_mm_h", "h/mm", 6, 18, "fitted", "§2 Kalluri 2011; Weßollek 2023; §8.4",
               "closure", false, DV_REF(gap_per_mm_h)});
  t.push_back({"closure_spread", "1", 0.1, 0.25, "assumed", "R/U spread between channels",
               "closure", false, DV_REF(closure_spread)});
  t.push_back({"old_closure_factor", "1", 1.1, 1.35, "measured", "§6 Holt 1992: +1.9 d after 65 y",
               "closure, §8.9", false, DV_REF(old_closure_factor)});
  t.push_back({"loop_radius_um", "µm", 5, 15, "assumed", "§1c capillaries 10-20 µm wide",
               "bleeding", false, DV_REF(loop_radius_um)});
  t.push_back({"loop_band_um", "µm", 50, 200, "assumed", "R/U depth band holding the loops",
               "bleeding", false, DV_REF(loop_band_um)});
  t.push_back({"plexus_bleed_um", "µm", 100, 400, "assumed", "R/U", "bleeding", false,
               DV_REF(plexus_bleed_um)});
  t.push_back({"inflammation_phase_end", "1", 0.15, 0.35, "assumed", "R/U phase boundary", "phases",
               false, DV_REF(inflammation_phase_end)});
  t.push_back({"proliferation_end", "1", 0.1, 0.3, "assumed", "R/U phase boundary", "phases", false,
               DV_REF(proliferation_end)});
  t.push_back({"alarmin_decay_per_day", "/d", 0.7, 2.8, "assumed", "R/U 12 h half-life",
               "inflammation", false, DV_REF(alarmin_decay_per_day)});
  t.push_back({"alarmin_while_open_per_day", "/d", 0.5, 2.0, "assumed",
               "R/U injured keratinocytes signal while the gap is open", "inflammation", false,
               DV_REF(alarmin_while_open_per_day)});
  t.push_back({"neutrophil_recruit_per_day", "/d", 2, 8, "fitted",
               "§3 neutrophils peak 24-48 h (F-L)", "inflammation, §8.5", false,
               DV_REF(neutrophil_recruit_per_day)});
  t.push_back({"neutrophil_loss_per_day", "/d", 0.8, 1.6, "derived", "§3 gone by day 3-4 (F-L)",
               "inflammation", false, DV_REF(neutrophil_loss_per_day)});
  t.push_back({"macrophage_recruit_per_day", "/d", 1.0, 2.5, "fitted",
               "§3 monocyte predominance in 2-3 d (F-R)", "inflammation", false,
               DV_REF(macrophage_recruit_per_day)});
  t.push_back({"macrophage_loss_per_day", "/d", 0.2, 0.6, "measured",
               "§5b Jin 2011 0.6; Waugh & Sherratt 2006 0.2", "inflammation, §8.10", false,
               DV_REF(macrophage_loss_per_day)});
  t.push_back({"clot_lysis_per_day", "/d", 0.35, 1.4, "assumed", "§2 erythema resolves within 48 h",
               "haemostasis", false, DV_REF(clot_lysis_per_day)});
  t.push_back({"gf_decay_per_day", "/d", 9.1, 15, "measured",
               "§5b Waugh & Sherratt 2006 9.1; Jin 2011 15", "growth factor, §8.10", false,
               DV_REF(gf_decay_per_day)});
  t.push_back({"gf_from_clot", "1", 0.3, 0.9, "assumed", "R/U platelets release PDGF/TGF-β",
               "growth factor", false, DV_REF(gf_from_clot)});
  t.push_back({"gf_from_macrophages", "1", 0.5, 1.2, "assumed", "R/U Waugh & Sherratt k4",
               "growth factor", false, DV_REF(gf_from_macrophages)});
  t.push_back({"gf_from_damage", "1", 0.1, 0.5, "assumed", "R/U keratinocyte FGF-7/VEGF",
               "growth factor", false, DV_REF(gf_from_damage)});
  t.push_back({"gf_from_prp", "1", 2.0, 12.0, "fitted",
               "Kang & Lu 2022 Front Med 8:788754 meta-analysis (14 studies, 472 patients): OR "
               "2.97 for >50 % improvement; mapped to ≈+15-25 % collagen gain (assumed)",
               "PRP", false, DV_REF(gf_from_prp)});
  t.push_back({"prp_release_days", "d", 0.5, 3, "assumed",
               "§3 platelet PDGF/TGF-β released within minutes-hours (R/U)", "PRP", false,
               DV_REF(prp_release_days)});
  t.push_back({"fibroblast_growth_per_day", "/d", 0.8, 0.95, "measured",
               "§5b Jin 2011 0.924; Olsen 1995 ≈0.8", "fibroblasts, §8.10", false,
               DV_REF(fibroblast_growth_per_day)});
  t.push_back({"fibroblast_death_per_day", "/d", 0.08, 0.16, "measured", "§5b Jin 2011 0.12",
               "fibroblasts, §8.10", false, DV_REF(fibroblast_death_per_day)});
  t.push_back({"fibroblast_max", "×", 2, 4, "assumed", "§5b Jin 2011 capacity", "fibroblasts",
               false, DV_REF(fibroblast_max)});
  t.push_back({"gf_half_saturation", "1", 0.08, 0.3, "fitted",
               "dose-response inside usual settings (§8.11)", "fibroblasts", false,
               DV_REF(gf_half_saturation)});
  t.push_back({"activation_lag_d", "d", 1, 2, "measured", "§8.10 activation lag 1-2 d",
               "fibroblasts", false, DV_REF(activation_lag_d)});
  t.push_back({"fibroblast_motility_um2_per_day", "µm²/d", 10, 1000, "assumed",
               "§5b 1e-7-1e-6 cm²/d", "fibroblasts", false,
               DV_REF(fibroblast_motility_um2_per_day)});
  t.push_back({"angiogenesis_per_day", "/d", 0.3, 1.2, "assumed", "§3 VEGF peak d 3-7 (R/U)",
               "vessels", false, DV_REF(angiogenesis_per_day)});
  t.push_back({"vessel_pruning_per_day", "/d", 0.035, 0.14, "assumed", "R/U 5-20 d half-life",
               "vessels", false, DV_REF(vessel_pruning_per_day)});
  t.push_back({"perfusion_per_vessel", "1", 0.2, 1.0, "assumed", "R/U", "perfusion", false,
               DV_REF(perfusion_per_vessel)});
  t.push_back({"perfusion_per_collagen", "1", 0.2, 0.6, "fitted",
               "§4a Kenkel 2021 flow at 300 µm -25.8 % (face) at 3 months", "perfusion", false,
               DV_REF(perfusion_per_collagen)});
  t.push_back({"share_I", "1", 0.75, 0.85, "measured", "§1b Adv Wound Care 2015: type I 80 %",
               "matrix", false, DV_REF(share_I)});
  t.push_back({"share_III", "1", 0.1, 0.2, "measured", "§1b type III 15 %", "matrix", false,
               DV_REF(share_III)});
  t.push_back({"share_other", "1", 0.03, 0.07, "measured", "§1b IV-VII ≈5 %", "matrix", false,
               DV_REF(share_other)});
  t.push_back({"collagen_synthesis_per_day", "×/d", 0.03, 0.06, "fitted",
               "§8.7 Lotfi 2013 +53 % papillary collagen after 5 monthly 1.5 mm roller sessions",
               "collagen, §8.7", false, DV_REF(collagen_synthesis_per_day)});
  t.push_back({"collagen_max", "×", 1.6, 2.5, "assumed",
               "§0 collagen is 70-80 % of dermal dry weight: cannot double", "collagen", false,
               DV_REF(collagen_max)});
  t.push_back({"type_I_switch_d", "d", 3, 5, "measured", "§3 Gay 1978: III at 24-48 h, I from 72 h",
               "collagen, §8.6", false, DV_REF(type_I_switch_d)});
  t.push_back({"type_I_switch_width_d", "d", 0.5, 1.5, "assumed", "§3 Gay 1978", "collagen", false,
               DV_REF(type_I_switch_width_d)});
  t.push_back({"type_I_share_max", "1", 0.8, 0.9, "assumed", "§3 by week 2 type I dominates (F-L)",
               "collagen", false, DV_REF(type_I_share_max)});
  t.push_back({"III_to_I_per_day", "/d", 0.0058, 0.023, "assumed",
               "§3 remodelling 8 weeks-1 year (F-L): 30-120 d half-life", "collagen, §8.6", false,
               DV_REF(III_to_I_per_day)});
  t.push_back({"collagen_turnover_per_day", "/d", 0.001, 0.004, "assumed",
               "§4b maintenance every 6-12 months (F-L)", "collagen", false,
               DV_REF(collagen_turnover_per_day)});
  t.push_back({"elastin_synthesis_per_day", "×/d", 0.001, 0.006, "fitted",
               "§8.13 El-Domyati 2015 tropoelastin up; Kenkel total unchanged", "elastin, §8.13",
               false, DV_REF(elastin_synthesis_per_day)});
  t.push_back({"elastin_clearance_per_day", "/d", 0.05, 0.4, "fitted",
               "§8.13 old elastotic material cleared (El-Domyati 2015)", "elastin, §8.13", false,
               DV_REF(elastin_clearance_per_day)});
  t.push_back({"elastin_turnover_per_day", "/d", 0.0005, 0.004, "assumed",
               "§5b elastin half-life 40-50 y (F-L); new fibres 1 y", "elastin", false,
               DV_REF(elastin_turnover_per_day)});
  t.push_back({"ultrasound_per_collagen", "1", 1.3, 2.2, "fitted",
               "§4a Kenkel 2021 dermal density +101.86 % at 3 months (ultrasound, not collagen)",
               "ultrasound density, §8.7", false, DV_REF(ultrasound_per_collagen)});
  t.push_back({"epidermis_growth_per_day", "/d", 2, 6, "fitted",
               "§8.8 Aust 2008 spinosum +40 % at 1 year; Lotfi 2013 epidermis +50 %", "epidermis",
               false, DV_REF(epidermis_growth_per_day)});
  t.push_back({"epidermis_max", "1", 0.5, 1.0, "assumed", "R/U ceiling", "epidermis", false,
               DV_REF(epidermis_max)});
  t.push_back({"epidermis_decay_per_day", "/d", 0.0006, 0.0026, "assumed", "R/U 0.75-3 y half-life",
               "epidermis", false, DV_REF(epidermis_decay_per_day)});
  t.push_back({"spinosum_share", "1", 0.6, 0.85, "assumed", "R/U", "epidermis", false,
               DV_REF(spinosum_share)});
  t.push_back({"dermis_swelling", "1", 0.05, 0.3, "assumed",
               "R/U Kenkel reports density, not thickness", "dermis", false,
               DV_REF(dermis_swelling)});
  t.push_back({"collagen_age_loss", "1", 0.2, 0.4, "measured",
               "§6 Varani 2006 procollagen I 82 → 56 ng/ml", "response, §8.9", false,
               DV_REF(collagen_age_loss)});
  t.push_back({"collagen_age_young_years", "years", 18, 29, "measured", "§6 Varani 2006",
               "response", false, DV_REF(collagen_age_young_years)});
  t.push_back({"collagen_age_old_years", "years", 80, 90, "measured", "§6 Varani 2006", "response",
               false, DV_REF(collagen_age_old_years)});
  t.push_back({"inflamed_skin_inflammation", "×", 1.2, 2.0, "assumed",
               "§8.12 contraindicated inflamed skin reacts more", "risk", false,
               DV_REF(inflamed_skin_inflammation)});
  t.push_back({"stretch_dermis_factor", "x", 0.6, 0.9, "assumed",
               "§8.12 stretch marks are thin dermis with elastic-fibre loss (no thickness found)",
               "geometry", false, DV_REF(stretch_dermis_factor)});
  t.push_back({"atrophic_dermis_factor", "x", 0.7, 0.95, "assumed",
               "§8.12 atrophic scars are depressions (no depth found)", "geometry", false,
               DV_REF(atrophic_dermis_factor)});
  t.push_back({"hypertrophic_dermis_factor", "x", 1.2, 2.0, "assumed",
               "§8.12 hypertrophic scars are raised (no thickness found)", "geometry", false,
               DV_REF(hypertrophic_dermis_factor)});
  t.push_back({"vitamin_c_boost", "×", 1.0, 1.1, "assumed",
               "§4a Aust 2008 used vit A+C before; no needling gain measured", "response", false,
               DV_REF(vitamin_c_boost)});
  t.push_back({"pih_base", "1", 0.002, 0.02, "assumed",
               "§4b Harris 2015 PIH among adverse events (no rate)", "PIH risk, §8.14", false,
               DV_REF(pih_base)});
  t.push_back({"pih_per_type", "1", 0.5, 2.0, "assumed",
               "§0b Cohen & Elbuluk 2016 PIH main risk in IV-VI", "PIH risk, §8.14", false,
               DV_REF(pih_per_type)});
  t.push_back({"pih_per_inflammation", "1", 0.5, 2.0, "assumed", "§0b PIH grows with inflammation",
               "PIH risk", false, DV_REF(pih_per_inflammation)});
  t.push_back({"pih_per_mm", "1", 0.4, 1.5, "assumed", "§8.14 PIH grows with depth", "PIH risk",
               false, DV_REF(pih_per_mm)});
  t.push_back({"scar_base", "1", 0.0005, 0.01, "assumed",
               "§4b Harris 2015 tram-track scarring among adverse events (no rate); Juhasz 2020 no "
               "serious events",
               "scarring risk", false, DV_REF(scar_base)});
  t.push_back({"scar_per_overlap", "1", 2, 8, "assumed",
               "§8.15 overlapping sessions at depth add harm", "scarring risk", false,
               DV_REF(scar_per_overlap)});
  t.push_back({"scar_per_mm_fat", "1", 1, 6, "assumed", "R/U channels into the fat",
               "scarring risk", false, DV_REF(scar_per_mm_fat)});
  t.push_back({"overlap_harm_threshold", "1", 0.15, 0.5, "assumed",
               "§8.15 session during proliferation at depth adds harm", "interval warning", false,
               DV_REF(overlap_harm_threshold)});
  t.push_back({"barrier_delivery", "×", 0.5, 1.5, "assumed",
               "§0b topical entry follows the barrier", "topical", false,
               DV_REF(barrier_delivery)});
  return t;
}

std::string fmt(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4g", v);
  return buf;
}

}  // namespace

const std::vector<ParamRow>& param_table() {
  static const std::vector<ParamRow> t = build();
  return t;
}

double param_value(const ParamRow& row, const ModelParams& p) {
  return row.ref(const_cast<ModelParams&>(p));  // read only
}

std::string params_markdown(const ModelParams& p) {
  std::string s =
      "| name | value | unit | range | basis | person | source | used by |\n"
      "|---|---|---|---|---|---|---|---|\n";
  for (const ParamRow& r : param_table()) {
    s += "| " + r.name + " | " + fmt(param_value(r, p)) + " | " + r.unit + " | " + fmt(r.low) +
         "–" + fmt(r.high) + " | " + r.basis + " | " + (r.person ? "yes" : "") + " | " + r.source +
         " | " + r.used_by + " |\n";
  }
  return s;
}

std::string params_csv(const ModelParams& p) {
  std::string s = "name,value,unit,low,high,basis,person,source,used_by\n";
  auto quoted = [](const std::string& v) {
    std::string q = "\"";
    for (char ch : v) q += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    return q + "\"";
  };
  for (const ParamRow& r : param_table()) {
    s += r.name + "," + fmt(param_value(r, p)) + "," + r.unit + "," + fmt(r.low) + "," +
         fmt(r.high) + "," + r.basis + "," + (r.person ? "1" : "0") + "," + quoted(r.source) + "," +
         quoted(r.used_by) + "\n";
  }
  return s;
}

}  // namespace dv::sim
