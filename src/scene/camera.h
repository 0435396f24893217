// camera.h: an orbit camera around a target, with pan and zoom. GL-free maths.
#pragma once

#include <glm/glm.hpp>

namespace dv::scene {

/// Orbit camera. Angles in radians, distances in mm.
struct Camera {
  glm::vec3 target{0.0f, -0.8f, 0.0f};  ///< mm, the point orbited and looked at
  float yaw = 0.62f;                    ///< rad, around +y; 0 looks along −z
  float pitch = 0.42f;                  ///< rad, above the horizon (positive looks down)
  float distance = 7.5f;                ///< mm from target
  float fov_y = 0.55f;                  ///< rad, vertical field of view
  bool orthographic = false;            ///< parallel projection (front views, measurements)
  bool operator==(const Camera&) const = default;

  /// Eye position, mm.
  glm::vec3 eye() const;
  /// World → view matrix.
  glm::mat4 view() const;
  /// View → clip matrix for an aspect ratio (width / height).
  glm::mat4 projection(float aspect) const;
  /// Orbit by angle deltas (rad); pitch stays within ±89°.
  void orbit(float d_yaw, float d_pitch);
  /// Move the target in the view plane by a fraction of the visible height (dx right, dy up).
  void pan(float dx_fraction, float dy_fraction);
  /// Multiply the distance by `factor` (< 1 moves closer), kept within 1–60 mm.
  void zoom(float factor);
  /// Visible height at the target plane, mm.
  float visible_height_mm() const;
};

/// The default three-quarter view of a block with these bounds.
Camera default_camera(const glm::vec3& block_min, const glm::vec3& block_max);
/// A straight orthographic view of the front (+z) cut face, filling the frame with the block.
Camera front_camera(const glm::vec3& block_min, const glm::vec3& block_max, float aspect);

/// Project a world point to pixel coordinates (origin top-left) of a width×height viewport.
/// Returns false when the point is behind the camera.
bool project_to_pixels(const Camera& cam, const glm::vec3& world, int width, int height,
                       glm::vec2* out_px);

}  // namespace dv::scene
