// needling.h: what one session of needles does to the skin: channel depth (with its range
// between people), width, density, injured share, which layers are breached, bleeding
// intensity, and how fast the barrier and the epithelial gaps close.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "sim/params.h"
#include "sim/scenario.h"
#include "sim/skin.h"

namespace dv::sim {

/// Skin layers from the surface down.
enum class Layer {
  stratum_corneum,
  viable_epidermis,
  papillary_dermis,
  reticular_dermis,
  subcutis,
  beneath  ///< the muscle, fascia or periosteum under the fat
};

/// Plain name of a layer ("Papillary dermis").
std::string_view layer_name(Layer l);

/// Bleeding seen on the skin during a session.
enum class BleedingLevel { none, spotty, pinpoint, uniform };

/// One session's needling; the same every session of one scenario.
struct Needling {
  double penetration_fraction;   ///< effective depth / nominal needle length, 0.1–1.0
  double effective_depth_um;     ///< channel depth below the surface (central person), µm
  double depth_high_um;          ///< channel depth at the deep end of the device's range, µm
  double channel_diameter_um;    ///< channel diameter at the surface, µm
  double channels_per_cm2;       ///< channels per cm² per session (device geometry × passes)
  double injured_fraction;       ///< share of the skin area inside an injury zone, 0..1
  double bleeding_share;         ///< share of channels that hit a capillary loop, 0..1
  BleedingLevel bleeding_level;  ///< none → spotty → pinpoint → uniform pinpoint
  bool bleeding;                 ///< bleeding_share > 0 (some channels bleed)
  bool reaches_subcutis;         ///< channel passes the dermis/subcutis border
  bool reaches_dermis;           ///< channel passes the dermal-epidermal junction (mean depth)
  bool reaches_reticular;        ///< channel passes the papillary/reticular border
  bool reaches_beneath;          ///< channel passes skin and fat into muscle/fascia/periosteum
  Layer deepest_layer;           ///< layer holding the channel tip
  double barrier_half_time_h;    ///< hours until half the channels hold water again (TEWL)
  double closure_half_time_h;    ///< hours until half the epithelial gaps are closed
  double closure_spread_h;       ///< logistic width of gap closure times, h
};

/// Needle length × penetration for `device` on skin of `firmness` (1 = cheek), µm.
double effective_depth_um(Device device, double needle_length_um, double firmness,
                          const ModelParams& p = central_params());

/// The needling of `scenario` on `skin`.
Needling compute_needling(const Scenario& scenario, const SkinLayers& skin,
                          const ModelParams& p = central_params());

/// Share of a session's epithelial gaps still open `hours` after needling (1 .. 0).
double open_fraction(const Needling& n, double hours);

/// Share of a session's channels whose barrier is still broken `hours` after needling (1 .. 0).
double barrier_open_fraction(const Needling& n, double hours);

/// Expected number of channel centres within `slab_um` of a section `width_um` wide.
double expected_section_channels(const Needling& n, double width_um, double slab_um);

/// Deterministic channel x positions (µm, −width/2..+width/2) for one session, stratified so
/// they spread across the section; `count` ≥ 1. Consumes values from `state`.
std::vector<double> section_channel_x(int count, double width_um, std::uint64_t& state);

/// Next value of a splitmix64 generator (portable, bit-exact across platforms).
std::uint64_t splitmix64(std::uint64_t& state);

}  // namespace dv::sim
