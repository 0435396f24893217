// Skin appendages, placed so they are cut lengthwise by the front face: a hair follicle (outer
// root sheath, hair shaft, bulb with its papilla) with a sebaceous gland on its lower side and the
// shaft emerging from the surface; an eccrine sweat gland coiled deep in the dermis with its duct
// spiralling up through the epidermis to a pore.
#include <algorithm>
#include <cmath>
#include <vector>

#include "scene/block_parts.h"

namespace dv::scene {
namespace {
constexpr float kBase_mm = 0.002f;
constexpr float kSheathHalfWidth_mm = 0.05f;  // follicle ≈100 µm across (R/U, facial follicle)
constexpr float kSheathHeight_mm = 0.026f;
constexpr float kShaftHalfWidth_mm = 0.016f;  // hair shaft ≈30–40 µm (R/U, fine facial hair)
constexpr float kShaftHeight_mm = 0.04f;
constexpr float kCoilTubule_mm = 0.016f;  // secretory tubule ≈30–40 µm across (R/U)
constexpr float kDuctHalfWidth_mm = 0.011f;
constexpr float kArrectorHalfWidth_mm = 0.022f;  // ≈40–60 µm band on the face (R/U; MODEL.md)

glm::vec2 lobules_centre(const glm::vec2 (&c)[4]) {
  return 0.25f * (c[0] + c[1] + c[2] + c[3]);
}

void hair_above_surface(BlockBuilder& b, glm::vec3 root, glm::vec3 dir, float len, float r0,
                        Rng& r) {
  MeshBatch& m = b.batch(Structure::hair_follicle, 0.6f);
  const glm::vec3 c = b.col(Material::hair);
  std::vector<glm::vec3> path, col;
  std::vector<float> rad;
  const int n = 22;
  const glm::vec3 bend{r.range(-0.1f, 0.1f), -0.35f, r.range(0.0f, 0.15f)};
  glm::vec3 p = root - dir * 0.03f;  // start just under the surface so no gap shows
  for (int i = 0; i <= n; ++i) {
    const float s = static_cast<float>(i) / static_cast<float>(n);
    path.push_back(p);
    rad.push_back(r0 * (1.0f - 0.55f * s));
    col.push_back(c);
    p += glm::normalize(dir + bend * s) * ((len + 0.03f) / static_cast<float>(n));
  }
  add_tube(m, path, rad, col, 8);
}

// Arrector pili: a band of smooth muscle from the follicle's bulge, below the sebaceous gland, up
// to the papillary dermis on the same (obtuse) side, with cigar-shaped nuclei along it.
void arrector_pili(BlockBuilder& b, const Face& f, glm::vec2 from, glm::vec2 toward, Rng& r) {
  const BlockGeometry& g = b.geo;
  MeshBatch& m = b.batch(Structure::arrector_pili);
  const glm::vec3 muscle = b.col(Material::arrector_pili), nuc = b.col(Material::nucleus);
  const glm::vec2 xz = BlockBuilder::xz(f, toward.x);
  const glm::vec2 to{toward.x, g.junction(xz.x, xz.y) - 0.45f * g.ridge_mm - 0.03f};
  const glm::vec2 bow = glm::vec2(0.04f, -0.02f);
  std::vector<ReliefPoint> pts;
  const int n = 16;
  for (int i = 0; i <= n; ++i) {
    const float s = static_cast<float>(i) / static_cast<float>(n);
    const glm::vec2 p = from + s * (to - from) + bow * (4.0f * s * (1.0f - s));
    const float hw = kArrectorHalfWidth_mm * (0.55f + 0.45f * std::sin(3.1416f * s) + 0.2f * s);
    pts.push_back({p, hw, 0.022f, muscle * (0.95f + 0.05f * std::sin(s * 20.0f))});
  }
  add_relief_tube(m, f, pts, 5, kBase_mm + 0.006f);
  const glm::vec2 axis = glm::normalize(to - from);
  const float ang = std::atan2(axis.y, axis.x);
  for (int k = 1; k < 8; ++k) {  // smooth-muscle nuclei, long and thin along the fibres
    const float s = static_cast<float>(k) / 8.0f + r.range(-0.03f, 0.03f);
    const glm::vec2 p = from + s * (to - from) + bow * (4.0f * s * (1.0f - s)) +
                        glm::vec2(-axis.y, axis.x) * r.range(-0.008f, 0.008f);
    add_relief_dome(m, f, p, {0.007f, 0.0018f}, ang, 0.026f, kBase_mm + 0.006f, nuc, 6, 1);
  }
  const glm::vec2 mid = from + 0.55f * (to - from) + bow;
  b.label("label.arrector_pili", f.at(mid.x, mid.y, 0.03f), Structure::arrector_pili);
}

void follicle(BlockBuilder& b, const Face& f, Rng& r) {
  const BlockGeometry& g = b.geo;
  const float ue = g.pores[1].x;
  const float bulb_depth = std::min(0.8f * g.dermis_mm + 0.06f, g.dermis_mm + 0.02f);
  const float theta = std::min(0.5f, std::atan(0.6f / bulb_depth));
  const glm::vec2 d{-std::sin(theta), -std::cos(theta)};  // down the follicle
  const glm::vec2 side{-d.y, d.x};                        // toward the lower (obtuse) side
  const glm::vec2 top{ue, g.surface(ue, f.origin.z)};
  const float len = (bulb_depth + top.y) / std::cos(theta);
  const glm::vec2 bulb = top + d * len;
  MeshBatch& m = b.batch(Structure::hair_follicle);
  const glm::vec3 sheath = b.col(Material::follicle_sheath), hair = b.col(Material::hair);
  std::vector<ReliefPoint> pts;
  for (int i = 0; i <= 40; ++i) {
    const float s = static_cast<float>(i) / 40.0f;
    const float hw =
        kSheathHalfWidth_mm * (1.0f + 0.35f * std::max(0.0f, 1.0f - s * 6.0f));  // infundibulum
    pts.push_back({top + d * (s * len), hw, kSheathHeight_mm, sheath * (1.0f - 0.1f * s)});
  }
  add_relief_tube(m, f, pts, 6, kBase_mm);
  pts.clear();
  for (int i = 0; i <= 30; ++i) {
    const float s = static_cast<float>(i) / 30.0f;
    pts.push_back({top + d * (s * (len - 0.06f)) + glm::vec2(0.0f, 0.004f * (1.0f - s)),
                   kShaftHalfWidth_mm * (0.8f + 0.2f * s), kShaftHeight_mm, hair});
  }
  add_relief_tube(m, f, pts, 6, kBase_mm);
  const float axis_ang = std::atan2(d.y, d.x);
  add_relief_dome(m, f, bulb, {0.085f, 0.07f}, axis_ang, kShaftHeight_mm, kBase_mm,
                  b.col(Material::hair_bulb), 16, 3);
  add_relief_dome(m, f, bulb + d * 0.035f, {0.04f, 0.03f}, axis_ang, kShaftHeight_mm * 1.15f,
                  kBase_mm, b.col(Material::hair_papilla), 12, 2);
  b.label("label.hair_follicle",
          f.at((top + d * (0.62f * len)).x, (top + d * (0.62f * len)).y, kSheathHeight_mm),
          Structure::hair_follicle);
  b.label("label.hair_bulb", f.at(bulb.x, bulb.y, kShaftHeight_mm), Structure::hair_follicle);

  // Sebaceous gland: lobules on the lower side of the upper third, a short duct into the follicle.
  MeshBatch& sg = b.batch(Structure::sebaceous_gland);
  const glm::vec3 seb = b.col(Material::sebaceous), nuc = b.col(Material::nucleus);
  const glm::vec2 neck = top + d * std::max(0.16f, 0.3f * len);
  const glm::vec2 lobes[] = {neck + side * 0.1f - d * 0.05f, neck + side * 0.12f + d * 0.06f,
                             neck + side * 0.2f + d * 0.005f, neck + side * 0.075f + d * 0.15f};
  for (const glm::vec2& c : lobes) {
    const float rad = r.range(0.05f, 0.065f);
    add_relief_dome(sg, f, c, {rad, rad * 0.85f}, r.range(0.0f, 3.0f), 0.03f, kBase_mm, seb, 16, 3);
    for (int k = 0; k < 9; ++k) {  // foamy sebocytes: small nuclei scattered in the lobule
      const float a = r.range(0.0f, 6.28f), q = std::sqrt(r.uniform()) * rad * 0.75f;
      add_relief_dome(sg, f, c + q * glm::vec2(std::cos(a), std::sin(a)), {0.0045f, 0.0045f}, 0.0f,
                      0.033f, kBase_mm, glm::mix(seb, nuc, 0.55f), 6, 1);
    }
  }
  pts.clear();
  for (int i = 0; i <= 6; ++i) {
    const float s = static_cast<float>(i) / 6.0f;
    pts.push_back({neck + side * (0.07f * (1.0f - s)), 0.016f, 0.024f, seb * 0.92f});
  }
  add_relief_tube(sg, f, pts, 4, kBase_mm);
  b.label("label.sebaceous_gland", f.at(lobules_centre(lobes).x, lobules_centre(lobes).y, 0.03f),
          Structure::sebaceous_gland);
  const float bulge_s = std::min(std::max(0.16f, 0.3f * len) + 0.22f, 0.7f * len);
  // Its own random stream, so the hairs drawn after it look as they did before it existed.
  Rng ra{b.geo.seed * 92821ull + 3};
  arrector_pili(b, f, top + d * bulge_s + side * kSheathHalfWidth_mm, neck + side * 0.34f, ra);

  // The shaft above the surface, continuing the follicle's slant and leaning toward the viewer.
  const float z_exit = g.pores[1].y;
  const glm::vec3 root{ue, g.surface(ue, z_exit), z_exit};
  const glm::vec3 up = glm::normalize(glm::vec3(-d.x, -d.y, 0.25f));
  hair_above_surface(b, root, up, 0.6f + 0.2f * g.dermis_mm, kShaftHalfWidth_mm, r);
  b.label("label.hair_shaft", root + up * 0.35f, Structure::hair_follicle);
}

void sweat_gland(BlockBuilder& b, const Face& f, Rng& r) {
  const BlockGeometry& g = b.geo;
  const float up = g.pores[0].x;
  const float R = 0.11f;
  const float uc = std::min(up + 0.08f, f.u_max - R - 0.06f);
  const float yc = -g.dermis_mm + 0.17f;
  MeshBatch& m = b.batch(Structure::sweat_gland, 0.3f);
  const glm::vec3 gland = b.col(Material::sweat_gland), duct = b.col(Material::sweat_duct);
  // Secretory coil: a tangled tubule, half buried in the cut face (the buried half is hidden).
  std::vector<glm::vec3> path, col;
  std::vector<float> rad;
  const float ph = r.range(0.0f, 6.28f);
  const int n = 300;
  for (int i = 0; i <= n; ++i) {
    const float a = 6.0f * 3.1416f * static_cast<float>(i) / static_cast<float>(n);
    const float u = uc + R * (0.6f * std::cos(a) + 0.4f * std::cos(3.3f * a + 1.0f + ph));
    const float y = yc + R * 0.62f * (0.6f * std::sin(a) + 0.4f * std::sin(2.7f * a + ph));
    const float h = 0.022f * std::sin(1.7f * a + ph);
    path.push_back(f.at(u, y, h));
    rad.push_back(kCoilTubule_mm);
    col.push_back(gland * (0.92f + 0.08f * std::sin(a * 2.0f)));
  }
  add_tube(m, path, rad, col, 6);
  b.label("label.sweat_gland", f.at(uc, yc, 0.035f), Structure::sweat_gland);

  // Duct: wavy through the dermis, corkscrew through the epidermis, opening at the pore.
  std::vector<ReliefPoint> pts;
  const float y0 = yc + 0.62f * R, y1 = g.surface(up, f.origin.z);
  const int steps = 160;
  glm::vec2 mid{0.0f};
  for (int i = 0; i <= steps; ++i) {
    const float s = static_cast<float>(i) / static_cast<float>(steps);
    const float y = y0 + s * (y1 - y0);
    const float blend = s * s * (3.0f - 2.0f * s);
    float u =
        uc - 0.03f + blend * (up - uc + 0.03f) + 0.015f * std::sin(y * 22.0f + ph) * (1.0f - s);
    const glm::vec2 xz = BlockBuilder::xz(f, u);
    if (y > g.junction(xz.x, xz.y) - 0.01f) u += 0.009f * std::sin(y * 2.0f * 3.1416f / 0.028f);
    pts.push_back({{u, y}, kDuctHalfWidth_mm, 0.014f, duct});
    if (i == steps / 3) mid = {u, y};
  }
  add_relief_tube(m, f, pts, 4, kBase_mm);
  b.label("label.sweat_duct", f.at(mid.x, mid.y, 0.014f), Structure::sweat_gland);
  const glm::vec2 pore = g.pores[0];
  b.label("label.sweat_pore", {pore.x, g.surface(pore.x, pore.y), pore.y}, Structure::sweat_gland);
}

}  // namespace

void build_appendages(BlockBuilder& b) {
  Rng r{b.geo.seed * 65537ull + 5};
  follicle(b, b.front, r);
  sweat_gland(b, b.front, r);
  // A few fine vellus hairs elsewhere on the surface.
  for (int k = 0; k < 3; ++k) {
    const float x = r.range(-1.2f, 1.2f);
    const float z = r.range(-1.3f, std::max(-1.2f, b.geo.front_z - 0.4f));
    const glm::vec3 root{x, b.geo.surface(x, z), z};
    const glm::vec3 dir =
        glm::normalize(glm::vec3(r.range(-0.6f, 0.6f), 1.0f, r.range(-0.6f, 0.6f)));
    hair_above_surface(b, root, dir, r.range(0.25f, 0.4f), 0.009f, r);
  }
}

}  // namespace dv::scene
