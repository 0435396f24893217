// params.h: every constant of the model in one struct, ModelParams, whose default member values
// are the central values. The machine-readable table (name, unit, range, basis, source, user)
// is in param_table.h; docs/MODEL.md's parameter section is generated from it. A later
// ensemble perturbs a copy of ModelParams through that table. One time unit: days.
#pragma once

#include <array>
#include <numbers>

namespace dv::sim {

inline constexpr double kLn2 = std::numbers::ln2;

/// Number of body regions (Region enum).
inline constexpr int kRegionCount = 15;

/// Skin of one region for a woman of 40 (central values; ranges live in the table).
struct RegionParams {
  double total_mm;       ///< epidermis + dermis, mm (science.md §0a)
  double male_factor;    ///< male / female total skin (§0a: +15–30 %)
  double fat_mm;         ///< subcutaneous fat under the skin, mm (Iyengar 2018 or R/U)
  double sc_um;          ///< stratum corneum, µm
  double viable_epi_um;  ///< viable epidermis, µm
  double ridge_um;       ///< rete ridge amplitude at 27 y, µm
  double firmness;       ///< penetration factor of this skin (1 = cheek; lax skin < 1)
  double usual_min_mm;   ///< shallow end of the usual needle setting, mm
  double usual_max_mm;   ///< deep end of the usual needle setting, mm
};

/// Every model constant (central values). Units are in the names.
struct ModelParams {
  // ---- Skin geometry (science.md §0a, §1, §6) --------------------------------------------
  std::array<RegionParams, kRegionCount> region{};  ///< by Region, filled by the constructor
  double papillary_share = 0.30;                    ///< papillary dermis share of the dermis
  double papillary_min_um = 150.0;                  ///< µm
  double papillary_max_um = 400.0;                  ///< µm (Sorrell & Caplan 2004: 300–400 µm)
  double papilla_density_per_mm2 = 84.0;            ///< /mm² (Lacarrubba 2025)
  double loop_below_papilla_tip_um = 60.0;  ///< capillary-loop apex below the papilla tip, µm
  double suprapapillary_plate_um = 30.0;    ///< thinnest epidermis over a papilla, µm
  double dermis_loss_per_year = 0.006;      ///< /year (Branchet 1990: −6 %/decade)
  double epidermis_loss_per_year_female = 0.0057;     ///< /year (Branchet 1990)
  double epidermis_loss_per_year_male = 0.0072;       ///< /year (Branchet 1990)
  double male_epidermis_factor = 1.05;                ///< × (Sandby-Møller 2003: thicker in men)
  double ridge_loss_per_year = 0.20 / (50.9 - 26.6);  ///< /year (Timár: −20 % 27→51 y)

  // ---- Penetration (§0b, §2) ---------------------------------------------------------------
  double pen_fraction = 0.80;     ///< channel depth / set depth, pen (0.65–0.95)
  double roller_fraction = 0.45;  ///< roller (0.3–0.6)
  double stamp_fraction = 0.62;   ///< stamp, between roller and pen
  double tenting_um = 110.0;      ///< skin deflection before puncture, µm (Lam 2008)
  double min_penetration = 0.2;   ///< lowest depth / length (§2 summary)

  // ---- Needles and density -----------------------------------------------------------------
  double roller_needle_um = 100.0;  ///< µm
  double pen_needle_um = 210.0;     ///< µm (33 G)
  double stamp_needle_um = 250.0;   ///< µm (MF8-like)
  double hole_to_needle = 0.5;      ///< surface hole / needle width (Kalluri 2011)
  double roller_per_pass_cm2 = 192.0 / (2.0 * std::numbers::pi * 2.0);  ///< /cm² per roll
  double pen_per_pass_cm2 = 80.0;    ///< /cm² per pass (R/U, fitted: see param_table.cpp)
  double stamp_per_pass_cm2 = 70.0;  ///< /cm² per stamp pass
  double injury_halo_um = 30.0;      ///< injured zone beyond the channel wall, µm
  double signal_reach_um = 300.0;    ///< growth-factor reach (screened diffusion length), µm

  // ---- Closure (§0b, §2, §8.4) -------------------------------------------------------------
  double barrier_half_h = 0.7;    ///< h: TEWL back within ≈2 h unoccluded (Gupta 2011)
  double barrier_per_mm_h = 0.4;  ///< h per mm of depth
  double gap_base_h = 8.0;        ///< epithelial gap half-closure, h
  double gap_per_mm_h = 12.0;     ///< h per mm of channel depth
  double closure_spread = 0.15;   ///< logistic width / half time
  double old_closure_factor = 1.0 + 1.9 / 8.5;  ///< × after 65 y (Holt 1992)

  // ---- Bleeding ----------------------------------------------------------------------------
  double loop_radius_um = 10.0;    ///< capillary loop radius, µm
  double loop_band_um = 100.0;     ///< depth band over which loops are crossed, µm
  double plexus_bleed_um = 200.0;  ///< e-folding depth past the plexus for bleeding, µm

  // ---- Phases ------------------------------------------------------------------------------
  double inflammation_phase_end = 0.25;  ///< share of peak
  double proliferation_end = 0.2;        ///< share of the fibroblast-excess peak

  // ---- Inflammation (§3, §5b, §8.5, §8.10) -------------------------------------------------
  double alarmin_decay_per_day = kLn2 / 0.5;  ///< /d (12 h half-life)
  double alarmin_while_open_per_day = 1.0;    ///< /d while the epithelial gap is open
  double neutrophil_recruit_per_day = 4.0;    ///< /d per unit damage signal
  double neutrophil_loss_per_day = 1.2;       ///< /d
  double macrophage_recruit_per_day = 1.5;    ///< /d per unit neutrophils
  double macrophage_loss_per_day = 0.6;       ///< /d (Jin 2011; §8.10 0.2–0.6)
  double clot_lysis_per_day = kLn2 / 1.0;     ///< /d

