// scene.h: the GL-free description of what to draw. World units are millimetres; y points up,
// y = 0 is the mean skin surface, depth below the surface is −y. The block spans x and z.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <glm/glm.hpp>

namespace dv::scene {

/// Everything that can be toggled on or off. Each mesh batch and label belongs to one.
enum class Structure : std::uint8_t {
  stratum_corneum,
  epidermis,
  papillary_dermis,
  reticular_dermis,
  subcutis,
  capillaries,      ///< capillary loops in the papillae
  vessels,          ///< superficial and deep plexus vessels
  collagen,         ///< collagen bundles and fibres
  elastin,          ///< elastin fibres
  fibroblasts,      ///< resident fibroblasts
  hair_follicle,    ///< follicle and hair shaft
  sebaceous_gland,  ///< sebaceous gland
  sweat_gland,      ///< eccrine coil and duct
  treatment,        ///< device, needles, channels, blood (issue 4)
  healing,          ///< clot, immune cells, growth-factor halo, new vessels and fibres (issue 4)
  count
};
inline constexpr std::size_t kStructureCount = static_cast<std::size_t>(Structure::count);

/// Stable key of a structure ("reticular_dermis", "capillary_loops"): the --hide key, and with
/// "structure." in front the strings id of its name.
std::string_view structure_key(Structure s);
/// Strings id of the label that names a tissue layer itself ("label.reticular_dermis").
std::string layer_label_id(Structure s);

/// One vertex: position (mm), unit normal, linear RGBA colour.
struct Vertex {
  glm::vec3 position;  ///< mm, world space
  glm::vec3 normal;    ///< unit normal
  glm::vec4 colour;    ///< linear RGB, alpha (1 = opaque)
};

/// When a batch is drawn: always, or only at one of the two levels of detail. While the camera
/// moves, the renderer draws a lighter block (issue 13): the smallest structures are left out
/// and the top surface is drawn from a coarser grid; the full block returns when it stops.
enum class Lod : std::uint8_t {
  always,      ///< drawn at both levels
  full_only,   ///< fine detail (cells, fine fibres, the fine surface grid): not while moving
  moving_only  ///< a coarse stand-in for a full_only batch, drawn only while moving
};

/// Triangles of one structure, drawn with one call.
struct MeshBatch {
  Structure structure;                 ///< what toggles it
  std::vector<Vertex> vertices;        ///< vertex data
  std::vector<std::uint32_t> indices;  ///< triangle list, three per triangle
  bool translucent = false;            ///< drawn after opaque batches with blending, no depth write
  float specular = 0.0f;  ///< strength of the specular highlight, 0–1 (wet/glossy surfaces)
  Lod lod = Lod::always;  ///< at which level of detail it is drawn
};

/// A name pinned to a point of the block, drawn with a leader line by the overlay.
struct Label {
  std::string text;     ///< strings id of what it says ("label.micro_channel")
  glm::vec3 anchor;     ///< mm, the point it names
  Structure structure;  ///< hidden when the structure is hidden
};

/// One row of the colour legend.
struct LegendEntry {
  std::string name;     ///< strings id of what the colour means ("label.blood")
  glm::vec3 colour;     ///< linear RGB as drawn
  Structure structure;  ///< hidden when the structure is hidden
};

/// Per-structure visibility.
using Visibility = std::array<bool, kStructureCount>;
/// All structures visible.
Visibility all_visible();

/// Where the layer boundaries of the block were drawn, mm (y up, 0 = mean surface). The
/// boundaries are wavy; these are their mean heights, from which a straight front view predicts
/// which rows show which layer.
struct BlockLayout {
  float surface_y = 0.0f;           ///< mm, mean skin surface
  float corneum_bottom_y = 0.0f;    ///< mm, mean lower edge of the stratum corneum
  float junction_y = 0.0f;          ///< mm, mean dermal-epidermal junction
  float papilla_tip_y = 0.0f;       ///< mm, height of the tallest dermal papilla tips
  float papillary_bottom_y = 0.0f;  ///< mm, papillary/reticular border (superficial plexus)
  float dermis_bottom_y = 0.0f;     ///< mm, dermis/subcutis border (deep plexus)
  float block_bottom_y = 0.0f;      ///< mm, flat bottom of the block (top of the subcutis only)
  float front_z = 0.0f;             ///< mm, plane of the front (+z) cut face
  float right_x = 0.0f;             ///< mm, plane of the right (+x) cut face
  float wave_mm = 0.0f;             ///< mm, largest deviation of a drawn boundary from its mean
};

/// A complete frame's content.
struct Scene {
  glm::vec3 block_min{0.0f};        ///< mm, lower corner of the skin block
  glm::vec3 block_max{0.0f};        ///< mm, upper corner (top = highest surface point)
  std::vector<MeshBatch> batches;   ///< geometry
  std::vector<Label> labels;        ///< named structures
  std::vector<LegendEntry> legend;  ///< colour key
  BlockLayout layout;               ///< layer boundaries as drawn
};

/// Pin a label to `scene` unless one with the same text is there already.
void add_label_once(Scene& scene, const std::string& text, const glm::vec3& anchor, Structure s);

/// Finish a built scene: drop batches without triangles, and set block_min/block_max to the
/// box from `lo` to `hi` grown to hold every vertex.
void finish_scene(Scene& scene, glm::vec3 lo, glm::vec3 hi);

}  // namespace dv::scene
