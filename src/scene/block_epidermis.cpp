// Keratinocytes in section: a palisade of columnar basal cells along the junction, polygonal
// spinous cells above, flattened granular cells under the stratum corneum (cells 10–15 µm).
#include <algorithm>
#include <cmath>

#include "scene/block_parts.h"

namespace dv::scene {
namespace {
constexpr float kBasalStep_mm = 0.0075f;    // basal cells ≈7–8 µm wide
constexpr float kSpinousPitch_mm = 0.011f;  // spinous cells ≈10–15 µm
constexpr float kGranularBand_mm = 0.011f;  // 1–3 flattened layers under the corneum
constexpr float kCellBase_mm = 0.0015f;
constexpr float kCellHeight_mm = 0.003f;

glm::vec3 jitter(const glm::vec3& c, Rng& r) {
  return c * r.range(0.92f, 1.06f);
}
}  // namespace

void build_epidermis_cells(BlockBuilder& b, const Face& f) {
  const BlockGeometry& g = b.geo;
  // The cells are thousands of tiny domes: left out while the camera moves (the band stays).
  MeshBatch& m = b.batch(Structure::epidermis, 0.0f, Lod::full_only);
  Rng r{g.seed * 31ull + static_cast<std::uint64_t>(f.normal.x > 0.5f ? 2 : 1)};
  auto junction = [&](float u) {
    const glm::vec2 p = BlockBuilder::xz(f, u);
    return g.junction(p.x, p.y);
  };
  auto corneum = [&](float u) {
    const glm::vec2 p = BlockBuilder::xz(f, u);
    return g.corneum_bottom(p.x, p.y);
  };
  const glm::vec3 basal = b.col(Material::basal_cell), spinous = b.col(Material::keratinocyte);
  const glm::vec3 granular = b.col(Material::granular_cell), nucleus = b.col(Material::nucleus);

  // Basal palisade: march along the junction curve by arc length, cells standing on it.
  const float du = 0.0015f;
  float u = f.u_min + 0.005f, acc = 0.0f;
  float prev = junction(u);
  while (u < f.u_max - 0.005f) {
    const float next = junction(u + du);
    acc += std::sqrt(du * du + (next - prev) * (next - prev));
    u += du;
    if (acc >= kBasalStep_mm) {
      acc = 0.0f;
      const glm::vec2 n = glm::normalize(glm::vec2(-(next - prev) / du, 1.0f));
      const glm::vec2 c = glm::vec2(u, next) + n * 0.0055f;
      const float ang = std::atan2(n.y, n.x);
      add_relief_dome(m, f, c, {0.0052f, 0.0034f}, ang, kCellHeight_mm, kCellBase_mm,
                      jitter(basal, r), 6, 1);
      add_relief_dome(m, f, c + n * 0.0008f, {0.0028f, 0.0018f}, ang, kCellHeight_mm * 1.6f,
                      kCellBase_mm, nucleus, 4, 1);
    }
    prev = next;
  }
  // Spinous and granular cells on a jittered lattice between the palisade and the corneum.
  const float dy = kSpinousPitch_mm * 0.87f;
  for (int row = 0;; ++row) {
    bool any = false;
    const float y_row = 0.0f - g.corneum_mm - 0.004f - static_cast<float>(row) * dy;
    if (y_row < -g.junction_mm - 0.6f * g.ridge_mm - 0.02f) break;
    const float shift = (row & 1) ? 0.5f * kSpinousPitch_mm : 0.0f;
    for (float uc = f.u_min + 0.006f + shift; uc < f.u_max - 0.006f; uc += kSpinousPitch_mm) {
      const float cu = uc + r.range(-0.0025f, 0.0025f);
      const float top = corneum(cu);
      const float cy = y_row + (top - (0.0f - g.corneum_mm)) + r.range(-0.002f, 0.002f);
      const float jl = std::max({junction(cu), junction(cu - 0.005f), junction(cu + 0.005f)});
      if (cy < jl + 0.0115f || cy > top - 0.004f) continue;
      any = true;
      if (top - cy < kGranularBand_mm) {
        add_relief_dome(m, f, {cu, cy}, {0.0068f, 0.0026f}, r.range(-0.15f, 0.15f), kCellHeight_mm,
                        kCellBase_mm, jitter(granular, r), 6, 1);
        add_relief_dome(m, f, {cu + 0.002f, cy}, {0.0016f, 0.0012f}, 0.0f, kCellHeight_mm * 1.5f,
                        kCellBase_mm, nucleus * 0.7f, 4, 1);
      } else {
        // Five-sided cells and four-sided nuclei: they are a few pixels across at full view, and
        // llvmpipe pays per triangle.
        add_relief_dome(m, f, {cu, cy}, {r.range(0.0048f, 0.0058f), r.range(0.0042f, 0.005f)},
                        r.range(0.0f, 3.14f), kCellHeight_mm, kCellBase_mm, jitter(spinous, r), 5,
                        1);
        add_relief_dome(m, f, {cu, cy}, {0.0022f, 0.0019f}, r.range(0.0f, 3.14f),
                        kCellHeight_mm * 1.5f, kCellBase_mm, nucleus, 4, 1);
      }
      if (f.normal.z > 0.5f && cu > -1.2f && top - cy > 0.02f) {
        b.label("label.epidermis", f.at(cu, cy, kCellHeight_mm), Structure::epidermis);
      }
    }
    (void)any;
    if (row > 200) break;
  }
  if (f.normal.z > 0.5f) {
    const float u0 = -1.3f;
    const glm::vec2 p = BlockBuilder::xz(f, u0);
    b.label("label.stratum_corneum", f.at(u0, g.surface(p.x, p.y) - 0.5f * g.corneum_mm, 0.0f),
            Structure::stratum_corneum);
  }
}

}  // namespace dv::scene
