#include "sim/sensation.h"

#include <algorithm>
#include <cmath>

namespace dv::sim {
namespace {
// Hill curve through the calibration points (MODEL.md §13): 1.5 mm pen on the cheek, 4 passes,
// no anaesthetic → ≈7.7; with topical (45 min) ≈5 (Luz 2017 5.2 ± 1.7; Ibrahim 2016 5.4 ± 1.0).
constexpr double kHalfReach_mm = 0.27;     // reach giving half the scale (fitted)
constexpr double kHillExponent = 1.8;      // Gill 2008: 3× needle length → ≈7× pain
constexpr double kDensityExponent = 0.3;   // Gill 2008: 10× needles → ≈2× pain
constexpr double kReferenceDensity = 320;  // channels per cm² of the default pen session
constexpr double kMaxRelief = 0.4;         // topical anaesthetic, fully absorbed (R/U)
constexpr double kReliefTau_min = 25.0;    // absorption time constant (R/U; EMLA 30–60 min)
}  // namespace

double nerve_density_at(const SkinLayers& skin, double depth_um) {
  if (depth_um < skin.stratum_corneum_um) return 0.0;
  if (depth_um < skin.papillary_bottom_um()) return 1.0;
  if (depth_um < skin.dermis_bottom_um()) return 0.3;
  return 0.1;
}

double nerve_reach_mm(const SkinLayers& skin, double depth_um) {
  const double bounds[] = {skin.stratum_corneum_um, skin.papillary_bottom_um(),
                           skin.dermis_bottom_um(), 1e12};
  const double density[] = {1.0, 0.3, 0.1};
  double reach = 0.0;
  for (int i = 0; i < 3; ++i) {
    const double top = bounds[i], bottom = bounds[i + 1];
    reach += density[i] * std::max(0.0, std::min(depth_um, bottom) - top);
  }
  return reach / 1000.0;
}

double anaesthetic_relief(Anaesthetic a, double wait_min) {
  if (a == Anaesthetic::none) return 0.0;
  return kMaxRelief * (1.0 - std::exp(-std::max(0.0, wait_min) / kReliefTau_min));
}

double region_sensitivity(Region r) {
  switch (r) {
    case Region::perioral: return 1.4;
    case Region::periorbital: return 1.4;
    case Region::nose: return 1.2;
    case Region::forehead: return 1.1;
    case Region::temple: return 1.1;
    case Region::chin: return 1.05;
    case Region::zygoma: return 1.05;
    case Region::cheek: return 1.0;
    case Region::neck: return 1.0;
    case Region::hand_dorsum: return 1.0;
    case Region::decollete: return 0.95;
    case Region::upper_arm: return 0.85;
    case Region::abdomen: return 0.85;
    case Region::thigh: return 0.85;
    case Region::back: return 0.8;
  }
  return 1.0;
}

double sensation_index(const Scenario& sc, const SkinLayers& skin, const Needling& n) {
  const double reach = nerve_reach_mm(skin, n.effective_depth_um);
  const double density =
      std::pow(std::max(n.channels_per_cm2, 1.0) / kReferenceDensity, kDensityExponent);
  const double x =
      std::pow(reach / kHalfReach_mm, kHillExponent) * density * region_sensitivity(sc.region);
  const double raw = 10.0 * x / (1.0 + x);
  return std::clamp(raw * (1.0 - anaesthetic_relief(sc.anaesthetic, sc.anaesthetic_wait_min)), 0.0,
                    10.0);
}

int sensation_band(double index) {
  if (index < 2.0) return 0;
  if (index < 4.0) return 1;
  if (index < 6.5) return 2;
  return 3;
}

}  // namespace dv::sim
