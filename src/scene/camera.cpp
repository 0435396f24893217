#include "scene/camera.h"

#include <algorithm>
#include <cmath>

#include <glm/gtc/matrix_transform.hpp>

namespace dv::scene {
namespace {
constexpr float kMaxPitch = 1.553f;  // 89°: keeps the up vector defined
constexpr float kMinDistance_mm = 1.0f;
constexpr float kMaxDistance_mm = 60.0f;
}  // namespace

glm::vec3 Camera::eye() const {
  const float cp = std::cos(pitch);
  // yaw 0 puts the eye on +z looking toward −z; positive pitch lifts the eye.
  const glm::vec3 dir{std::sin(yaw) * cp, std::sin(pitch), std::cos(yaw) * cp};
  return target + dir * distance;
}

glm::mat4 Camera::view() const {
  return glm::lookAt(eye(), target, glm::vec3(0, 1, 0));
}

glm::mat4 Camera::projection(float aspect) const {
  const float near_mm = std::max(0.01f, distance * 0.05f);
  const float far_mm = distance * 4.0f + 20.0f;
  if (orthographic) {
    const float h = visible_height_mm() * 0.5f;
    return glm::ortho(-h * aspect, h * aspect, -h, h, near_mm, far_mm);
  }
  return glm::perspective(fov_y, aspect, near_mm, far_mm);
}

void Camera::orbit(float d_yaw, float d_pitch) {
  yaw += d_yaw;
  pitch = std::clamp(pitch + d_pitch, -kMaxPitch, kMaxPitch);
}

void Camera::pan(float dx_fraction, float dy_fraction) {
  const glm::vec3 fwd = glm::normalize(target - eye());
  const glm::vec3 right = glm::normalize(glm::cross(fwd, glm::vec3(0, 1, 0)));
  const glm::vec3 up = glm::cross(right, fwd);
  const float h = visible_height_mm();
  target += right * (dx_fraction * h) + up * (dy_fraction * h);
}

void Camera::zoom(float factor) {
  distance = std::clamp(distance * factor, kMinDistance_mm, kMaxDistance_mm);
}

float Camera::visible_height_mm() const {
  return 2.0f * distance * std::tan(fov_y * 0.5f);
}

Camera default_camera(const glm::vec3& block_min, const glm::vec3& block_max) {
  Camera c;
  const glm::vec3 size = block_max - block_min;
  c.target = 0.5f * (block_min + block_max);
  c.target.y -= 0.04f * size.y;
  c.yaw = 0.62f;
  c.pitch = 0.40f;
  // Fit the block's diagonal into the vertical field of view with a margin.
  const float radius = 0.5f * glm::length(size);
  c.distance =
      std::clamp(radius * 1.25f / std::tan(c.fov_y * 0.5f), kMinDistance_mm, kMaxDistance_mm);
  return c;
}

Camera front_camera(const glm::vec3& block_min, const glm::vec3& block_max, float aspect) {
  Camera c;
  c.orthographic = true;
  c.yaw = 0.0f;
  c.pitch = 0.0f;
  c.target = 0.5f * (block_min + block_max);
  const glm::vec3 size = block_max - block_min;
  // Visible height so that both the depth and the width fit with a 6 % margin.
  const float needed_h = std::max(size.y, size.x / std::max(aspect, 1e-3f)) * 1.06f;
  c.distance =
      std::clamp(needed_h / (2.0f * std::tan(c.fov_y * 0.5f)), kMinDistance_mm, kMaxDistance_mm);
  return c;
}

bool project_to_pixels(const Camera& cam, const glm::vec3& world, int width, int height,
                       glm::vec2* out_px) {
  const float aspect = static_cast<float>(width) / static_cast<float>(std::max(height, 1));
  const glm::vec4 clip = cam.projection(aspect) * cam.view() * glm::vec4(world, 1.0f);
  if (clip.w <= 1e-6f) return false;
  const glm::vec3 ndc = glm::vec3(clip) / clip.w;
  out_px->x = (ndc.x * 0.5f + 0.5f) * static_cast<float>(width);
  out_px->y = (1.0f - (ndc.y * 0.5f + 0.5f)) * static_cast<float>(height);
  return true;
}

}  // namespace dv::scene
