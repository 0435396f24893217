// Blood vessels in section: the superficial plexus at the papillary/reticular border, the deep
// plexus at the dermis/subcutis border (Braverman 1997: two horizontal plexuses), communicating
// vessels between them, and a capillary loop rising into each papilla cut near its axis.
#include <algorithm>
#include <cmath>
#include <vector>

#include "scene/block_parts.h"

namespace dv::scene {
namespace {
// Upper-plexus venules 10–20 µm, lower-plexus vessels ≈50 µm (Braverman 1983).
constexpr float kSuperficialArteriole_mm = 0.008f;  // half-width
constexpr float kSuperficialVenule_mm = 0.011f;
constexpr float kDeepArteriole_mm = 0.02f;
constexpr float kDeepVenule_mm = 0.027f;
constexpr float kCapillary_mm = 0.0045f;    // capillaries ≈ 8–10 µm across
constexpr float kLoopHalfGap_mm = 0.0075f;  // distance of each limb from the papilla axis
constexpr float kBase_mm = 0.002f;

struct Faceline {
  const BlockGeometry& g;
  const Face& f;
  float papillary(float u) const {
    const glm::vec2 p = BlockBuilder::xz(f, u);
    return g.papillary_bottom(p.x, p.y);
  }
  float dermis(float u) const {
    const glm::vec2 p = BlockBuilder::xz(f, u);
    return g.dermis_bottom(p.x, p.y);
  }
  float junction(float u) const {
    const glm::vec2 p = BlockBuilder::xz(f, u);
    return g.junction(p.x, p.y);
  }
  float papilla(float u) const {
    const glm::vec2 p = BlockBuilder::xz(f, u);
    return g.papilla(p.x, p.y);
  }
};

// Runs of a vessel along the face with gaps where the network leaves the cut plane.
template <typename YFn>
void plexus_runs(MeshBatch& m, const Face& f, YFn y_of, float hw, const glm::vec3& c, Rng& r,
                 std::vector<glm::vec2>* mids) {
  std::vector<ReliefPoint> pts;
  float u = f.u_min + r.range(0.0f, 0.2f);
  while (u < f.u_max - 0.1f) {
    const float len = std::min(r.range(0.45f, 1.1f), f.u_max - 0.03f - u);
    const float ph = r.range(0.0f, 6.28f);
    const int n = std::max(3, static_cast<int>(len / 0.02f));
    pts.clear();
    for (int i = 0; i <= n; ++i) {
      const float s = static_cast<float>(i) / static_cast<float>(n);
      const float uu = u + s * len;
      const float taper = std::min(1.0f, std::min(s, 1.0f - s) * 10.0f + 0.3f);
      pts.push_back(
          {{uu, y_of(uu) + 0.008f * std::sin(uu * 9.0f + ph)}, hw * taper, hw * 0.9f * taper, c});
    }
    add_relief_tube(m, f, pts, 4, kBase_mm);
    if (mids) mids->push_back(pts[pts.size() / 2].uy);
    u += len + r.range(0.1f, 0.3f);
    // A vessel of the network crossing the plane shows as a round cut end.
    if (u < f.u_max - 0.05f) {
      const float uu = u - r.range(0.03f, 0.07f);
      add_relief_dome(m, f, {uu, y_of(uu)}, {hw * 1.1f, hw * 1.1f}, 0.0f, hw, kBase_mm, c, 10, 2);
    }
  }
}

void capillary_loops(BlockBuilder& b, const Face& f, const Faceline& line, Rng& r) {
  MeshBatch& m = b.batch(Structure::capillaries);
  const glm::vec3 art = b.col(Material::capillary), ven = b.col(Material::capillary_venous);
  const float step = 0.003f;
  std::vector<ReliefPoint> pts;
  bool labelled = false;
  float prev2 = line.papilla(f.u_min), prev = line.papilla(f.u_min + step);
  for (float u = f.u_min + 2 * step; u < f.u_max - 0.03f; u += step) {
    const float cur = line.papilla(u);
    const float uc = u - step;  // candidate peak
    if (prev > prev2 && prev >= cur && prev > 0.55f && uc > f.u_min + 0.03f) {
      // Apex 25 µm under the papilla tip (skin.cpp, kLoopBelowPapillaTip_um).
      const float apex = line.junction(uc) - 0.025f;
      const float base = line.papillary(uc) + 0.02f;
      const float wig = r.range(0.0f, 6.28f);
      pts.clear();
      const int n_up = 10;
      for (int i = 0; i <= n_up; ++i) {  // ascending (arterial) limb
        const float s = static_cast<float>(i) / n_up;
        const float y = base + s * (apex - kLoopHalfGap_mm - base);
        pts.push_back({{uc - kLoopHalfGap_mm + 0.003f * std::sin(y * 90.0f + wig), y},
                       kCapillary_mm,
                       0.006f,
                       art});
      }
      for (int i = 1; i < 6; ++i) {  // hairpin turn
        const float a = 3.1416f * static_cast<float>(i) / 6.0f;
        pts.push_back({{uc - kLoopHalfGap_mm * std::cos(a),
                        apex - kLoopHalfGap_mm + kLoopHalfGap_mm * std::sin(a)},
                       kCapillary_mm,
                       0.006f,
                       glm::mix(art, ven, static_cast<float>(i) / 6.0f)});
      }
      for (int i = 0; i <= n_up; ++i) {  // descending (venous) limb
        const float s = static_cast<float>(i) / n_up;
        const float y = apex - kLoopHalfGap_mm - s * (apex - kLoopHalfGap_mm - base);
        pts.push_back({{uc + kLoopHalfGap_mm + 0.003f * std::sin(y * 80.0f + wig), y},
                       kCapillary_mm * 1.15f,
                       0.006f,
                       ven});
      }
      add_relief_tube(m, f, pts, 3, kBase_mm);
      if (!labelled && f.normal.z > 0.5f && uc > 0.15f) {
        b.label("label.capillary_loop", f.at(uc, apex, 0.006f), Structure::capillaries);
        b.label("label.dermal_papilla", f.at(uc, line.junction(uc) - 0.008f, 0.0f),
                Structure::papillary_dermis);
        labelled = true;
      }
    }
    prev2 = prev;
    prev = cur;
  }
}

}  // namespace

void build_vessels(BlockBuilder& b, const Face& f) {
  const BlockGeometry& g = b.geo;
  const Faceline line{g, f};
  Rng r{g.seed * 4099ull + static_cast<std::uint64_t>(f.normal.x > 0.5f ? 2 : 1)};
  MeshBatch& m = b.batch(Structure::vessels, 0.4f);
  const glm::vec3 art = b.col(Material::arteriole), ven = b.col(Material::venule);
  std::vector<glm::vec2> mids;
  plexus_runs(
      m, f, [&](float u) { return line.papillary(u) + 0.012f; }, kSuperficialArteriole_mm, art, r,
      nullptr);
  plexus_runs(
      m, f, [&](float u) { return line.papillary(u) + 0.04f; }, kSuperficialVenule_mm, ven, r,
      &mids);
  if (f.normal.z > 0.5f && !mids.empty()) {
    b.label("label.superficial_plexus", f.at(mids.front().x, mids.front().y, kSuperficialVenule_mm),
            Structure::vessels);
  }
  mids.clear();
  plexus_runs(
      m, f, [&](float u) { return line.dermis(u) + 0.05f; }, kDeepArteriole_mm, art, r, nullptr);
  plexus_runs(
      m, f, [&](float u) { return line.dermis(u) + 0.11f; }, kDeepVenule_mm, ven, r, &mids);
  if (f.normal.z > 0.5f && mids.size() > 1) {
    b.label("label.deep_plexus", f.at(mids[1].x, mids[1].y, kDeepVenule_mm), Structure::vessels);
  }
  // Communicating (candelabra) vessels joining the two plexuses.
  std::vector<ReliefPoint> pts;
  for (int k = 0; k < 2; ++k) {
    const float u = f.u_min + (f.u_max - f.u_min) * (0.3f + 0.45f * static_cast<float>(k)) +
                    r.range(-0.1f, 0.1f);
    const bool arterial = k == 0;
    const float top = line.papillary(u) + 0.02f, bot = line.dermis(u) + 0.06f;
    pts.clear();
    for (int i = 0; i <= 24; ++i) {
      const float y = bot + (top - bot) * static_cast<float>(i) / 24.0f;
      const float hw = arterial ? 0.009f : 0.012f;
      pts.push_back({{u + 0.02f * std::sin(y * 11.0f + static_cast<float>(k)), y},
                     hw,
                     hw,
                     arterial ? art : ven});
    }
    add_relief_tube(m, f, pts, 6, kBase_mm);
  }
  capillary_loops(b, f, line, r);
}

}  // namespace dv::scene
