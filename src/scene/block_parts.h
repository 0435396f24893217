// block_parts.h: the shared context of the skin block's part builders (internal to src/scene).
#pragma once

#include <string>

#include "scene/block_geometry.h"
#include "scene/mesh_build.h"
#include "scene/palette.h"
#include "scene/scene.h"
#include "scene/skin_block.h"

namespace dv::scene {

/// What every part builder needs: the boundaries, the colours, the output scene, the cut faces.
struct BlockBuilder {
  const BlockGeometry& geo;  ///< layer boundaries
  Stain stain;               ///< colour scheme
  Scene& scene;              ///< output
  Face front;                ///< front (+z) cut face, u = x
  Face right;                ///< right (+x) cut face, u = z

  /// The batch for a structure (created on first use); references stay valid while building.
  MeshBatch& batch(Structure s, float specular = 0.0f, Lod lod = Lod::always);
  /// Colour of a material under the current stain, linear RGB.
  glm::vec3 col(Material m) const { return palette(m, stain); }
  /// Pin a label unless one with the same text exists.
  void label(const std::string& text, const glm::vec3& anchor, Structure s);
  /// World (x, z) of face coordinate u.
  static glm::vec2 xz(const Face& f, float u) {
    const glm::vec3 p = f.at(u, 0.0f, 0.0f);
    return {p.x, p.z};
  }
};

/// Layer slabs: cut faces, closing faces and the top surface with its relief.
void build_slabs(BlockBuilder& b);
/// Keratinocytes from the basal layer up to the granular layer, on a cut face.
void build_epidermis_cells(BlockBuilder& b, const Face& f);
/// Collagen bundles, fine papillary fibres, elastin fibres and fibroblasts on a cut face.
void build_dermis_fibres(BlockBuilder& b, const Face& f);
/// Capillary loops and the superficial and deep plexus vessels on a cut face.
void build_vessels(BlockBuilder& b, const Face& f);
/// Fat lobules and septa of the subcutis on a cut face.
void build_fat(BlockBuilder& b, const Face& f);
/// Hair follicle with shaft and sebaceous gland; sweat gland coil and duct; pores.
void build_appendages(BlockBuilder& b);

}  // namespace dv::scene
