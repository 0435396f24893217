// treatment_parts.h: the shared context of the treatment overlay's part builders (internal to
// src/scene): the snapshot, the block's boundaries as drawn, the needling progress, the output.
#pragma once

#include <string>

#include "scene/block_geometry.h"
#include "scene/mesh_build.h"
#include "scene/palette.h"
#include "scene/treatment.h"
#include "sim/params.h"

namespace dv::scene {

/// Relief heights over the front cut face, mm: above the block's own section content
/// (≤ 0.02 mm) so the injuries and new tissue read on top of it; cells above fibres.
inline constexpr float kFibreBase_mm = 0.006f;    ///< new fibres and capillaries
inline constexpr float kCellBase_mm = 0.014f;     ///< immune cells, fibroblasts
inline constexpr float kChannelBase_mm = 0.030f;  ///< channels cut through everything
inline constexpr float kBloodBase_mm = 0.034f;    ///< blood and clot inside the channels

/// What every treatment part builder needs.
struct TreatBuilder {
  const sim::Course& course;  ///< the simulated course
  const sim::Snapshot& snap;  ///< the state drawn
  const BlockLayout& layout;  ///< the block's mean boundaries
  BlockGeometry geo;          ///< the block's wavy boundaries, matched to `layout`
  Stain stain;                ///< colour scheme
  std::uint32_t seed;         ///< placement seed
  Scene& scene;               ///< output
  Face front;                 ///< front (+z) cut face, u = x
  TreatmentCounts& counts;    ///< instance counts, filled by the parts
  double hours;               ///< hours since the latest session started
  float progress;             ///< needling progress across the block, 0..1 (1 once finished)
  bool needling;              ///< the device is over the block
  float device_x;             ///< mm, x of the device's needle row while needling
  bool soft_blood;            ///< blood and clot drawn in soft, pale tones (patient view)

  /// The batch for a structure and look (created on first use; references stay valid).
  MeshBatch& batch(Structure s, bool translucent = false, float specular = 0.0f);
  /// Colour of a material under the current stain, linear RGB.
  glm::vec3 col(Material m) const {
    const glm::vec3 c = palette(m, stain);
    if (!soft_blood || (m != Material::blood && m != Material::clot)) return c;
    return glm::mix(c, glm::vec3(0.90f, 0.62f, 0.60f), 0.7f);  // a calm, pale rose
  }
  /// Pin a label unless one with the same text exists.
  void label(const std::string& text, const glm::vec3& anchor, Structure s);
  /// Add a legend row unless one with the same name exists.
  void legend(const std::string& name, Material m, Structure s);
  /// Field value at world (x, y) on the section, mm.
  float field(sim::Field f, float x_mm, float y_mm) const {
    return snap.fields.at(f, static_cast<double>(x_mm) * 1000.0,
                          -static_cast<double>(y_mm) * 1000.0);
  }
  /// Hours since the needle row passed world x (negative: not yet made).
  double hours_since_made(float x_mm) const;
  /// Skin surface height on the front cut face at x, mm.
  float surface(float x) const { return geo.surface(x, layout.front_z); }
  /// Dermal-epidermal junction on the front cut face at x, mm.
  float junction(float x) const { return geo.junction(x, layout.front_z); }
  /// Dermis/subcutis border on the front cut face at x, mm.
  float dermis_bottom(float x) const { return geo.dermis_bottom(x, layout.front_z); }
};

/// The device above the block and its needles (only while needling).
void build_device(TreatBuilder& b);
/// The depth ruler beside the block: layers, nominal needle length, effective depth.
void build_ruler(TreatBuilder& b);
/// Channels on the cut face, pores on the top surface, blood, droplets and clot.
void build_channels(TreatBuilder& b);
/// Neutrophils, macrophages, the growth-factor halo and recruited fibroblasts.
void build_healing_cells(TreatBuilder& b);
/// New capillaries, new collagen III and I fibres and new elastin.
void build_healing_matrix(TreatBuilder& b);

}  // namespace dv::scene
