// Tier 2 (GL): the layer cache repaints only when its key changes, paints at moving detail
// while only the camera changes, and in full again once the camera stops (issue 13).
#include <gtest/gtest.h>

#include <vector>

#include "gl_test_context.h"
#include "render/layer_cache.h"
#include "render/offscreen.h"

namespace dv::render {
namespace {

using Detail = SceneRenderer::Detail;

// Paints the layer a flat colour and records at which detail it was asked to paint.
struct Recorder {
  std::vector<Detail> painted;
  LayerCache::DetailPainter painter() {
    return [this](GLuint, Detail d) {
      painted.push_back(d);
      glClearColor(d == Detail::full ? 0.0f : 1.0f, 0.5f, 0.0f, 1.0f);
      glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
    };
  }
};

LayerKey key_at(float turn) {
  LayerKey k;
  k.width = 64;
  k.height = 48;
  k.samples = 4;
  k.view_proj[3][0] = turn;  // stands for a camera change
  return k;
}

TEST(LayerCache, MovingDetailWhileOnlyTheCameraChangesThenFullOnceItStops) {
  DV_REQUIRE_GL();
  auto cache = LayerCache::create(DV_SOURCE_DIR "/shaders");
  ASSERT_TRUE(cache.ok()) << cache.message();
  auto target = OffscreenTarget::create_composited(64, 48, 4);
  ASSERT_TRUE(target.ok()) << target.message();
  EXPECT_EQ(target->samples(), 4);
  Recorder rec;
  const GLuint fbo = target->framebuffer();

  EXPECT_TRUE(cache->draw_with_detail(key_at(0.0f), rec.painter(), fbo, 0, 0, false));
  EXPECT_FALSE(cache->draw_with_detail(key_at(0.0f), rec.painter(), fbo, 0, 0, false));
  EXPECT_FALSE(cache->settling());
  // The camera turns for two frames: lighter detail each time.
  EXPECT_TRUE(cache->draw_with_detail(key_at(0.1f), rec.painter(), fbo, 0, 0, false));
  EXPECT_TRUE(cache->settling());
  EXPECT_TRUE(cache->draw_with_detail(key_at(0.2f), rec.painter(), fbo, 0, 0, false));
  // The picture of a moving frame is what was painted (red channel 1 at moving detail).
  auto px = target->read_rgba();
  EXPECT_EQ(px[0], 255);
  // It stops: the same key once more paints in full, then the cache holds.
  EXPECT_TRUE(cache->draw_with_detail(key_at(0.2f), rec.painter(), fbo, 0, 0, false));
  EXPECT_FALSE(cache->settling());
  EXPECT_FALSE(cache->draw_with_detail(key_at(0.2f), rec.painter(), fbo, 0, 0, false));
  px = target->read_rgba();
  EXPECT_EQ(px[0], 0);
  // Anything else changing (here the toggles) paints in full at once.
  LayerKey other = key_at(0.3f);
  other.visible[0] = !other.visible[0];
  EXPECT_TRUE(cache->draw_with_detail(other, rec.painter(), fbo, 0, 0, false));
  const std::vector<Detail> want{Detail::full, Detail::moving, Detail::moving, Detail::full,
                                 Detail::full};
  EXPECT_EQ(rec.painted, want);
}

TEST(LayerCache, APainterWithoutDetailAlwaysPaintsInFull) {
  DV_REQUIRE_GL();
  auto cache = LayerCache::create(DV_SOURCE_DIR "/shaders");
  ASSERT_TRUE(cache.ok()) << cache.message();
  auto target = OffscreenTarget::create_composited(64, 48, 4);
  ASSERT_TRUE(target.ok()) << target.message();
  int paints = 0;
  const LayerCache::Painter paint = [&](GLuint) {
    ++paints;
    glClearColor(0.0f, 0.0f, 1.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
  };
  cache->draw(key_at(0.0f), paint, target->framebuffer(), 0, 0, false);
  cache->draw(key_at(0.1f), paint, target->framebuffer(), 0, 0, false);
  EXPECT_FALSE(cache->settling());
  EXPECT_FALSE(cache->draw(key_at(0.1f), paint, target->framebuffer(), 0, 0, false));
  EXPECT_EQ(paints, 2);
  EXPECT_EQ(target->read_rgba()[2], 255);
}

TEST(LayerCache, CopiesColourAndDepthIntoASingleSampledFrame) {
  // While the timeline plays the block is copied into the frame with its depth, and the
  // treatment is depth-tested against it there.
  DV_REQUIRE_GL();
  auto cache = LayerCache::create(DV_SOURCE_DIR "/shaders");
  ASSERT_TRUE(cache.ok()) << cache.message();
  auto target = OffscreenTarget::create_composited(64, 48, 4);
  ASSERT_TRUE(target.ok()) << target.message();
  const LayerCache::Painter paint = [](GLuint) {
    glClearColor(0.0f, 1.0f, 0.0f, 1.0f);
    glClearDepth(0.25);
    glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
    glClearDepth(1.0);
  };
  while (glGetError() != GL_NO_ERROR) {
  }
  cache->draw(key_at(0.0f), paint, target->framebuffer(), 0, 0, true);
  EXPECT_EQ(glGetError(), static_cast<GLenum>(GL_NO_ERROR));
  float depth = 0.0f;
  glBindFramebuffer(GL_READ_FRAMEBUFFER, target->framebuffer());
  glReadPixels(10, 10, 1, 1, GL_DEPTH_COMPONENT, GL_FLOAT, &depth);
  EXPECT_NEAR(depth, 0.25f, 1e-3f);
  EXPECT_EQ(target->read_rgba()[1], 255);
}

}  // namespace
}  // namespace dv::render
