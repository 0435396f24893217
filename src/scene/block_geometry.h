// block_geometry.h: the layer boundary surfaces of the skin block as functions of (x, z), mm.
// Internal to the scene module (used by the block's part builders and its tests).
#pragma once

#include <cstdint>
#include <vector>

#include <glm/glm.hpp>

#include "sim/skin.h"

namespace dv::scene {

/// Boundary heights of every layer, mm (y up, 0 = mean surface). All take world x, z in mm.
class BlockGeometry {
 public:
  /// Geometry for a skin site; `front_z` is the plane of the front cut face.
  BlockGeometry(const sim::SkinLayers& skin, float front_z, std::uint32_t seed);

  float surface(float x, float z) const;           ///< mm, skin surface with furrows and pores
  float corneum_bottom(float x, float z) const;    ///< mm, lower edge of the stratum corneum
  float junction(float x, float z) const;          ///< mm, dermal-epidermal junction (papillae up)
  float papillary_bottom(float x, float z) const;  ///< mm, papillary/reticular border
  float dermis_bottom(float x, float z) const;     ///< mm, dermis/subcutis border
  float block_bottom() const { return bottom_y; }  ///< mm, flat bottom of the block

  /// Papilla profile at (x, z): 1 at a papilla axis, 0 in the rete ridges between papillae.
  float papilla(float x, float z) const;
  /// Centre (x, z) of the papilla nearest to (x, z), mm.
  glm::vec2 nearest_papilla(float x, float z) const;

  float corneum_mm;      ///< stratum corneum thickness, mm
  float junction_mm;     ///< mean junction depth, mm
  float ridge_mm;        ///< rete ridge peak-to-trough, mm
  float spacing_mm;      ///< papilla spacing, mm
  float loop_apex_mm;    ///< capillary-loop apex depth below the surface, mm
  float papillary_mm;    ///< papillary/reticular border depth, mm
  float dermis_mm;       ///< dermis/subcutis border depth, mm
  float bottom_y;        ///< mm, block bottom
  float front_z;         ///< mm, front cut face plane
  std::uint32_t seed;    ///< placement seed
  glm::vec2 pores[3];    ///< (x, z) mm: sweat pore at the front face, hair exit, extra pore
  float surface_amp_mm;  ///< largest furrow depth, mm

 private:
  /// Jitter (x, z) of the papilla at lattice cell (i, j), mm: from a table over the block,
  /// from the hash outside it (same values either way).
  glm::vec2 jitter(int i, int j) const;
  int lattice_i0_ = 0, lattice_j0_ = 0, lattice_ni_ = 0, lattice_nj_ = 0;  ///< table extent
  std::vector<glm::vec2> lattice_;  ///< jitter per cell, row-major in j
};

}  // namespace dv::scene
