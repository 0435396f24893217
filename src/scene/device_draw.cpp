// The needling device over the block while the needling phase lasts: a pen cartridge, a roller
// drum or a stamp, travelling left to right along the front edge. The device's face stands above
// the surface by (needle length − effective depth): the skin gives way before the needle bites,
// so the picture shows at a glance how much of the set length actually went in.
#include <algorithm>
#include <cmath>

#include "scene/treatment_parts.h"
#include "sim/params.h"

namespace dv::scene {
namespace {
constexpr glm::vec3 kUp{0.0f, 1.0f, 0.0f};
constexpr glm::vec3 kX{1.0f, 0.0f, 0.0f};
constexpr float kPi = 3.14159265f;
// Needle diameters of the sim's needling model (MODEL.md §3), mm.
float needle_mm(double um) {
  return static_cast<float>(um / 1000.0);
}
const float kRollerNeedle_mm = needle_mm(sim::central_params().roller_needle_um);
const float kPenNeedle_mm = needle_mm(sim::central_params().pen_needle_um);
const float kStampNeedle_mm = needle_mm(sim::central_params().stamp_needle_um);
// Pen: a 12-needle array, 8 on a ring of 0.55 mm and 4 inside, in a cartridge 1.8 mm across at
// its tip (R/U: small-array cartridge, drawn to the scale of its needles).
constexpr float kPenRing_mm = 0.55f, kPenCartridge_mm = 0.9f;
// Roller: 2 cm drum (Singh & Yadav 2016 geometry: 192 needles, 8 rows of 24); only its lowest
// sector is drawn, the rest is far outside the view.
constexpr float kDrumRadius_mm = 10.0f;
constexpr int kNeedlesAround = 24;
// Stamp: square head with a needle grid of 0.4 mm pitch (R/U).
constexpr float kStampHalf_mm = 0.8f, kStampPitch_mm = 0.4f;

// Needle from its root on the device to its tip: a shaft and a short bevel cone.
void needle(MeshBatch& m, const glm::vec3& root, const glm::vec3& tip, float dia_mm,
            const glm::vec3& c) {
  const float len = glm::length(tip - root);
  const glm::vec3 dir = (tip - root) / std::max(len, 1e-6f);
  const float bevel = std::min(len, 4.0f * dia_mm);
  const glm::vec3 shaft_end = tip - dir * bevel;
  add_cone(m, root, shaft_end, 0.5f * dia_mm, 0.5f * dia_mm, c, 6);
  add_cone(m, shaft_end, tip, 0.5f * dia_mm, 0.004f, c, 6);
}

void cylinder(MeshBatch& m, const glm::vec3& a, const glm::vec3& b, float r, const glm::vec3& c) {
  add_cone(m, a, b, r, r, c, 24);
  add_dome(m, a, -glm::normalize(b - a), kX, {r, r}, 0.0f, c, 24, 1);
  add_dome(m, b, glm::normalize(b - a), kX, {r, r}, 0.0f, c, 24, 1);
}

void pen(TreatBuilder& b, MeshBatch& m, float face_y, float len_mm) {
  const glm::vec3 steel = b.col(Material::needle);
  const glm::vec3 c{b.device_x, face_y, b.layout.front_z - kPenRing_mm};
  // The front needle of the ring lies on the cut plane: the one seen entering the section.
  for (int i = 0; i < 12; ++i) {
    const float a =
        (i < 8 ? static_cast<float>(i) * 0.25f : 0.125f + static_cast<float>(i - 8) * 0.5f) * kPi;
    const float r = i < 8 ? kPenRing_mm : 0.4f * kPenRing_mm;
    const glm::vec3 root = c + glm::vec3(r * std::sin(a), 0.0f, r * std::cos(a));
    needle(m, root, root - kUp * len_mm, kPenNeedle_mm, steel);
  }
  cylinder(m, c, c + kUp * 1.0f, kPenCartridge_mm, b.col(Material::device_head));
  cylinder(m, c + kUp * 1.0f, c + kUp * 2.5f, 1.35f * kPenCartridge_mm,
           b.col(Material::device_body));
}

void roller(TreatBuilder& b, MeshBatch& m, float face_y, float len_mm) {
  const glm::vec3 steel = b.col(Material::needle);
  const float z1 = b.layout.front_z + 0.15f, z0 = z1 - 3.3f;
  const glm::vec3 axis_c{b.device_x, face_y + kDrumRadius_mm, 0.0f};
  // The drum rolls: its angle follows the distance travelled.
  const float turn = b.device_x / kDrumRadius_mm;
  const int segs = 20;
  const float span = 0.22f;
  // The drum is ghosted (translucent) so the block stays visible under it; its end face closes it.
  MeshBatch& glass = b.batch(Structure::treatment, true, 0.8f);
  const glm::vec3 drum = b.col(Material::device_head);
  constexpr float kAlpha = 0.45f;
  const auto first = static_cast<std::uint32_t>(glass.vertices.size());
  for (int i = 0; i <= segs; ++i) {
    const float a = -span + 2.0f * span * static_cast<float>(i) / segs;
    const glm::vec3 n{std::sin(a), -std::cos(a), 0.0f};
    for (float z : {z0, z1}) {
      push_vertex(glass, glm::vec3(axis_c.x, axis_c.y, z) + kDrumRadius_mm * n, n, drum, kAlpha);
    }
  }
  for (std::uint32_t i = 0; i < static_cast<std::uint32_t>(segs); ++i) {
    push_quad(glass, first + 2 * i, first + 2 * i + 2, first + 2 * i + 3, first + 2 * i + 1);
  }
  const std::uint32_t hub = push_vertex(glass, {axis_c.x, axis_c.y, z1}, {0, 0, 1}, drum, kAlpha);
  for (std::uint32_t i = 0; i < static_cast<std::uint32_t>(segs); ++i) {
    glass.indices.insert(glass.indices.end(), {hub, first + 2 * i + 1, first + 2 * i + 3});
  }
  for (int k = 0; k < kNeedlesAround; ++k) {
    float a = turn + 2.0f * kPi * static_cast<float>(k) / kNeedlesAround;
    a = std::remainder(a, 2.0f * kPi);
    if (std::abs(a) > span - 0.03f) continue;
    const glm::vec3 n{std::sin(a), -std::cos(a), 0.0f};
    // One row of needles on the cut plane and rows every 2.5 mm behind it.
    for (float z = b.layout.front_z; z > z0; z -= 2.5f) {
      const glm::vec3 root = glm::vec3(axis_c.x, axis_c.y, z) + kDrumRadius_mm * n;
      needle(m, root, root + n * len_mm, kRollerNeedle_mm, steel);
    }
  }
}

void stamp(TreatBuilder& b, MeshBatch& m, float face_y, float len_mm) {
  const glm::vec3 steel = b.col(Material::needle);
  const glm::vec3 c{b.device_x, face_y, b.layout.front_z - kStampHalf_mm};
  for (float dx = -kStampHalf_mm + 0.2f; dx < kStampHalf_mm; dx += kStampPitch_mm) {
    for (float dz = kStampHalf_mm; dz > -kStampHalf_mm; dz -= kStampPitch_mm) {
      const glm::vec3 root = c + glm::vec3(dx, 0.0f, dz);
      needle(m, root, root - kUp * len_mm, kStampNeedle_mm, steel);
    }
  }
  const float h = kStampHalf_mm + 0.1f;
  const glm::vec3 head = b.col(Material::device_head);
  // Square plate: four sides and the faces as two domes of zero height would be round; use quads.
  const glm::vec3 lo = c - glm::vec3(h, 0, h), hi = c + glm::vec3(h, 0.3f, h);
  const glm::vec3 corners[8] = {{lo.x, lo.y, lo.z}, {hi.x, lo.y, lo.z}, {hi.x, lo.y, hi.z},
                                {lo.x, lo.y, hi.z}, {lo.x, hi.y, lo.z}, {hi.x, hi.y, lo.z},
                                {hi.x, hi.y, hi.z}, {lo.x, hi.y, hi.z}};
  const int faces[6][4] = {{0, 1, 2, 3}, {4, 7, 6, 5}, {0, 4, 5, 1},
                           {1, 5, 6, 2}, {2, 6, 7, 3}, {3, 7, 4, 0}};
  const glm::vec3 normals[6] = {-kUp, kUp, {0, 0, -1}, kX, {0, 0, 1}, -kX};
  for (int f = 0; f < 6; ++f) {
    std::uint32_t v[4];
    for (int k = 0; k < 4; ++k) v[k] = push_vertex(m, corners[faces[f][k]], normals[f], head);
    push_quad(m, v[0], v[1], v[2], v[3]);
  }
  cylinder(m, c + kUp * 0.3f, c + kUp * 4.0f, 0.35f, b.col(Material::device_body));
}

}  // namespace

void build_device(TreatBuilder& b) {
  if (!b.needling) return;
  b.counts.device = true;
  const float len_mm = static_cast<float>(b.course.scenario().needle_depth_mm);
  const float eff_mm = static_cast<float>(b.course.needling().effective_depth_um) * 0.001f;
  const float face_y = len_mm - eff_mm;
  MeshBatch& m = b.batch(Structure::treatment, false, 0.8f);
  switch (b.course.scenario().device) {
    case sim::Device::pen: pen(b, m, face_y, len_mm); break;
    case sim::Device::roller: roller(b, m, face_y, len_mm); break;
    case sim::Device::home_roller: roller(b, m, face_y, len_mm); break;
    case sim::Device::stamp: stamp(b, m, face_y, len_mm); break;
  }
  b.label("label.needle", {b.device_x, 0.5f * face_y, b.layout.front_z}, Structure::treatment);
  b.legend("label.needle", Material::needle, Structure::treatment);
}

}  // namespace dv::scene
