// palette.h: the one place where a material gets its colour, for every stain.
#pragma once

#include <glm/glm.hpp>

#include "scene/skin_block.h"

namespace dv::scene {

/// Everything in the block that has its own colour.
enum class Material {
  corneum,           ///< stratum corneum
  skin_surface,      ///< top of the block (the skin as seen from outside)
  epidermis,         ///< viable epidermis between the cells (intercellular)
  keratinocyte,      ///< spinous-layer cell
  basal_cell,        ///< basal-layer cell
  granular_cell,     ///< granular-layer cell
  nucleus,           ///< cell nucleus
  papillary_dermis,  ///< papillary dermis ground substance
  papillary_fibre,   ///< fine loose collagen fibres of the papillary dermis
  reticular_dermis,  ///< reticular dermis between the bundles
  collagen_bundle,   ///< thick reticular collagen bundle
  elastin,           ///< elastin fibre
  fibroblast,        ///< fibroblast cytoplasm
  fat,               ///< adipocyte
  septum,            ///< fibrous septum between fat lobules
  fat_matrix,        ///< thin membranes between adipocytes (the subcutis band's base colour)
  capillary,         ///< capillary loop (arterial limb)
  capillary_venous,  ///< capillary loop (venous limb)
  arteriole,         ///< plexus arteriole
  venule,            ///< plexus venule
  follicle_sheath,   ///< outer root sheath of the hair follicle
  hair,              ///< hair shaft
  hair_bulb,         ///< hair matrix in the bulb
  hair_papilla,      ///< dermal papilla of the hair
  sebaceous,         ///< sebaceous gland lobule
  sweat_gland,       ///< eccrine secretory coil
  sweat_duct,        ///< eccrine duct
  pore,              ///< pore opening on the surface
  // Treatment and healing (issue 4), drawn over the block by build_treatment.
  device_body,           ///< pen body, roller handle, stamp plate
  device_head,           ///< needle cartridge, drum, stamp head
  needle,                ///< steel needle
  channel,               ///< open micro-channel (the empty hole in section)
  blood,                 ///< fresh blood in a channel and on the surface
  clot,                  ///< fibrin clot and crust
  neutrophil,            ///< neutrophil cytoplasm
  neutrophil_nucleus,    ///< neutrophil lobed nucleus
  macrophage,            ///< macrophage cytoplasm
  growth_factor,         ///< growth-factor halo (drawn translucent)
  recruited_fibroblast,  ///< fibroblast recruited above the baseline
  new_capillary,         ///< new capillary sprout
  new_collagen_III,      ///< thin new collagen III fibre
  new_collagen_I,        ///< thick new collagen I bundle
  new_elastin,           ///< new elastin fibre
  ruler,                 ///< depth ruler bar and ticks
  ruler_nominal,         ///< nominal needle length on the ruler
  ruler_effective,       ///< effective depth on the ruler
  // Anatomy of issue 14.
  nerve,            ///< nerve fibre and plexus bundle
  nerve_ending,     ///< free nerve ending in the epidermis
  meissner,         ///< Meissner's corpuscle (stacked lamellar cells)
  pacinian,         ///< Pacinian corpuscle lamellae
  pacinian_core,    ///< Pacinian corpuscle inner core with the axon
  arrector_pili,    ///< smooth muscle of the arrector pili
  melanocyte,       ///< melanocyte cell body and dendrites
  melanin,          ///< melanin cap over a keratinocyte nucleus
  erythema,         ///< redness of the surface after a session (drawn translucent)
  flake,            ///< shedding flake of stratum corneum
  pih_patch,        ///< possible post-inflammatory pigment (drawn translucent)
  topical_product,  ///< product applied on the surface and in the channels (translucent)
  count
};

/// Linear RGB of a material under a stain.
glm::vec3 palette(Material m, Stain s);
/// Linear RGB of the skin seen from outside for Fitzpatrick type 1–6 (clamped) under a stain:
/// lighter for lower types (illustrated); the stains keep their own surface colour.
glm::vec3 skin_surface_colour(int fitzpatrick, Stain s);
/// palette() with the epidermis's own colours (cells and intercellular) darkened by melanin for
/// Fitzpatrick type 1–6: lighter than the table for I–II, darker for IV–VI (basal layer most).
glm::vec3 skin_palette(Material m, Stain s, int fitzpatrick);
/// sRGB (display) → linear RGB, per channel.
glm::vec3 srgb_to_linear(const glm::vec3& srgb);
/// Linear RGB → sRGB (display), per channel.
glm::vec3 linear_to_srgb(const glm::vec3& linear);

}  // namespace dv::scene
