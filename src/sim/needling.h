// needling.h: what one session of needles does to the skin: channel depth, width, density,
// which layers are breached, bleeding, and how fast the channels close.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "sim/scenario.h"
#include "sim/skin.h"

namespace dv::sim {

/// Skin layers from the surface down.
enum class Layer {
  stratum_corneum,
  viable_epidermis,
  papillary_dermis,
  reticular_dermis,
  subcutis
};

/// Plain name of a layer ("Papillary dermis").
std::string_view layer_name(Layer l);

/// One session's needling; the same every session of one scenario.
struct Needling {
  double penetration_fraction;  ///< effective depth / nominal needle length, 0.2–1.0
  double effective_depth_um;    ///< channel depth below the surface, µm
  double channel_diameter_um;   ///< channel diameter at the surface, µm
  double channels_per_cm2;      ///< channels per cm² per session (device geometry × passes)
  bool bleeding;                ///< channel reaches the capillary-loop apices
  bool reaches_subcutis;        ///< channel passes the dermis/subcutis border
  bool reaches_dermis;          ///< channel passes the dermal-epidermal junction (mean depth)
  bool reaches_reticular;       ///< channel passes the papillary/reticular border
  Layer deepest_layer;          ///< layer holding the channel tip
  double closure_half_time_h;   ///< hours until half the channels are closed
  double closure_spread_h;      ///< logistic width of closure times, h
};

/// Skin compliance of a region relative to the cheek (1 = cheek; higher = more tenting).
double region_compliance(Region r);

/// Needle length × penetration for `device` on skin of `compliance`, µm (science.md §2).
double effective_depth_um(Device device, double needle_length_um, double compliance);

/// The needling of `scenario` on `skin`.
Needling compute_needling(const Scenario& scenario, const SkinLayers& skin);

/// Share of a session's channels still open `hours` after needling (1 open .. 0 closed).
double open_fraction(const Needling& n, double hours);

/// Expected number of channel centres whose injury reaches a 2D section `width_um` wide
/// (density × width × effective slab thickness of one channel's injury zone).
double expected_section_channels(const Needling& n, double width_um);

/// Deterministic channel x positions (µm, −width/2..+width/2) for one session, stratified so
/// they spread across the section; `count` ≥ 1. Consumes values from `state`.
std::vector<double> section_channel_x(int count, double width_um, std::uint64_t& state);

/// Next value of a splitmix64 generator (portable, bit-exact across platforms).
std::uint64_t splitmix64(std::uint64_t& state);

}  // namespace dv::sim
