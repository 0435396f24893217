// Per-region skin for a woman of 40: science.md §0a (total = epidermis + dermis, with the
// between-person range), Iyengar 2018 for the fat where measured, the Dr.Pen chart and Harris
// 2015 for usual settings (F-L). Epidermis and stratum corneum are histology values (§8.1).
#include "sim/region_data.h"

#include <array>
#include <cassert>

namespace dv::sim {
namespace {

static_assert(kAllRegions.size() == static_cast<std::size_t>(kRegionCount),
              "params.h kRegionCount must match the Region enum");

// total, male, fat, sc, viable epi, ridge, firmness, usual min, usual max
constexpr std::array<RegionParams, kRegionCount> kCentral = {{
    {1.20, 1.25, 2.0, 13, 50, 60, 1.05, 0.25, 0.75},  // forehead
    {1.00, 1.25, 6.0, 14, 45, 55, 1.00, 0.25, 0.5},   // temple
    {0.75, 1.15, 0.8, 11, 35, 40, 0.85, 0.2, 0.5},    // periorbital
    {1.10, 1.15, 1.5, 15, 55, 55, 1.05, 0.25, 0.75},  // nose
    {1.30, 1.23, 4.0, 17, 50, 60, 1.00, 0.5, 1.5},    // cheek (buccal, acne-scar area)
    {1.50, 1.20, 3.0, 15, 62, 65, 0.95, 0.25, 0.75},  // perioral
    {1.50, 1.20, 5.0, 15, 55, 60, 1.00, 0.5, 1.5},    // chin
    {1.20, 1.15, 3.0, 13, 45, 50, 0.90, 0.25, 0.75},  // neck
    {1.45, 1.20, 5.0, 13, 60, 70, 0.95, 0.25, 1.0},   // decollete
    {2.10, 1.20, 6.0, 11, 70, 80, 1.05, 1.0, 2.0},    // back
    {1.90, 1.20, 10.0, 14, 65, 75, 0.90, 1.5, 2.0},   // abdomen
    {2.00, 1.20, 6.0, 18, 57, 70, 0.95, 1.0, 1.5},    // upper arm (lateral)
    {1.70, 1.20, 8.0, 15, 80, 80, 1.00, 1.5, 2.0},    // thigh
    {1.25, 1.20, 2.0, 29, 110, 90, 0.95, 0.25, 0.5},  // back of the hand
    {1.00, 1.30, 1.5, 17, 50, 55, 1.05, 0.5, 1.0},    // zygoma (malar eminence)
}};

constexpr std::string_view kDrPen = "Dr.Pen depth chart (F-L)";

const std::array<RegionFacts, kRegionCount> kFacts = {{
    {0.9, 1.7, 1.5, 3.0, "frontalis", "muscle",
     "§0a forehead: Meng 2022 0.86 dermis; 50-MHz 1.86-1.98 full skin; Ha 2005", "measured",
     "Iyengar 2018 forehead 2 mm (F-P)", kDrPen},
    {0.8, 1.3, 4.0, 8.0, "temporalis", "fascia",
     "§1a Meng 2022 temple dermis 0.80 F (HFUS, +25-35 % bias, D)", "measured",
     "Iyengar 2018 temporal 6 mm (F-P)", kDrPen},
    {0.55, 1.0, 0.5, 1.5, "orbicularis_oculi", "muscle",
     "§0a lower eyelid: Meng 2022; Chopra 2015; Lee & Hwang 2002", "measured", "R/U", kDrPen},
    {0.9, 1.4, 1.0, 2.5, "nasal_bone", "periosteum", "§0a nose dorsum: Meng 2022; Chopra 2015",
     "measured", "R/U", kDrPen},
    {1.0, 1.8, 2.5, 6.0, "zygomaticus", "muscle",
     "§0a cheek: 50-MHz 1.90-2.12 minus echo; Kim 2019; Selcuk histology 1.15-1.50", "measured",
     "R/U (between malar and chin, Iyengar 2018)", "Harris 2015 median 1.5 mm; Dr.Pen (F-L)"},
    {1.2, 2.0, 2.0, 4.0, "orbicularis_oris", "muscle",
     "§0a perioral/chin: Pellacani 1999; Kim 2019 (D, low)", "assumed", "R/U", kDrPen},
    {1.2, 2.0, 4.0, 6.0, "mentalis", "muscle", "§0a perioral/chin: Pellacani 1999; Kim 2019",
     "assumed", "Iyengar 2018 mental eminence 5 mm (F-P)", kDrPen},
    {1.0, 1.6, 1.5, 5.0, "platysma", "muscle", "§0a neck: Meng 0.99; Lee & Hwang 1.32-1.59",
     "measured", "R/U", kDrPen},
    {1.3, 1.7, 3.0, 10.0, "pectoralis", "fascia", "§0a chest: Lee & Hwang 2002", "measured", "R/U",
     kDrPen},
    {1.9, 2.6, 4.0, 12.0, "trapezius", "fascia", "§0a back: Lee & Hwang 1.98; Laurent 2007 2.54",
     "measured", "R/U", "R/U (body scars and striae 1.5-2.0 mm)"},
    {1.6, 2.2, 5.0, 25.0, "rectus_sheath", "fascia", "§0a abdomen: Laurent 2007; Gibney 2010",
     "measured", "R/U", "stretch-mark settings 1.5-2.0 mm (F-L)"},
    {1.7, 2.3, 3.0, 12.0, "deltoid", "fascia", "§0a upper arm: Laurent 2007; Gibney 2010",
     "measured", "R/U", "R/U"},
    {1.5, 1.9, 5.0, 20.0, "fascia_lata", "fascia", "§0a thigh: Laurent 2007; Gibney 2010",
     "measured", "R/U", "stretch-mark settings 1.5-2.0 mm (F-L)"},
    {1.0, 1.5, 1.0, 3.0, "extensor_tendons", "tendon",
     "§1b Lee & Hwang hand epidermis 138-189 µm; dermis R/U", "assumed", "R/U", "R/U"},
    {0.85, 1.2, 1.0, 2.5, "zygomatic_bone", "periosteum", "§0a zygoma: Meng 2022; Iyengar 2018",
     "measured", "R/U (thin over bone)", "Dr.Pen cheekbones 0.5-1.0 mm (F-L)"},
}};

}  // namespace

const RegionFacts& region_facts(Region r) {
  const auto i = static_cast<std::size_t>(r);
  assert(i < kFacts.size());
  return kFacts[i];
}

RegionParams central_region(Region r) {
  const auto i = static_cast<std::size_t>(r);
  assert(i < kCentral.size());
  return kCentral[i];
}

ModelParams::ModelParams() {
  for (std::size_t i = 0; i < region.size(); ++i) region[i] = kCentral[i];
}

const ModelParams& central_params() {
  static const ModelParams p;
  return p;
}

}  // namespace dv::sim
