// Needle penetration, channel geometry and closure. Constants and sources are in params.h.
#include "sim/needling.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <numbers>

#include "sim/params.h"

namespace dv::sim {
namespace p = param;

std::string_view layer_name(Layer l) {
  switch (l) {
    case Layer::stratum_corneum: return "Stratum corneum";
    case Layer::viable_epidermis: return "Viable epidermis";
    case Layer::papillary_dermis: return "Papillary dermis";
    case Layer::reticular_dermis: return "Reticular dermis";
    case Layer::subcutis: return "Subcutis";
  }
  return "?";
}

// Compliance = how far the skin tents under a needle before it is punctured. No site-by-site
// measurement was found (science.md §7), so these are R/U: lax thin skin (eyelid, neck,
// abdomen, inner arm) tents more; skin over bone or thick skin (forehead, back) less. Face
// values stay ≥ 1 so that a 0.25 mm setting stays above the capillary loops (science.md §8.3).
double region_compliance(Region r) {
  switch (r) {
    case Region::forehead: return 1.0;
    case Region::temple: return 1.1;
    case Region::periorbital: return 1.4;
    case Region::nose: return 1.0;
    case Region::cheek: return 1.0;
    case Region::perioral: return 1.1;
    case Region::chin: return 1.0;
    case Region::neck: return 1.3;
    case Region::decollete: return 1.1;
    case Region::back: return 0.7;
    case Region::abdomen: return 1.3;
    case Region::upper_arm: return 1.2;
    case Region::thigh: return 1.0;
    case Region::hand_dorsum: return 1.2;
  }
  assert(false && "unknown region");
  return 1.0;
}

double effective_depth_um(Device device, double needle_length_um, double compliance) {
  assert(needle_length_um > 0.0 && compliance > 0.0);
  double fraction = p::kPenFraction;
  double tenting_um = p::kPenTenting_um;
  if (device == Device::roller) {
    fraction = p::kRollerFraction;
    tenting_um = p::kRollerTenting_um;
  } else if (device == Device::stamp) {
    fraction = p::kStampFraction;
    tenting_um = p::kStampTenting_um;
  }
  const double buried = fraction * (needle_length_um - tenting_um * compliance);
  return std::max(buried, p::kMinPenetration * needle_length_um);
}

Needling compute_needling(const Scenario& sc, const SkinLayers& skin) {
  Needling n{};
  const double length_um = sc.needle_depth_mm * 1000.0;
  n.effective_depth_um = effective_depth_um(sc.device, length_um, region_compliance(sc.region));
  n.penetration_fraction = n.effective_depth_um / length_um;

  double needle_um = p::kPenNeedle_um;
  double per_pass = p::kPenChannelsPerPass_cm2;
  if (sc.device == Device::roller) {
    needle_um = p::kRollerNeedle_um;
    per_pass = p::kRollerNeedles /
               (p::kRollerDrumLength_cm * std::numbers::pi * p::kRollerDrumDiameter_cm);
  } else if (sc.device == Device::stamp) {
    needle_um = p::kStampNeedle_um;
    per_pass = p::kStampChannelsPerPass_cm2;
  }
  n.channel_diameter_um = p::kHoleToNeedle * needle_um;
  n.channels_per_cm2 = per_pass * sc.passes;

  const double d = n.effective_depth_um;
  n.bleeding = d > skin.capillary_loop_apex_um;
  n.reaches_dermis = d > skin.junction_depth_um();
  n.reaches_reticular = d > skin.papillary_bottom_um();
  n.reaches_subcutis = d > skin.dermis_bottom_um();
  if (n.reaches_subcutis)
    n.deepest_layer = Layer::subcutis;
  else if (n.reaches_reticular)
    n.deepest_layer = Layer::reticular_dermis;
  else if (n.reaches_dermis)
    n.deepest_layer = Layer::papillary_dermis;
  else if (d > skin.stratum_corneum_um)
    n.deepest_layer = Layer::viable_epidermis;
  else
    n.deepest_layer = Layer::stratum_corneum;

  // Older skin re-epithelialises later (Holt 1992), ramped in between 55 and 65 years.
  const double old = std::clamp((sc.age_years - 55.0) / 10.0, 0.0, 1.0);
  const double age_factor = 1.0 + old * (p::kOldClosureFactor - 1.0);
  n.closure_half_time_h = (p::kClosureBase_h + p::kClosurePerMm_h * d / 1000.0) * age_factor;
  n.closure_spread_h = p::kClosureSpread * n.closure_half_time_h;
  return n;
}

double open_fraction(const Needling& n, double hours) {
  if (hours < 0.0) return 0.0;
  const double z = (hours - n.closure_half_time_h) / n.closure_spread_h;
  // Scaled so that the share is exactly 1 at the moment of needling.
  const double at0 = 1.0 / (1.0 + std::exp(-n.closure_half_time_h / n.closure_spread_h));
  return std::clamp((1.0 / (1.0 + std::exp(z))) / at0, 0.0, 1.0);
}

double expected_section_channels(const Needling& n, double width_um) {
  // A channel whose centre lies y µm off the section injures it with weight exp(−y²/2σ²);
  // integrating over y gives an effective slab σ√(2π) thick.
  const double sigma_um = 0.5 * n.channel_diameter_um + p::kInjuryHalo_um;
  const double slab_um = sigma_um * std::sqrt(2.0 * std::numbers::pi);
  const double per_um2 = n.channels_per_cm2 * 1e-8;
  return per_um2 * width_um * slab_um;
}

std::uint64_t splitmix64(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

std::vector<double> section_channel_x(int count, double width_um, std::uint64_t& state) {
  assert(count >= 1);
  std::vector<double> xs;
  xs.reserve(static_cast<std::size_t>(count));
  const double stratum = width_um / count;
  for (int i = 0; i < count; ++i) {
    const double u = static_cast<double>(splitmix64(state) >> 11) * 0x1.0p-53;
    // Keep each channel inside its stratum, away from the edges, so channels never merge.
    xs.push_back(-0.5 * width_um + (i + 0.2 + 0.6 * u) * stratum);
  }
  return xs;
}

}  // namespace dv::sim
