#include <gtest/gtest.h>

#include <glm/glm.hpp>

#include "scene/camera.h"

namespace dv::scene {
namespace {

TEST(Camera, EyeIsDistanceFromTarget) {
  Camera c;
  c.orbit(0.3f, -0.2f);
  EXPECT_NEAR(glm::length(c.eye() - c.target), c.distance, 1e-4f);
}

TEST(Camera, PitchIsClampedBelowVertical) {
  Camera c;
  c.orbit(0.0f, 10.0f);
  EXPECT_LT(c.pitch, 1.5708f);
  c.orbit(0.0f, -20.0f);
  EXPECT_GT(c.pitch, -1.5708f);
}

TEST(Camera, ZoomStaysWithinLimits) {
  Camera c;
  for (int i = 0; i < 100; ++i) c.zoom(0.5f);
  EXPECT_GE(c.distance, 1.0f);
  for (int i = 0; i < 100; ++i) c.zoom(2.0f);
  EXPECT_LE(c.distance, 60.0f);
}

TEST(Camera, TargetProjectsToViewportCentre) {
  Camera c;
  glm::vec2 px;
  ASSERT_TRUE(project_to_pixels(c, c.target, 800, 600, &px));
  EXPECT_NEAR(px.x, 400.0f, 0.5f);
  EXPECT_NEAR(px.y, 300.0f, 0.5f);
}

TEST(Camera, PanMovesTargetByFractionOfVisibleHeight) {
  Camera c;
  const glm::vec3 before = c.target;
  const float h = c.visible_height_mm();
  c.pan(0.5f, 0.0f);
  EXPECT_NEAR(glm::length(c.target - before), 0.5f * h, 1e-3f);
}

TEST(Camera, FrontCameraFramesTheWholeBlockAndKeepsDepthLinear) {
  const glm::vec3 lo{-1.5f, -2.0f, -1.5f}, hi{1.5f, 0.1f, 1.5f};
  const Camera c = front_camera(lo, hi, 16.0f / 9.0f);
  glm::vec2 top, mid, bottom;
  ASSERT_TRUE(project_to_pixels(c, {0.0f, hi.y, hi.z}, 1600, 900, &top));
  ASSERT_TRUE(project_to_pixels(c, {0.0f, 0.5f * (lo.y + hi.y), hi.z}, 1600, 900, &mid));
  ASSERT_TRUE(project_to_pixels(c, {0.0f, lo.y, hi.z}, 1600, 900, &bottom));
  EXPECT_GT(top.y, 0.0f);
  EXPECT_LT(bottom.y, 900.0f);
  EXPECT_NEAR(mid.y - top.y, bottom.y - mid.y, 0.5f);  // orthographic: linear in depth
  glm::vec2 left, right;
  ASSERT_TRUE(project_to_pixels(c, {lo.x, 0.0f, hi.z}, 1600, 900, &left));
  ASSERT_TRUE(project_to_pixels(c, {hi.x, 0.0f, hi.z}, 1600, 900, &right));
  EXPECT_GT(left.x, 0.0f);
  EXPECT_LT(right.x, 1600.0f);
}

}  // namespace
}  // namespace dv::scene
