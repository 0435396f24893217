#include "scene/mesh_build.h"

#include <algorithm>
#include <cmath>

namespace dv::scene {
namespace {
constexpr float kPi = 3.14159265358979f;

// Flatten anything reaching past the ends of the face onto its edge (clips relief at the corner).
glm::vec3 clip_to_face(const Face& f, const glm::vec3& p) {
  const float u = glm::dot(p - f.origin, f.u_axis);
  const float c = std::clamp(u, f.u_min, f.u_max);
  return p + (c - u) * f.u_axis;
}

glm::vec3 safe_normalize(const glm::vec3& v, const glm::vec3& fallback) {
  const float l = glm::length(v);
  return l > 1e-12f ? v / l : fallback;
}
}  // namespace

std::uint64_t Rng::next() {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

float Rng::uniform() {
  return static_cast<float>(next() >> 40) * (1.0f / 16777216.0f);
}

float hash01(std::int32_t i, std::int32_t j, std::uint32_t seed) {
  Rng r{(static_cast<std::uint64_t>(static_cast<std::uint32_t>(i)) << 32) ^
        static_cast<std::uint32_t>(j) ^ (static_cast<std::uint64_t>(seed) * 0x632BE59BD9B4E019ull)};
  return r.uniform();
}

std::uint32_t push_vertex(MeshBatch& b, const glm::vec3& p, const glm::vec3& n,
                          const glm::vec3& colour, float alpha) {
  b.vertices.push_back({p, n, glm::vec4(colour, alpha)});
  return static_cast<std::uint32_t>(b.vertices.size() - 1);
}

void push_quad(MeshBatch& b, std::uint32_t a, std::uint32_t bb, std::uint32_t c, std::uint32_t d) {
  b.indices.insert(b.indices.end(), {a, bb, c, a, c, d});
}

void add_relief_tube(MeshBatch& b, const Face& f, std::span<const ReliefPoint> pts, int sides,
                     float base) {
  const std::size_t n = pts.size();
  if (n < 2 || sides < 1) return;
  const auto ring = static_cast<std::uint32_t>(sides + 1);
  const std::uint32_t first = static_cast<std::uint32_t>(b.vertices.size());
  for (std::size_t i = 0; i < n; ++i) {
    const glm::vec2 t2 = pts[std::min(i + 1, n - 1)].uy - pts[i > 0 ? i - 1 : 0].uy;
    const float tl = glm::length(t2);
    const glm::vec2 t = tl > 1e-9f ? t2 / tl : glm::vec2(1.0f, 0.0f);
    const glm::vec3 side = f.dir(-t.y, t.x);  // in-face perpendicular to the centre line
    const ReliefPoint& p = pts[i];
    for (int j = 0; j <= sides; ++j) {
      const float a = kPi * static_cast<float>(j) / static_cast<float>(sides);
      const float c = std::cos(a), s = std::sin(a);
      const glm::vec3 pos =
          f.at(p.uy.x, p.uy.y, base) + side * (c * p.half_width) + f.normal * (s * p.height);
      const glm::vec3 nrm =
          safe_normalize(side * (c * p.height) + f.normal * (s * p.half_width), f.normal);
      push_vertex(b, clip_to_face(f, pos), nrm, p.colour);
    }
  }
  for (std::uint32_t i = 0; i + 1 < n; ++i) {
    for (std::uint32_t j = 0; j < static_cast<std::uint32_t>(sides); ++j) {
      const std::uint32_t a = first + i * ring + j;
      push_quad(b, a, a + 1, a + ring + 1, a + ring);
    }
  }
}

void add_relief_dome(MeshBatch& b, const Face& f, glm::vec2 c, glm::vec2 radii, float angle_rad,
                     float height, float base, const glm::vec3& colour, int segments, int rings) {
  const glm::vec2 ax{std::cos(angle_rad), std::sin(angle_rad)};
  const glm::vec2 ay{-ax.y, ax.x};
  const std::uint32_t centre = push_vertex(b, f.at(c.x, c.y, base + height), f.normal, colour);
  const auto segs = static_cast<std::uint32_t>(segments);
  std::uint32_t prev_first = 0;
  for (int r = 1; r <= rings; ++r) {
    // Ring r sits at polar angle phi on the ellipsoid: the outer ring on the face.
    const float phi = 0.5f * kPi * static_cast<float>(r) / static_cast<float>(rings);
    const float rs = std::sin(phi), hs = std::cos(phi);
    const std::uint32_t ring_first = static_cast<std::uint32_t>(b.vertices.size());
    for (std::uint32_t k = 0; k < segs; ++k) {
      const float a = 2.0f * kPi * static_cast<float>(k) / static_cast<float>(segments);
      const float ca = std::cos(a), sa = std::sin(a);
      const glm::vec2 off = (ax * (ca * radii.x) + ay * (sa * radii.y)) * rs;
      const glm::vec2 grad = ax * (ca / radii.x) + ay * (sa / radii.y);  // in-face normal part
      const glm::vec3 nrm = safe_normalize(
          f.dir(grad.x, grad.y) * rs + f.normal * (hs / std::max(height, 1e-6f)), f.normal);
      push_vertex(b, clip_to_face(f, f.at(c.x + off.x, c.y + off.y, base + height * hs)), nrm,
                  colour);
    }
    for (std::uint32_t k = 0; k < segs; ++k) {
      const std::uint32_t k1 = (k + 1) % segs;
      if (r == 1) {
        b.indices.insert(b.indices.end(), {centre, ring_first + k, ring_first + k1});
      } else {
        push_quad(b, prev_first + k, ring_first + k, ring_first + k1, prev_first + k1);
      }
    }
    prev_first = ring_first;
  }
}

void add_tube(MeshBatch& b, std::span<const glm::vec3> path, std::span<const float> radius_mm,
              std::span<const glm::vec3> colour, int sides) {
  const std::size_t n = path.size();
  if (n < 2 || sides < 3) return;
  const auto ring = static_cast<std::uint32_t>(sides + 1);
  const std::uint32_t first = static_cast<std::uint32_t>(b.vertices.size());
  // Parallel-transport a frame along the path so the tube does not twist.
  glm::vec3 t0 = safe_normalize(path[1] - path[0], {0, 1, 0});
  glm::vec3 ref = std::abs(t0.y) < 0.9f ? glm::vec3(0, 1, 0) : glm::vec3(1, 0, 0);
  glm::vec3 nrm_axis = glm::normalize(glm::cross(t0, ref));
  for (std::size_t i = 0; i < n; ++i) {
    const glm::vec3 t = safe_normalize(path[std::min(i + 1, n - 1)] - path[i > 0 ? i - 1 : 0], t0);
    nrm_axis = safe_normalize(nrm_axis - t * glm::dot(nrm_axis, t), nrm_axis);
    const glm::vec3 bin = glm::cross(t, nrm_axis);
    for (int j = 0; j <= sides; ++j) {
      const float a = 2.0f * kPi * static_cast<float>(j) / static_cast<float>(sides);
      const glm::vec3 d = nrm_axis * std::cos(a) + bin * std::sin(a);
      push_vertex(b, path[i] + d * radius_mm[i], d, colour[i]);
    }
    t0 = t;
  }
  for (std::uint32_t i = 0; i + 1 < n; ++i) {
    for (std::uint32_t j = 0; j < static_cast<std::uint32_t>(sides); ++j) {
      const std::uint32_t a = first + i * ring + j;
      push_quad(b, a, a + ring, a + ring + 1, a + 1);
    }
  }
}

void add_dome(MeshBatch& b, const glm::vec3& centre, const glm::vec3& up, const glm::vec3& side,
              glm::vec2 radii, float height, const glm::vec3& colour, int segments, int rings,
              float alpha) {
  const glm::vec3 other = glm::cross(up, side);
  const std::uint32_t apex = push_vertex(b, centre + up * height, up, colour, alpha);
  const auto segs = static_cast<std::uint32_t>(segments);
  std::uint32_t prev_first = 0;
  for (int r = 1; r <= rings; ++r) {
    const float phi = 0.5f * kPi * static_cast<float>(r) / static_cast<float>(rings);
    const float rs = std::sin(phi), hs = std::cos(phi);
    const std::uint32_t ring_first = static_cast<std::uint32_t>(b.vertices.size());
    for (std::uint32_t k = 0; k < segs; ++k) {
      const float a = 2.0f * kPi * static_cast<float>(k) / static_cast<float>(segments);
      const float ca = std::cos(a), sa = std::sin(a);
      const glm::vec3 off = (side * (ca * radii.x) + other * (sa * radii.y)) * rs;
      const glm::vec3 nrm = safe_normalize((side * (ca / radii.x) + other * (sa / radii.y)) * rs +
                                               up * (hs / std::max(height, 1e-6f)),
                                           up);
      push_vertex(b, centre + off + up * (height * hs), nrm, colour, alpha);
    }
    for (std::uint32_t k = 0; k < segs; ++k) {
      const std::uint32_t k1 = (k + 1) % segs;
      if (r == 1) {
        b.indices.insert(b.indices.end(), {apex, ring_first + k1, ring_first + k});
      } else {
        push_quad(b, prev_first + k, prev_first + k1, ring_first + k1, ring_first + k);
      }
    }
    prev_first = ring_first;
  }
}

void add_cone(MeshBatch& b, const glm::vec3& base, const glm::vec3& tip, float r_base, float r_tip,
              const glm::vec3& colour, int sides) {
  const glm::vec3 axis = safe_normalize(tip - base, {0, 1, 0});
  const glm::vec3 ref = std::abs(axis.y) < 0.9f ? glm::vec3(0, 1, 0) : glm::vec3(1, 0, 0);
  const glm::vec3 e1 = glm::normalize(glm::cross(axis, ref));
  const glm::vec3 e2 = glm::cross(axis, e1);
  const float slope = (r_base - r_tip) / std::max(glm::length(tip - base), 1e-6f);
  const std::uint32_t first = static_cast<std::uint32_t>(b.vertices.size());
  for (int j = 0; j <= sides; ++j) {
    const float a = 2.0f * kPi * static_cast<float>(j) / static_cast<float>(sides);
    const glm::vec3 d = e1 * std::cos(a) + e2 * std::sin(a);
    const glm::vec3 n = safe_normalize(d + axis * slope, d);
    push_vertex(b, base + d * r_base, n, colour);
    push_vertex(b, tip + d * r_tip, n, colour);
  }
  for (std::uint32_t j = 0; j < static_cast<std::uint32_t>(sides); ++j) {
    const std::uint32_t a = first + 2 * j;
    push_quad(b, a, a + 2, a + 3, a + 1);
  }
}

}  // namespace dv::scene
