// Needle penetration, channel geometry, injured share, bleeding and closure. Constants and
// sources: params.h and param_table.cpp.
#include "sim/needling.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <numbers>

namespace dv::sim {
namespace {

constexpr double kPi = std::numbers::pi;

double device_fraction(Device d, const ModelParams& p) {
  switch (d) {
    case Device::roller: return p.roller_fraction;
    case Device::home_roller: return p.roller_fraction;
    case Device::stamp: return p.stamp_fraction;
    case Device::pen: break;
  }
  return p.pen_fraction;
}

// Deep end of each device's penetration range (param_table.cpp: pen 0.95, roller 0.6,
// stamp 0.8): the person for whom a setting goes deepest.
double device_fraction_high(Device d) {
  switch (d) {
    case Device::roller: return 0.6;
    case Device::home_roller: return 0.6;
    case Device::stamp: return 0.8;
    case Device::pen: break;
  }
  return 0.95;
}

double logistic_open(double hours, double half_h, double spread_h) {
  if (hours < 0.0) return 0.0;
  const double z = (hours - half_h) / spread_h;
  // Scaled so that the share is exactly 1 at the moment of needling.
  const double at0 = 1.0 / (1.0 + std::exp(-half_h / spread_h));
  return std::clamp((1.0 / (1.0 + std::exp(z))) / at0, 0.0, 1.0);
}

}  // namespace

std::string_view layer_name(Layer l) {
  switch (l) {
    case Layer::stratum_corneum: return "Stratum corneum";
    case Layer::viable_epidermis: return "Viable epidermis";
    case Layer::papillary_dermis: return "Papillary dermis";
    case Layer::reticular_dermis: return "Reticular dermis";
    case Layer::subcutis: return "Subcutis";
    case Layer::beneath: return "Muscle or bone";
  }
  return "?";
}

double effective_depth_um(Device device, double needle_length_um, double firmness,
                          const ModelParams& p) {
  assert(needle_length_um > 0.0 && firmness > 0.0);
  // The skin tents before the needle punctures it (Lam 2008: short needles bury < 50 %), then
  // a device-specific share of the rest goes in (science.md §0b).
  const double f = std::clamp(device_fraction(device, p) * firmness, 0.05, 1.0);
  const double buried = f * (needle_length_um - p.tenting_um);
  return std::max(buried, p.min_penetration * needle_length_um);
}

Needling compute_needling(const Scenario& sc, const SkinLayers& skin, const ModelParams& p) {
  Needling n{};
  const double length_um = sc.needle_depth_mm * 1000.0;
  const double firm = p.region[static_cast<std::size_t>(sc.region)].firmness;
  n.effective_depth_um = effective_depth_um(sc.device, length_um, firm, p);
  n.penetration_fraction = n.effective_depth_um / length_um;
  n.depth_high_um =
      std::max(device_fraction_high(sc.device) * (length_um - p.tenting_um), n.effective_depth_um);

  double needle_um = p.pen_needle_um;
  double per_pass = p.pen_per_pass_cm2;
  if (is_roller(sc.device)) {
    needle_um = p.roller_needle_um;
    per_pass = p.roller_per_pass_cm2;
  } else if (sc.device == Device::stamp) {
    needle_um = p.stamp_needle_um;
    per_pass = p.stamp_per_pass_cm2;
  }
  n.channel_diameter_um = p.hole_to_needle * needle_um;
  n.channels_per_cm2 = per_pass * sc.passes;
  const double per_um2 = n.channels_per_cm2 * 1e-8;
  const double r_ch = 0.5 * n.channel_diameter_um;

  // Fractional injury: each channel injures a zone a few cells wide around its wall; the
  // zones fall at random, so the injured share is 1 − exp(−density × zone area) (Poisson).
  const double zone = r_ch + p.injury_halo_um;
  n.injured_fraction = 1.0 - std::exp(-per_um2 * kPi * zone * zone);

  // Bleeding: a channel bleeds when it meets a capillary loop (one per papilla, 84 /mm²) in
  // the band below the loop apices, and nearly always once it cuts the superficial plexus.
  const double d = n.effective_depth_um;
  const double g = std::clamp((d - skin.capillary_loop_apex_um) / p.loop_band_um, 0.0, 1.0);
  const double reach = r_ch + p.loop_radius_um;
  double miss = std::exp(-p.papilla_density_per_mm2 * 1e-6 * kPi * reach * reach * g);
  if (d > skin.superficial_plexus_um)
    miss *= std::exp(-(d - skin.superficial_plexus_um) / p.plexus_bleed_um);
  n.bleeding_share = g > 0.0 ? 1.0 - miss : 0.0;
  n.bleeding = n.bleeding_share > 0.0;
  n.bleeding_level = n.bleeding_share <= 0.02  ? BleedingLevel::none
                     : n.bleeding_share < 0.3  ? BleedingLevel::spotty
                     : n.bleeding_share < 0.75 ? BleedingLevel::pinpoint
                                               : BleedingLevel::uniform;

  n.reaches_dermis = d > skin.junction_depth_um();
  n.reaches_reticular = d > skin.papillary_bottom_um();
  n.reaches_subcutis = d > skin.dermis_bottom_um();
  n.reaches_beneath = d > skin.beneath_um();
  if (n.reaches_beneath)
    n.deepest_layer = Layer::beneath;
  else if (n.reaches_subcutis)
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
  const double age_factor = 1.0 + old * (p.old_closure_factor - 1.0);
  const double d_mm = d / 1000.0;
  n.barrier_half_time_h = p.barrier_half_h + p.barrier_per_mm_h * d_mm;
  n.closure_half_time_h = (p.gap_base_h + p.gap_per_mm_h * d_mm) * age_factor;
  n.closure_spread_h = p.closure_spread * n.closure_half_time_h;
  return n;
}

double open_fraction(const Needling& n, double hours) {
  return logistic_open(hours, n.closure_half_time_h, n.closure_spread_h);
}

double barrier_open_fraction(const Needling& n, double hours) {
  return logistic_open(hours, n.barrier_half_time_h, 0.25 * n.barrier_half_time_h);
}

double expected_section_channels(const Needling& n, double width_um, double slab_um) {
  return n.channels_per_cm2 * 1e-8 * width_um * slab_um;
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
    xs.push_back(-0.5 * width_um + (i + 0.2 + 0.6 * u) * stratum);
  }
  return xs;
}

}  // namespace dv::sim
