// The depth ruler just left of the block's front face: the layers as coloured segments, the
// nominal needle length in grey and the effective depth in orange beside them, ticks every
// 0.25 mm. Read against the layers, it answers "which layer did the needle reach?".
#include <algorithm>

#include "scene/treatment_parts.h"

namespace dv::scene {
namespace {
// Columns of the ruler, x in mm (inside the front view's margin left of the block).
constexpr float kLayersX0 = -1.592f, kLayersX1 = -1.560f;
constexpr float kDepthX0 = -1.556f, kDepthX1 = -1.512f;
constexpr float kTickX0 = -1.600f;

void rect(MeshBatch& m, float x0, float y0, float x1, float y1, float z, const glm::vec3& c) {
  const glm::vec3 n{0.0f, 0.0f, 1.0f};
  const std::uint32_t a = push_vertex(m, {x0, y0, z}, n, c), bb = push_vertex(m, {x1, y0, z}, n, c);
  const std::uint32_t cc = push_vertex(m, {x1, y1, z}, n, c), d = push_vertex(m, {x0, y1, z}, n, c);
  push_quad(m, a, bb, cc, d);
}
}  // namespace

void build_ruler(TreatBuilder& b) {
  MeshBatch& m = b.batch(Structure::treatment);
  const BlockLayout& l = b.layout;
  const float z = l.front_z;
  const struct {
    float top, bottom;
    Material mat;
  } layers[] = {{0.0f, l.corneum_bottom_y, Material::corneum},
                {l.corneum_bottom_y, l.junction_y, Material::keratinocyte},
                {l.junction_y, l.papillary_bottom_y, Material::papillary_dermis},
                {l.papillary_bottom_y, l.dermis_bottom_y, Material::reticular_dermis},
                {l.dermis_bottom_y, l.block_bottom_y, Material::fat}};
  for (const auto& s : layers) rect(m, kLayersX0, s.bottom, kLayersX1, s.top, z, b.col(s.mat));
  // Ticks every 0.25 mm, longer every 0.5 mm.
  const glm::vec3 tick = b.col(Material::ruler);
  for (int i = 0; - 0.25f * static_cast<float>(i) >= l.block_bottom_y; ++i) {
    const float y = -0.25f * static_cast<float>(i);
    const float x0 = (i % 2 == 0) ? kTickX0 - 0.03f : kTickX0;
    rect(m, x0, y - 0.004f, kLayersX0, y + 0.004f, z, tick);
  }
  // Nominal needle length (clamped to the block drawn) and the effective depth over it.
  const float nominal =
      std::min(static_cast<float>(b.course.scenario().needle_depth_mm), -l.block_bottom_y);
  const float eff = std::min(static_cast<float>(b.course.needling().effective_depth_um) * 0.001f,
                             -l.block_bottom_y);
  rect(m, kDepthX0, -nominal, kDepthX1, 0.0f, z, b.col(Material::ruler_nominal));
  rect(m, kDepthX0 + 0.008f, -eff, kDepthX1, 0.0f, z + 0.002f, b.col(Material::ruler_effective));
  rect(m, kDepthX0 - 0.01f, -eff - 0.006f, kDepthX1 + 0.01f, -eff, z + 0.003f,
       b.col(Material::ruler_effective));
  b.label("label.needle_length", {kDepthX0, -nominal, z}, Structure::treatment);
  b.label("label.effective_depth", {kDepthX1, -eff, z}, Structure::treatment);
  b.legend("label.needle_length", Material::ruler_nominal, Structure::treatment);
  b.legend("label.effective_depth", Material::ruler_effective, Structure::treatment);
}

}  // namespace dv::scene
