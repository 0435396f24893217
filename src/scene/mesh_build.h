// mesh_build.h: small mesh primitives for the block: relief tubes and domes lying on a cut face,
// free 3D tubes, and a deterministic random generator.
#pragma once

#include <cstdint>
#include <span>

#include <glm/glm.hpp>

#include "scene/scene.h"

namespace dv::scene {

/// Deterministic random numbers (SplitMix64); same seed → same sequence on every platform.
struct Rng {
  std::uint64_t state;  ///< generator state
  /// Next raw 64-bit value.
  std::uint64_t next();
  /// Uniform in [0, 1).
  float uniform();
  /// Uniform in [lo, hi).
  float range(float lo, float hi) { return lo + (hi - lo) * uniform(); }
};

/// Hash of integer coordinates and a seed to a float in [0, 1) (stateless placement jitter).
float hash01(std::int32_t i, std::int32_t j, std::uint32_t seed);

/// A planar cut face: a point at (u, y, h) is origin + u·u_axis + y·ŷ + h·normal, mm.
struct Face {
  glm::vec3 origin;  ///< mm, the face point with u = 0, y = 0
  glm::vec3 u_axis;  ///< unit, horizontal direction along the face
  glm::vec3 normal;  ///< unit, outward normal (h > 0 stands proud of the face)
  float u_min;       ///< mm, left end of the face along u
  float u_max;       ///< mm, right end of the face along u
  /// World position of face coordinates (mm).
  glm::vec3 at(float u, float y, float h) const {
    return origin + u * u_axis + glm::vec3(0.0f, y, 0.0f) + h * normal;
  }
  /// World direction of an in-face direction (du, dy).
  glm::vec3 dir(float du, float dy) const { return du * u_axis + glm::vec3(0.0f, dy, 0.0f); }
};

/// One point of a relief tube's centre line on a face.
struct ReliefPoint {
  glm::vec2 uy;      ///< mm, face coordinates (u, y) of the centre line
  float half_width;  ///< mm, half-width in the face plane
  float height;      ///< mm, how far the top stands proud of the base
  glm::vec3 colour;  ///< linear RGB
};

/// A half-elliptic tube lying on the face along `pts` (bas-relief of a cut fibre or vessel).
/// `base` lifts the whole tube off the face (mm) so it never fights the face's depth.
void add_relief_tube(MeshBatch& b, const Face& f, std::span<const ReliefPoint> pts, int sides,
                     float base);

/// A flattened half-ellipsoid on the face: a cut cell, lobule or vessel (radii and height in mm,
/// angle in rad from the u axis). rings = 1 gives a cone-like cell, 2 a rounder dome.
void add_relief_dome(MeshBatch& b, const Face& f, glm::vec2 centre_uy, glm::vec2 radii,
                     float angle_rad, float height, float base, const glm::vec3& colour,
                     int segments, int rings);

/// A closed-section tube in 3D along `path` with per-point radius (mm) and colour.
void add_tube(MeshBatch& b, std::span<const glm::vec3> path, std::span<const float> radius_mm,
              std::span<const glm::vec3> colour, int sides);

/// A half-ellipsoid standing on any plane: base centre (mm), unit `up` (the plane's normal), unit
/// `side` in the plane, radii along side and up×side (mm) and height along up (mm). rings = 1 gives
/// a cone, 2 or more a rounder dome. Used for droplets, pores, cells and needle-tip caps.
void add_dome(MeshBatch& b, const glm::vec3& centre, const glm::vec3& up, const glm::vec3& side,
              glm::vec2 radii, float height, const glm::vec3& colour, int segments, int rings,
              float alpha = 1.0f);

/// A cone or truncated cone from `base` to `tip` (mm) with radii r_base and r_tip (mm), open ends.
void add_cone(MeshBatch& b, const glm::vec3& base, const glm::vec3& tip, float r_base, float r_tip,
              const glm::vec3& colour, int sides);

/// Append one vertex, returning its index.
std::uint32_t push_vertex(MeshBatch& b, const glm::vec3& p, const glm::vec3& n,
                          const glm::vec3& colour, float alpha = 1.0f);
/// Append the two triangles of quad a-b-c-d (counter-clockwise).
void push_quad(MeshBatch& b, std::uint32_t a, std::uint32_t bb, std::uint32_t c, std::uint32_t d);

}  // namespace dv::scene
