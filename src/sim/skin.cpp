// Region table and the sex/age scaling of skin geometry. Every number is from
// ../shared/domain/science.md; R/U marks a value with no numeric source (chosen, reason given).
#include "sim/skin.h"

#include <algorithm>
#include <cassert>

namespace dv::sim {
namespace {

// Female values at the reference age of 40 years.
struct RegionRow {
  double sc_um;         // stratum corneum
  double epi_um;        // viable epidermis
  double dermis_um;     // whole dermis, female
  double male_dermis;   // male / female dermis ratio
  double subcutis_um;   // subcutaneous fat
  double ridge_um;      // rete ridge amplitude at age 27 (young adult)
  double usual_min_mm;  // usual needle setting, shallow end
  double usual_max_mm;  // usual needle setting, deep end
};

// Meng 2022 (HFUS, Table 2) gives female / male facial dermis; Lee & Hwang 2002 (histology)
// gives chest and back. HFUS epidermis is an upper bound (Lintzeri 2022), so the epidermis
// uses histology: face 30–65 µm (Chopra 2015: 29.6–62.6 µm), trunk and limbs 55–85 µm
// (Sandby-Møller 2003: forearm 56.6, shoulder 70.3, buttock 81.5 µm).
// Stratum corneum: Sandby-Møller 2003 (forearm 18.3, shoulder 11.0, buttock 14.9 µm),
// Egawa 2007 (cheek 16.8, back of hand 29.3 µm), Tsugita 2013 (mean 14.1 µm).
// Usual needle settings: Dr.Pen depth chart and the microneedlingbeforeafter chart (F-L).
// Subcutis: Iyengar 2018 (forehead 2 mm, chin 5 mm, temporal 6 mm); others R/U.
RegionRow row(Region r) {
  switch (r) {
    // Meng 2022 forehead dermis F 0.86 / M 1.17 mm (ratio 1.36, held at 1.35, the top of
    // the 10–35 % in science.md §8.1); Iyengar 2018 fat 2 mm.
    case Region::forehead: return {13, 50, 860, 1.35, 2000, 60, 0.25, 0.75};
    // Meng 2022 temple dermis F 0.80 / M 1.06 mm; Iyengar 2018 temporal fat 6 mm.
    case Region::temple: return {14, 45, 800, 1.33, 6000, 55, 0.25, 0.5};
    // Meng 2022 eyelid dermis F 0.58 / M 0.67 mm; Lee & Hwang: eyelid epidermis 31–71 µm.
    // Fat under periorbital skin is thin (R/U 1 mm). Dr.Pen: around eyes 0.25–0.5 mm.
    case Region::periorbital: return {10, 35, 580, 1.155, 1000, 40, 0.2, 0.5};
    // Meng 2022 nasal dorsum F 0.93 / M 1.03 mm; fat R/U 1.5 mm; Dr.Pen nose 0.25–0.5.
    case Region::nose: return {15, 55, 930, 1.11, 1500, 55, 0.25, 0.75};
    // Meng 2022 zygoma F 0.87 / M 1.14 mm; Egawa 2007 cheek SC 16.8 µm; fat R/U 4 mm
    // (between Iyengar's malar ~1 mm skin and chin 5 mm fat); Dr.Pen cheek 0.5–1.5 mm.
    case Region::cheek: return {17, 50, 870, 1.31, 4000, 60, 0.5, 1.5};
    // No Meng value for the lip: dermis R/U 0.90 mm (≈ submandibular); Chopra 2015 thickest
    // epidermis upper lip 62.6 µm; Dr.Pen upper lip 0.25–0.75 mm.
    case Region::perioral: return {15, 62, 900, 1.2, 3000, 65, 0.25, 0.75};
    // Meng 2022 submandibular F 0.91 / M 1.02 mm; Iyengar 2018 mental eminence fat 5 mm.
    case Region::chin: return {15, 55, 910, 1.12, 5000, 60, 0.5, 1.5};
    // Meng 2022 neck F 0.99 / M 0.98 mm. The male ratio is raised to 1.10, the lower bound
    // of the 10–35 % the other facial sites show (science.md §8.1). Fat R/U 3 mm.
    case Region::neck: return {13, 45, 990, 1.10, 3000, 50, 0.25, 0.75};
    // Lee & Hwang 2002: chest dermis 1318–1586 µm (lower end for women). Trunk epidermis.
    case Region::decollete: return {13, 60, 1320, 1.2, 5000, 70, 0.25, 1.0};
    // Lee & Hwang 2002: back dermis 1942 µm (§8.1: about 1.9 mm); Sandby-Møller shoulder
    // SC 11.0, viable epidermis 70.3 µm. Needle range R/U (body scars and striae 1.5–2.0).
    case Region::back: return {11, 70, 1900, 1.2, 6000, 80, 1.0, 2.0};
    // Dermis R/U 1.6 mm (≈1.5–2 mm, no numeric source); stretch marks 1.5–2.0 mm settings.
    case Region::abdomen: return {14, 65, 1600, 1.2, 10000, 75, 1.5, 2.0};
    // Dermis R/U 1.2 mm (≈1.0–1.5 mm); forearm epidermis as proxy (Sandby-Møller 2003).
    case Region::upper_arm: return {18, 57, 1200, 1.2, 6000, 70, 1.0, 1.5};
    // Dermis R/U 1.6 mm (≈1.5–2 mm); buttock epidermis as proxy (Sandby-Møller 2003).
    case Region::thigh: return {15, 80, 1600, 1.2, 8000, 80, 1.5, 2.0};
    // Lee & Hwang 2002: dorsum of hand epidermis 138–189 µm (whole epidermis, so 110 µm viable
    // + Egawa 2007 back-of-hand SC 29.3 µm); dermis R/U 1.1 mm; settings R/U 0.25–0.5 mm.
    case Region::hand_dorsum: return {29, 110, 1100, 1.2, 2000, 90, 0.25, 0.5};
  }
  assert(false && "unknown region");
  return {};
}

// Papillary dermis ≈300–400 µm on average skin (Sorrell & Caplan 2004); on thin facial skin it
// cannot take that much of the dermis, so it is a third of the dermis, held within 150–400 µm.
constexpr double kPapillaryShare = 0.30;
constexpr double kPapillaryMin_um = 150.0;
constexpr double kPapillaryMax_um = 400.0;

// Dermal papilla density 84 /mm² (Lacarrubba 2025) → ≈110 µm centre-to-centre (D).
constexpr double kPapillaSpacing_um = 110.0;

// Capillary loops rise to within a few tens of µm of the papilla tip (science.md §1c, D):
// the loop apex sits this far below the tip of the papilla.
constexpr double kLoopBelowPapillaTip_um = 25.0;
// Epidermis over the papilla tip is never thinner than this (suprapapillary plate, R/U).
constexpr double kSuprapapillaryPlate_um = 30.0;

// Upper plexus: 400–650 µm below the stratum corneum on the forearm (Braverman mapping); we
// place it at the papillary/reticular border (Sorrell & Caplan 2004: the border is the plexus).

// Ageing: dermis −6 % per decade (Branchet 1990, upper inner arm); viable epidermis about
// −6.5 % per decade (Branchet: −7.2 % men, −5.7 % women). Reference age 40 (factor 1).
constexpr double kDermisLossPerYear = 0.006;
constexpr double kEpidermisLossPerYear_female = 0.0057;
constexpr double kEpidermisLossPerYear_male = 0.0072;
constexpr double kReferenceAge_years = 40.0;
// Interdigitation index ≈20 % lower at 51 y than at 27 y (Timár): ≈0.83 % per year.
constexpr double kRidgeLossPerYear = 0.20 / (50.9 - 26.6);
constexpr double kRidgeReferenceAge_years = 26.6;

}  // namespace

double dermis_age_factor(double age_years) {
  // Thickness rises to about 20 years and falls after (Tan 1982); held flat below 20.
  const double a = std::max(age_years, 20.0);
  return std::clamp(1.0 - kDermisLossPerYear * (a - kReferenceAge_years), 0.6, 1.2);
}

SkinLayers skin_layers(Region region, Sex sex, double age_years) {
  const RegionRow r = row(region);
  const bool male = sex == Sex::male;
  const double a = std::max(age_years, 20.0);

  const double epi_loss = male ? kEpidermisLossPerYear_male : kEpidermisLossPerYear_female;
  // Men's epidermis is a little thicker (Sandby-Møller 2003); 5 % is R/U.
  const double epi = r.epi_um * (male ? 1.05 : 1.0) *
                     std::clamp(1.0 - epi_loss * (a - kReferenceAge_years), 0.6, 1.2);
  const double dermis = r.dermis_um * (male ? r.male_dermis : 1.0) * dermis_age_factor(age_years);

  const double papillary = std::clamp(kPapillaryShare * dermis, kPapillaryMin_um, kPapillaryMax_um);
  const double ridge =
      r.ridge_um *
      std::clamp(1.0 - kRidgeLossPerYear * (age_years - kRidgeReferenceAge_years), 0.4, 1.0);

  SkinLayers s{};
  s.stratum_corneum_um = r.sc_um;
  s.viable_epidermis_um = epi;
  s.papillary_dermis_um = papillary;
  s.reticular_dermis_um = dermis - papillary;
  s.subcutis_um = r.subcutis_um;
  // Thin, old epidermis can leave no room for ridges: the amplitude never goes negative.
  s.rete_ridge_height_um = std::max(0.0, std::min(ridge, 2.0 * (epi - kSuprapapillaryPlate_um)));
  s.papilla_spacing_um = kPapillaSpacing_um;
  // The papilla tips rise half the ridge amplitude above the mean junction.
  const double papilla_tip = s.junction_depth_um() - 0.5 * s.rete_ridge_height_um;
  s.capillary_loop_apex_um = papilla_tip + kLoopBelowPapillaTip_um;
  s.superficial_plexus_um = s.papillary_bottom_um();
  s.deep_plexus_um = s.dermis_bottom_um();
  s.usual_depth_min_mm = r.usual_min_mm;
  s.usual_depth_max_mm = r.usual_max_mm;
  return s;
}

}  // namespace dv::sim
