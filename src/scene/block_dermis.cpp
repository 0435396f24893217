// Dermal connective tissue in section: fine loose fibres in the papillary dermis, thick wavy
// collagen bundles (some cut across) in the reticular dermis, thin dark elastin fibres, and
// spindle-shaped fibroblasts between the bundles.
#include <algorithm>
#include <cmath>
#include <vector>

#include "scene/block_parts.h"

namespace dv::scene {
namespace {
// Reticular bundles are tens of µm thick (R/U, histology atlases); drawn 24–40 µm wide here.
constexpr float kBundleRowPitch_mm = 0.052f;
constexpr float kSegment_mm = 0.024f;
constexpr float kBundleHeight_mm = 0.010f;
constexpr float kElastinHeight_mm = 0.016f;  // above the bundles so the thin fibres show
constexpr float kFibroblastHeight_mm = 0.018f;
constexpr float kBase_mm = 0.002f;

struct Band {
  const BlockGeometry& g;
  const Face& f;
  float upper(float u) const {
    const glm::vec2 p = BlockBuilder::xz(f, u);
    return g.papillary_bottom(p.x, p.y);
  }
  float lower(float u) const {
    const glm::vec2 p = BlockBuilder::xz(f, u);
    return g.dermis_bottom(p.x, p.y);
  }
  float junction(float u) const {
    const glm::vec2 p = BlockBuilder::xz(f, u);
    return g.junction(p.x, p.y);
  }
  // Height at fraction t (0 = papillary border, 1 = dermis bottom) of the reticular band.
  float at(float u, float t) const { return upper(u) + t * (lower(u) - upper(u)); }
};

void collagen_bundles(BlockBuilder& b, const Face& f, const Band& band, Rng& r) {
  MeshBatch& m = b.batch(Structure::collagen);
  const glm::vec3 c = b.col(Material::collagen_bundle);
  const float depth = band.upper(0.0f) - band.lower(0.0f);
  const int rows = std::max(3, static_cast<int>(depth / kBundleRowPitch_mm));
  std::vector<ReliefPoint> pts;
  bool labelled = false;
  for (int row = 0; row < rows; ++row) {
    const float t = (static_cast<float>(row) + 0.5f) / static_cast<float>(rows);
    float u = f.u_min + r.range(0.0f, 0.15f);
    while (u < f.u_max - 0.05f) {
      const float len = std::min(r.range(0.3f, 0.85f), f.u_max - 0.02f - u);
      const float hw = r.range(0.012f, 0.02f);
      const float lambda = r.range(0.11f, 0.2f), amp = r.range(0.005f, 0.013f),
                  ph = r.range(0.0f, 6.28f);
      const float tilt = r.range(-0.04f, 0.04f);
      const glm::vec3 cc = c * r.range(0.9f, 1.04f);
      const int n = std::max(3, static_cast<int>(len / kSegment_mm));
      pts.clear();
      for (int i = 0; i <= n; ++i) {
        const float s = static_cast<float>(i) / static_cast<float>(n);
        const float uu = u + s * len;
        const float taper = std::min(1.0f, std::min(s, 1.0f - s) * 7.0f + 0.15f);
        const float y = band.at(uu, std::clamp(t + tilt * (s - 0.5f), 0.05f, 0.95f)) +
                        amp * std::sin(6.2832f * uu / lambda + ph);
        pts.push_back({{uu, y}, hw * taper, kBundleHeight_mm * std::sqrt(taper), cc});
      }
      add_relief_tube(m, f, pts, 2, kBase_mm);
      if (!labelled && f.normal.z > 0.5f && u < -0.1f && u + len > 0.1f && t > 0.3f) {
        b.label("label.collagen_bundle",
                f.at(0.0f, pts[static_cast<std::size_t>(n) / 2].uy.y, kBundleHeight_mm),
                Structure::collagen);
        labelled = true;
      }
      u += len + r.range(0.03f, 0.12f);
      // A bundle running across the cut shows as an oval end in the gap.
      if (r.uniform() < 0.6f && u < f.u_max - 0.05f) {
        const float uu = u - r.range(0.01f, 0.03f);
        add_relief_dome(m, f, {uu, band.at(uu, t) + r.range(-0.012f, 0.012f)},
                        {r.range(0.014f, 0.022f), r.range(0.012f, 0.018f)}, r.range(0.0f, 3.0f),
                        kBundleHeight_mm, kBase_mm, c * 0.92f, 8, 1);
      }
    }
  }
}

void papillary_fibres(BlockBuilder& b, const Face& f, const Band& band, Rng& r) {
  MeshBatch& m = b.batch(Structure::collagen, 0.0f, Lod::full_only);
  const glm::vec3 c = b.col(Material::papillary_fibre);
  const int n = static_cast<int>((f.u_max - f.u_min) * 110.0f);
  std::vector<ReliefPoint> pts;
  for (int k = 0; k < n; ++k) {
    const float u = r.range(f.u_min + 0.04f, f.u_max - 0.04f);
    const float top = band.junction(u) - 0.006f, bot = band.upper(u) + 0.006f;
    if (top <= bot) continue;
    const float y = r.range(bot, top);
    const float ang = r.range(0.0f, 3.1416f), len = r.range(0.035f, 0.07f);
    const glm::vec2 d{std::cos(ang), std::sin(ang)};
    pts.clear();
    for (int i = 0; i <= 5; ++i) {
      const float s = static_cast<float>(i) / 5.0f - 0.5f;
      glm::vec2 p =
          glm::vec2(u, y) + d * (s * len) + glm::vec2(-d.y, d.x) * (0.004f * std::sin(s * 9.0f));
      // Keep inside the papillary dermis.
      p.y = std::clamp(p.y, band.upper(p.x) + 0.003f, band.junction(p.x) - 0.003f);
      pts.push_back({p, 0.0022f, 0.003f, c});
    }
    add_relief_tube(m, f, pts, 2, kBase_mm);
  }
}

void elastin_fibres(BlockBuilder& b, const Face& f, const Band& band, Rng& r) {
  MeshBatch& m = b.batch(Structure::elastin, 0.0f, Lod::full_only);
  const glm::vec3 c = b.col(Material::elastin);
  std::vector<ReliefPoint> pts;
  const float depth = band.upper(0.0f) - band.lower(0.0f);
  const int n = static_cast<int>(depth * (f.u_max - f.u_min) * 10.0f) + 4;
  bool labelled = false;
  for (int k = 0; k < n; ++k) {
    const float t = r.range(0.08f, 0.92f), len = r.range(0.25f, 0.7f);
    const float u0 = r.range(f.u_min + 0.03f, f.u_max - 0.03f - len);
    const float ph = r.range(0.0f, 6.28f), lambda = r.range(0.05f, 0.09f);
    pts.clear();
    const int segs = static_cast<int>(len / 0.014f);
    for (int i = 0; i <= segs; ++i) {
      const float uu = u0 + len * static_cast<float>(i) / static_cast<float>(segs);
      pts.push_back({{uu, band.at(uu, t) + 0.006f * std::sin(6.2832f * uu / lambda + ph)},
                     0.003f,
                     kElastinHeight_mm,
                     c});
    }
    add_relief_tube(m, f, pts, 2, kBase_mm);
    if (!labelled && f.normal.z > 0.5f && u0 > 0.2f && t > 0.5f) {
      b.label("label.elastin_fibre",
              f.at(pts[pts.size() / 2].uy.x, pts[pts.size() / 2].uy.y, kElastinHeight_mm),
              Structure::elastin);
      labelled = true;
    }
  }
  // Fine oxytalan fibres rise vertically through the papillary dermis toward the junction.
  for (float u = f.u_min + 0.05f; u < f.u_max - 0.05f; u += r.range(0.1f, 0.2f)) {
    const float top = band.junction(u) - 0.008f, bot = band.upper(u) + 0.01f;
    if (top - bot < 0.03f) continue;
    pts.clear();
    const float ph = r.range(0.0f, 6.28f);
    for (int i = 0; i <= 8; ++i) {
      const float y = bot + (top - bot) * static_cast<float>(i) / 8.0f;
      pts.push_back({{u + 0.004f * std::sin(y * 120.0f + ph), y},
                     0.0014f,
                     0.005f,
                     glm::mix(c, b.col(Material::papillary_dermis), 0.45f)});
    }
    add_relief_tube(m, f, pts, 2, kBase_mm);
  }
}

void fibroblasts(BlockBuilder& b, const Face& f, const Band& band, Rng& r) {
  MeshBatch& m = b.batch(Structure::fibroblasts, 0.0f, Lod::full_only);
  const glm::vec3 c = b.col(Material::fibroblast), nuc = b.col(Material::nucleus);
  const float depth = band.junction(0.0f) - band.lower(0.0f);
  const int n = static_cast<int>(depth * (f.u_max - f.u_min) * 38.0f);
  bool labelled = false;
  for (int k = 0; k < n; ++k) {
    const float u = r.range(f.u_min + 0.03f, f.u_max - 0.03f);
    const float top = band.junction(u) - 0.012f, bot = band.lower(u) + 0.012f;
    const float y = r.range(bot, top);
    const float ang = r.range(-0.35f, 0.35f);
    add_relief_dome(m, f, {u, y}, {0.019f, 0.0045f}, ang, kFibroblastHeight_mm, kBase_mm, c, 8, 1);
    add_relief_dome(m, f, {u, y}, {0.008f, 0.0028f}, ang, kFibroblastHeight_mm * 1.12f, kBase_mm,
                    nuc, 6, 1);
    if (!labelled && f.normal.z > 0.5f && u > 0.9f && y < band.upper(u) - 0.1f) {
      b.label("label.fibroblast", f.at(u, y, kFibroblastHeight_mm), Structure::fibroblasts);
      labelled = true;
    }
  }
}

}  // namespace

void build_dermis_fibres(BlockBuilder& b, const Face& f) {
  Rng r{b.geo.seed * 977ull + static_cast<std::uint64_t>(f.normal.x > 0.5f ? 2 : 1)};
  const Band band{b.geo, f};
  collagen_bundles(b, f, band, r);
  papillary_fibres(b, f, band, r);
  elastin_fibres(b, f, band, r);
  fibroblasts(b, f, band, r);
  if (f.normal.z > 0.5f) {
    const float u = 1.25f;
    b.label("label.reticular_dermis", f.at(u, band.at(u, 0.5f), 0.0f), Structure::reticular_dermis);
    // Papillary dermis: in a rete trough between papillae near u = −0.9.
    b.label("label.papillary_dermis",
            f.at(-0.9f, 0.5f * (band.junction(-0.9f) + band.upper(-0.9f)) - 0.02f, 0.0f),
            Structure::papillary_dermis);
  }
}

}  // namespace dv::scene
