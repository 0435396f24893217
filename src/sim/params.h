// params.h: every constant of the healing model, each with its source (science.md row) or an
// R/U mark and the reason for the value chosen. One time unit inside the model: days.
#pragma once

#include <numbers>

namespace dv::sim::param {

inline constexpr double kLn2 = std::numbers::ln2;

// ---- Penetration (science.md §2) ---------------------------------------------------------
// effective = f_device × (L − δ_device × compliance_region), never below kMinPenetration × L.
/// Fraction of the free length a motorised pen buries: Sasaki 2019, pen channels "closely
/// approximated" the 0.5 / 1.5 mm set depth in human facial skin.
inline constexpr double kPenFraction = 0.95;
/// Tenting (skin deflection before puncture) of a pen, µm at compliance 1: Lam 2008, steel
/// needles buried < 50 % of nominal length below 1 mm (R/U magnitude, fitted to that bound).
inline constexpr double kPenTenting_um = 200.0;
/// Rolling drum: Kalluri 2011, 770 µm roller needle → 152.5 µm channel (≈20 %) in rat skin;
/// Lam 2008 < 50 % below 1 mm. Fraction and tenting fitted to both (D).
inline constexpr double kRollerFraction = 0.55;
inline constexpr double kRollerTenting_um = 350.0;  ///< µm at compliance 1 (fitted, D)
/// Manual stamp: pressed perpendicular like a pen but slower (R/U, between roller and pen).
inline constexpr double kStampFraction = 0.8;
inline constexpr double kStampTenting_um = 250.0;  ///< µm at compliance 1 (R/U)
/// Lower bound of channel depth / needle length: science.md §2 summary, 0.2–1.0 (D).
inline constexpr double kMinPenetration = 0.2;

// ---- Needle and device geometry -------------------------------------------------------------
/// Standard roller needle diameter 0.1 mm (ocreviews / dermarollershop, F-L).
inline constexpr double kRollerNeedle_um = 100.0;
/// Pen cartridge needle ≈ 33 gauge, 0.21 mm (R/U, common cartridge gauge).
inline constexpr double kPenNeedle_um = 210.0;
/// Stamp needles 0.25 mm like the MF8 roller (Schwarz & Laaff 2011).
inline constexpr double kStampNeedle_um = 250.0;
/// Surface hole / needle base width: Kalluri 2011, 70.7 µm hole for 140 µm base (≈0.5, D).
inline constexpr double kHoleToNeedle = 0.5;
/// Roller: 192 needles on a 2 cm × 2 cm drum (Singh & Yadav 2016): 192 / (2 cm × π × 2 cm)
/// ≈ 15.3 holes/cm² per pass; matches "15 passes ≈ 250 holes/cm²" (F-L).
inline constexpr double kRollerNeedles = 192.0;
inline constexpr double kRollerDrumLength_cm = 2.0;    ///< cm (Singh & Yadav 2016)
inline constexpr double kRollerDrumDiameter_cm = 2.0;  ///< cm (Singh & Yadav 2016)
/// Pen: 12-needle cartridge stamping 120 Hz, glided at 5 cm/s over a 0.6 cm wide track
/// (all R/U, typical device settings): 12 × 120 / (0.6 × 5) = 480 channels/cm² per pass.
inline constexpr double kPenChannelsPerPass_cm2 = 12.0 * 120.0 / (0.6 * 5.0);
/// Stamp: 35 needles on a 0.5 cm² head, stamped once per spot per pass (R/U) = 70 /cm².
inline constexpr double kStampChannelsPerPass_cm2 = 70.0;

// ---- Channel closure (science.md §2, §8.4) ------------------------------------------------
/// Half-closure time = base + slope × depth. Kalluri 2011: holes of a 770 µm roller (152 µm
/// deep) closed by 18 h; Weßollek 2023: all closed by 48 h; Sasaki 2019: deeper → longer TEWL.
inline constexpr double kClosureBase_h = 8.0;
inline constexpr double kClosurePerMm_h = 10.0;  ///< h per mm of channel depth (fitted, D)
/// Logistic width of closure as a share of the half time (spread between channels, R/U).
inline constexpr double kClosureSpread = 0.15;
/// Re-epithelialisation delay after 65 y: Holt 1992, 1.9 d later on ~8.5 d wounds (R/U
/// duration) → ×1.22; ramped in from 55 y.
inline constexpr double kOldClosureFactor = 1.0 + 1.9 / 8.5;

// ---- Section geometry ------------------------------------------------------------------------
inline constexpr int kNx = 48;                      ///< grid cells across the 3 mm block
inline constexpr int kNz = 30;                      ///< grid cells in depth
inline constexpr double kWidth_um = 3000.0;         ///< block width (the scene's skin block), µm
inline constexpr double kSubcutisShown_um = 500.0;  ///< subcutis included below the dermis, µm
/// Zone of mechanically injured tissue around a channel wall (R/U; a few cell diameters).
inline constexpr double kInjuryHalo_um = 60.0;
inline constexpr int kMaxSectionChannels = 24;  ///< channels drawn at most in one section
/// Depth below the junction averaged as "upper dermis" (issue 3 §3), µm.
inline constexpr double kUpperDermis_um = 1000.0;

// ---- Phases ------------------------------------------------------------------------------------
inline constexpr double kNeedlingDuration_d = 0.01;  ///< ≈15 min of needling (issue, R/U)
/// Haemostasis: clot within minutes, oedema 3–6 h (HK J Dermatol 2018) → 3 h.
inline constexpr double kHaemostasisEnd_d = 0.125;
/// Inflammation phase ends when the index falls below this share of its peak (R/U).
inline constexpr double kInflammationPhaseEnd = 0.25;
/// "Resolved" for the interval warning: below this share of the session's peak (R/U).
inline constexpr double kInflammationResolved = 0.05;
/// Proliferation ends when the fibroblast excess falls below this share of its peak (R/U).
inline constexpr double kProliferationEnd = 0.2;

// ---- Inflammation (science.md §3, §5b, §8.5, §8.10) ----------------------------------------
/// Damage signal (DAMPs, IL-1) half-life 12 h (R/U): drives neutrophil influx in the first day.
inline constexpr double kAlarminDecay_per_day = kLn2 / 0.5;
/// Damage signal released per day while a channel is still open (barrier broken: injured
/// keratinocytes keep signalling until re-epithelialisation; R/U). Deeper channels stay open
/// longer (Kalluri 2011, Sasaki 2019), so they also inflame a little more.
inline constexpr double kAlarminWhileOpen_per_day = 1.0;
/// Neutrophil influx per unit damage signal (R/U), fitted so they peak at 24–48 h (F-L).
inline constexpr double kNeutrophilRecruit_per_day = 4.0;
/// Neutrophil loss: "usually gone by day 3–4" (F-L) → 1.2 /d (≈14 h half-life, D).
inline constexpr double kNeutrophilLoss_per_day = 1.2;
/// Macrophage influx per unit neutrophils (R/U): monocyte predominance within 2–3 d (F-R).
inline constexpr double kMacrophageRecruit_per_day = 1.5;
/// Macrophage loss: Jin 2011 0.6 /d (Waugh & Sherratt 2006: 0.2 /d); §8.10: 0.2–0.6.
inline constexpr double kMacrophageLoss_per_day = 0.6;
/// Clot lysis half-life 1 d (R/U): erythema resolves within 48 h (Donnelly 2014).
inline constexpr double kClotLysis_per_day = kLn2 / 1.0;

// ---- Growth factor (TGF-β / PDGF) -------------------------------------------------------------
/// TGF-β decay: Waugh & Sherratt 2006 d₂ = 9.1 /d (Jin 2011: 15 /d); §8.10: 9–15.
inline constexpr double kGrowthFactorDecay_per_day = 9.1;
/// Relative sources of the signal: platelets in the clot (PDGF, TGF-β within minutes-hours),
/// macrophages (Waugh & Sherratt k₄), injured keratinocytes/fibroblasts (FGF-7, VEGF); R/U.
inline constexpr double kGfFromClot = 0.6;
inline constexpr double kGfFromMacrophages = 0.8;
inline constexpr double kGfFromDamage = 0.3;
/// Extra platelet growth factors from topical PRP, in open channels (R/U).
inline constexpr double kGfFromPrp = 0.25;

// ---- Proliferation
// -------------------------------------------------------------------------------
/// Fibroblast proliferation: Jin 2011 0.924 /d (Olsen 1995 ≈0.8); §8.10 ≈0.9.
inline constexpr double kFibroblastGrowth_per_day = 0.924;
/// Fibroblast apoptosis: Jin 2011 0.12 /d; §8.10.
inline constexpr double kFibroblastDeath_per_day = 0.12;
/// Fibroblast carrying capacity, × baseline (R/U; Jin 2011 caps density at 1250 cells/mm³).
inline constexpr double kFibroblastMax = 3.0;
/// Growth-factor level for half-maximal proliferation (R/U).
inline constexpr double kGfHalfSaturation = 0.15;
/// Fibroblast random motility 1e-6 cm²/d = 100 µm²/d (Olsen 1995 range, R/U).
inline constexpr double kFibroblastMotility_um2_per_day = 100.0;
/// New vessels: sprouting driven by macrophage VEGF (VEGF peak d 3–7, R/U), pruned over weeks.
inline constexpr double kAngiogenesis_per_day = 0.6;
inline constexpr double kVesselPruning_per_day = kLn2 / 10.0;  ///< R/U, 10 d half-life

// ---- Matrix ------------------------------------------------------------------------------------
/// Baseline dermal collagen shares: type I 80 %, III 15 %, others 5 % (Adv Wound Care 2015).
inline constexpr double kShareI = 0.80;
inline constexpr double kShareIII = 0.15;
inline constexpr double kShareOther = 0.05;
/// New collagen per unit fibroblast excess, × baseline total per day; calibrated so that four
/// monthly sessions give ≈2× dermal density 3 months later (Kenkel 2021, +102 %).
inline constexpr double kCollagenSynthesis_per_day = 0.0225;
/// Total collagen ceiling, × baseline (R/U): repeated sessions saturate.
inline constexpr double kCollagenMax = 3.0;
/// Type I share of new collagen: logistic in wound age, midpoint 4 d, width 1 d, top 0.85.
/// Gay 1978: III at 24–48 h, I absent then, I rising from 72 h; by week 2 I dominates (F-L).
inline constexpr double kTypeISwitch_d = 4.0;
inline constexpr double kTypeISwitchWidth_d = 1.0;
inline constexpr double kTypeIShareMax = 0.85;
/// III → I remodelling half-life 60 d (R/U; "months", remodelling 8 weeks to 1 year, F-L).
inline constexpr double kIIIToI_per_day = kLn2 / 60.0;
/// Turnover of excess collagen, half-life 1 year (R/U; maintenance every 6–12 months, F-L).
inline constexpr double kCollagenTurnover_per_day = kLn2 / 365.0;
/// Elastin: synthesis per fibroblast excess, ceiling, turnover (R/U; Aust 2008: "considerable
/// increase" of elastin, Kenkel 2021: total elastin protein unchanged → kept small).
inline constexpr double kElastinSynthesis_per_day = 0.004;
inline constexpr double kElastinMax = 1.5;
inline constexpr double kElastinTurnover_per_day = kLn2 / 365.0;

// ---- Thickness ----------------------------------------------------------------------------------
/// Epidermal thickening: keratinocyte stimulation by the junction growth factor (R/U rate,
/// calibrated to Aust 2008: stratum spinosum +40 % one year after 1–4 sessions).
inline constexpr double kEpidermisGrowth_per_day = 0.17;
inline constexpr double kEpidermisMax = 0.8;  ///< ceiling of relative spinosum gain
inline constexpr double kEpidermisDecay_per_day = kLn2 / 540.0;  ///< R/U, slow
/// Share of the viable epidermis that is stratum spinosum (R/U).
inline constexpr double kSpinosumShare = 0.75;
/// Share of added dermal matrix that thickens rather than densifies the dermis (R/U; Kenkel
/// 2021 reports density, not thickness).
inline constexpr double kDermisSwelling = 0.15;

// ---- Age, condition, topical
// ----------------------------------------------------------------------
/// Procollagen I: 82 ng/ml at 18–29 y vs 56 at 80+ (Varani 2006) → −32 % from 24 to 85 y.
inline constexpr double kCollagenAgeLoss = 0.32;
inline constexpr double kCollagenAgeYoung_years = 24.0;
inline constexpr double kCollagenAgeOld_years = 85.0;
/// Hypertrophic scars respond poorly (issue 3; R/U magnitude).
inline constexpr double kHypertrophicResponse = 0.4;
/// Contraindicated inflamed skin (acne, rosacea, eczema) reacts more strongly (R/U).
inline constexpr double kInflamedSkinBoost = 1.5;
/// Vitamin C (prolyl hydroxylase cofactor; Aust 2008 used vitamins A+C) → +10 % synthesis (R/U).
inline constexpr double kVitaminCBoost = 1.1;

}  // namespace dv::sim::param