  // ---- Growth factor -----------------------------------------------------------------------
  double gf_decay_per_day = 9.1;     ///< /d (Waugh & Sherratt 2006)
  double gf_from_clot = 0.6;         ///< relative source
  double gf_from_macrophages = 0.8;  ///< relative source
  double gf_from_damage = 0.3;       ///< relative source
  double gf_from_prp = 6.0;          ///< PRP source in open channels (fitted to Kang 2022)
  double prp_release_days = 1.0;     ///< platelet growth-factor release time constant, d

  // ---- Fibroblasts and vessels -------------------------------------------------------------
  double fibroblast_growth_per_day = 0.924;        ///< /d (Jin 2011)
  double fibroblast_death_per_day = 0.12;          ///< /d (Jin 2011)
  double fibroblast_max = 3.0;                     ///< × baseline
  double gf_half_saturation = 0.15;                ///< growth factor for half-maximal response
  double activation_lag_d = 1.5;                   ///< mean activation lag, d (§8.10: 1–2 d)
  double fibroblast_motility_um2_per_day = 100.0;  ///< µm²/d
  double angiogenesis_per_day = 0.6;               ///< /d per unit macrophages
  double vessel_pruning_per_day = kLn2 / 10.0;     ///< /d
  double perfusion_per_vessel = 0.5;               ///< perfusion gain per unit new vessels
  double perfusion_per_collagen = 0.45;  ///< perfusion loss per unit collagen gain (fitted)

  // ---- Matrix ------------------------------------------------------------------------------
  double share_I = 0.80;  ///< (Adv Wound Care 2015)
  double share_III = 0.15;
  double share_other = 0.05;
  double collagen_synthesis_per_day = 0.045;  ///< × baseline per fibroblast excess per day
  double collagen_max = 2.0;                  ///< ceiling of the upper-dermis collagen, ×
  double type_I_switch_d = 4.0;               ///< d (Gay 1978)
  double type_I_switch_width_d = 1.0;         ///< d
  double type_I_share_max = 0.85;
  double III_to_I_per_day = kLn2 / 60.0;            ///< /d
  double collagen_turnover_per_day = kLn2 / 365.0;  ///< /d
  double elastin_synthesis_per_day = 0.003;         ///< new fibres per fibroblast excess per day
  double elastin_clearance_per_day = 0.08;  ///< old elastotic material cleared per macrophage
  double elastin_turnover_per_day = kLn2 / 365.0;  ///< /d
  double ultrasound_per_collagen = 1.75;           ///< ultrasound density gain per collagen gain

  // ---- Thickness ---------------------------------------------------------------------------
  double epidermis_growth_per_day = 3.5;          ///< /d per junction growth factor
  double epidermis_max = 0.8;                     ///< ceiling of relative spinosum gain
  double epidermis_decay_per_day = kLn2 / 540.0;  ///< /d
  double spinosum_share = 0.75;                   ///< spinosum share of the viable epidermis
  double dermis_swelling = 0.15;                  ///< share of added matrix that thickens

  // ---- Age, condition, topical, risk -------------------------------------------------------
  double collagen_age_loss = 0.32;  ///< Varani 2006: −32 % 24 → 85 y
  double collagen_age_young_years = 24.0;
  double collagen_age_old_years = 85.0;
  double inflamed_skin_inflammation = 1.5;  ///< × inflammation on active acne/rosacea/eczema
  double stretch_dermis_factor = 0.8;       ///< × dermis in stretch marks (thin dermis)
  double atrophic_dermis_factor = 0.85;     ///< × dermis under an atrophic (depressed) scar
  double hypertrophic_dermis_factor = 1.5;  ///< × dermis in a raised (hypertrophic) scar
  double vitamin_c_boost = 1.0;             ///< × synthesis (no evidence of a gain in needling)
  double pih_base = 0.002;                  ///< PIH risk per session, Fitzpatrick I, baseline
  double pih_per_type = 1.0;                ///< relative rise per Fitzpatrick type above I
  double pih_per_inflammation = 1.0;        ///< relative rise per unit peak inflammation excess
  double pih_per_mm = 0.8;                  ///< relative rise per mm of channel depth
  double scar_base = 0.002;                 ///< scarring risk per session, baseline
  double scar_per_overlap = 4.0;            ///< relative rise per unit overlap harm
  double scar_per_mm_fat = 3.0;             ///< relative rise per mm of channel in the fat
  double overlap_harm_threshold = 0.3;      ///< proliferation still running → harm, share
  double barrier_delivery = 1.0;            ///< topical entry ∝ barrier open (×)

  /// Central values, with the region rows filled.
  ModelParams();
};

/// The central parameters (built once).
const ModelParams& central_params();

// Numerical resolution of the section (not model constants; not perturbed).
namespace param {
inline constexpr int kNx = 48;                       ///< grid cells across the 3 mm block
inline constexpr int kNz = 30;                       ///< grid cells in depth
inline constexpr double kWidth_um = 3000.0;          ///< block width, µm
inline constexpr double kSubcutisShown_um = 500.0;   ///< subcutis included below the dermis, µm
inline constexpr int kMaxSectionChannels = 24;       ///< channels drawn at most in one section
inline constexpr double kUpperDermis_um = 1000.0;    ///< depth averaged as "upper dermis", µm
inline constexpr double kNeedlingDuration_d = 0.01;  ///< ≈15 min of needling
inline constexpr double kHaemostasisEnd_d = 0.125;   ///< 3 h (oedema 3–6 h, HK J Dermatol 2018)
}  // namespace param

}  // namespace dv::sim
