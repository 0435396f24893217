// Subcutis in section: adipocytes (50–150 µm) packed into lobules separated by fibrous septa that
// carry small vessels.
#include <algorithm>
#include <cmath>
#include <vector>

#include "scene/block_parts.h"

namespace dv::scene {
namespace {
constexpr float kAdipocytePitch_mm = 0.072f;
constexpr float kSeptumHalfWidth_mm = 0.016f;
constexpr float kFatHeight_mm = 0.012f;
constexpr float kBase_mm = 0.002f;
}  // namespace

void build_fat(BlockBuilder& b, const Face& f) {
  const BlockGeometry& g = b.geo;
  Rng r{g.seed * 131ull + static_cast<std::uint64_t>(f.normal.x > 0.5f ? 2 : 1)};
  MeshBatch& m = b.batch(Structure::subcutis);
  const glm::vec3 fat = b.col(Material::fat);
  auto top = [&](float u) {
    const glm::vec2 p = BlockBuilder::xz(f, u);
    return g.dermis_bottom(p.x, p.y);
  };
  const float bottom = g.block_bottom();
  // Septa: wavy, mostly vertical walls between lobules, and one running across.
  std::vector<float> septa;
  for (float u = f.u_min + r.range(0.35f, 0.6f); u < f.u_max - 0.2f; u += r.range(0.55f, 0.85f))
    septa.push_back(u);
  const float cross_t = r.range(0.45f, 0.65f), ph = r.range(0.0f, 6.28f);
  auto septum_u = [&](float s, float y) { return s + 0.05f * std::sin(y * 9.0f + s * 5.0f); };
  auto cross_y = [&](float u) {
    return top(u) + cross_t * (bottom - top(u)) + 0.04f * std::sin(u * 4.0f + ph);
  };
  auto in_septum = [&](float u, float y, float rad) {
    for (float s : septa) {
      if (std::abs(u - septum_u(s, y)) < kSeptumHalfWidth_mm + rad) return true;
    }
    return std::abs(y - cross_y(u)) < kSeptumHalfWidth_mm + rad;
  };
  const float dy = kAdipocytePitch_mm * 0.866f;
  bool labelled = false;
  int row = 0;
  for (float y = bottom + 0.5f * kAdipocytePitch_mm; y < -g.dermis_mm + 0.04f; y += dy, ++row) {
    const float shift = (row & 1) ? 0.5f * kAdipocytePitch_mm : 0.0f;
    for (float u = f.u_min + 0.04f + shift; u < f.u_max - 0.035f; u += kAdipocytePitch_mm) {
      const float rad = 0.5f * kAdipocytePitch_mm * r.range(0.96f, 1.04f);
      const glm::vec2 c{u + r.range(-0.006f, 0.006f), y + r.range(-0.006f, 0.006f)};
      if (c.y + rad > top(c.x) - 0.006f || c.y - rad < bottom + 0.004f || in_septum(c.x, c.y, rad))
        continue;
      add_relief_dome(m, f, c, {rad, rad * r.range(0.85f, 1.0f)}, r.range(0.0f, 3.0f),
                      kFatHeight_mm, kBase_mm, fat * r.range(0.9f, 1.03f), 7, 1);
      if (!labelled && f.normal.z > 0.5f && c.x > -0.3f && c.x < 0.3f) {
        b.label("label.subcutis", f.at(c.x, c.y, kFatHeight_mm), Structure::subcutis);
        labelled = true;
      }
    }
  }
  // The septa themselves: pale fibrous bands standing a little proud of the fat.
  const glm::vec3 sep = b.col(Material::septum);
  auto septum_band = [&](auto point_at) {
    std::vector<ReliefPoint> band;
    for (int i = 0; i <= 24; ++i)
      band.push_back({point_at(static_cast<float>(i) / 24.0f), kSeptumHalfWidth_mm, 0.006f, sep});
    add_relief_tube(m, f, band, 3, kBase_mm);
  };
  for (float s : septa) {
    septum_band([&](float t) {
      const float y =
          bottom + kSeptumHalfWidth_mm + t * (top(s) - bottom - 2.0f * kSeptumHalfWidth_mm);
      return glm::vec2(septum_u(s, y), y);
    });
  }
  septum_band([&](float t) {
    const float u = f.u_min + t * (f.u_max - f.u_min);
    return glm::vec2(u, cross_y(u));
  });
  // Small vessels running in the septa (red arteriole, blue venule side by side).
  MeshBatch& v = b.batch(Structure::vessels, 0.4f);
  const glm::vec3 art = b.col(Material::arteriole), ven = b.col(Material::venule);
  std::vector<ReliefPoint> pts;
  for (float s : septa) {
    for (int side = 0; side < 2; ++side) {
      pts.clear();
      const float off = side == 0 ? -0.006f : 0.006f;
      const float y0 = bottom + 0.01f, y1 = top(s) - 0.01f;
      for (int i = 0; i <= 16; ++i) {
        const float y = y0 + (y1 - y0) * static_cast<float>(i) / 16.0f;
        pts.push_back({{septum_u(s, y) + off, y}, 0.0055f, 0.01f, side == 0 ? art : ven});
      }
      add_relief_tube(v, f, pts, 4, kBase_mm);
    }
  }
  if (f.normal.z > 0.5f && !septa.empty()) {
    const float y = 0.5f * (top(septa[0]) + bottom);
    b.label("label.fat_lobule_septum", f.at(septum_u(septa[0], y) + 0.012f, y, 0.0f),
            Structure::subcutis);
  }
}

}  // namespace dv::scene
