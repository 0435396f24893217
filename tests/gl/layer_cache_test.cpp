// render::LayerCache: composites what it cached, and a framebuffer the driver cannot make is an
// error for the caller, not a silent black view. It paints at moving detail while only the
// camera changes, and in full again once the camera stops (issue 13).
#include <gtest/gtest.h>

#include <vector>

#include "gl_test_context.h"
#include "render/gl_debug.h"
#include "render/layer_cache.h"
#include "render/offscreen.h"

namespace dv::render {
namespace {

// Paints the whole layer one colour.
LayerCache::Painter fill(float r, float g, float b, int* calls) {
  return [=](GLuint) {
    ++*calls;
    glClearColor(r, g, b, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
  };
}

TEST(LayerCache, CompositesTheCachedLayerAndRepaintsOnlyWhenTheKeyChanges) {
  DV_REQUIRE_GL();
  auto cache = LayerCache::create(std::filesystem::path(DV_SOURCE_DIR) / "shaders");
  ASSERT_TRUE(cache.ok()) << cache.message();
  auto target = OffscreenTarget::create(64, 48, 4);
  ASSERT_TRUE(target.ok()) << target.message();
  LayerKey key;
  key.width = 64;
  key.height = 48;
  key.samples = target->samples();
  int calls = 0;
  for (int i = 0; i < 2; ++i) {
    auto drawn = cache->draw(key, fill(0.0f, 0.0f, 1.0f, &calls), target->framebuffer(), 0, 0);
    ASSERT_TRUE(drawn.ok()) << drawn.message();
    EXPECT_EQ(drawn.value(), i == 0);  // painted once, composited twice
  }
  EXPECT_EQ(calls, 1);
  const auto px = target->read_rgba();
  const std::size_t centre = (24u * 64u + 32u) * 4u;
  EXPECT_EQ(px[centre + 2], 255);
  EXPECT_EQ(px[centre], 0);
}

TEST(LayerCache, AFramebufferTheDriverCannotMakeIsAnErrorAndTheNextDrawRetries) {
  ASSERT_TRUE(test::ensure_gl_context());
  auto cache = LayerCache::create(std::filesystem::path(DV_SOURCE_DIR) / "shaders");
  ASSERT_TRUE(cache.ok()) << cache.message();
  auto target = OffscreenTarget::create(32, 32, 1);
  ASSERT_TRUE(target.ok()) << target.message();
  GLint max_side = 0;
  glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &max_side);
  LayerKey key;
  key.width = max_side + 1;  // no renderbuffer of this width: storage fails, attachment empty
  key.height = 8;
  key.samples = 1;
  int calls = 0;
  const std::size_t gl_errors = gl_error_count();
  auto drawn = cache->draw(key, fill(1.0f, 0.0f, 0.0f, &calls), target->framebuffer(), 0, 0);
  ASSERT_FALSE(drawn.ok());
  EXPECT_NE(drawn.message().find(std::to_string(max_side + 1) + "x8"), std::string::npos)
      << drawn.message();
  EXPECT_NE(drawn.message().find("framebuffer"), std::string::npos) << drawn.message();
  EXPECT_EQ(calls, 0);                     // nothing painted into an incomplete framebuffer
  EXPECT_GT(gl_error_count(), gl_errors);  // the debug output saw the failed storage call
  while (glGetError() != GL_NO_ERROR) {
  }

  const test::GlErrorCheck no_more_errors;
  key.width = 32;
  key.height = 32;
  drawn = cache->draw(key, fill(1.0f, 0.0f, 0.0f, &calls), target->framebuffer(), 0, 0);
  ASSERT_TRUE(drawn.ok()) << drawn.message();
  EXPECT_TRUE(drawn.value());
  EXPECT_EQ(target->read_rgba()[0], 255);
}

using Detail = SceneRenderer::Detail;

// The value of a draw that must succeed (a failure is reported).
bool drawn(const Result<bool>& r) {
  EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.message());
  return r.ok() && r.value();
}

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

  EXPECT_TRUE(drawn(cache->draw_with_detail(key_at(0.0f), rec.painter(), fbo, 0, 0, false)));
  EXPECT_FALSE(drawn(cache->draw_with_detail(key_at(0.0f), rec.painter(), fbo, 0, 0, false)));
  EXPECT_FALSE(cache->settling());
  // The camera turns for two frames: lighter detail each time.
  EXPECT_TRUE(drawn(cache->draw_with_detail(key_at(0.1f), rec.painter(), fbo, 0, 0, false)));
  EXPECT_TRUE(cache->settling());
  EXPECT_TRUE(drawn(cache->draw_with_detail(key_at(0.2f), rec.painter(), fbo, 0, 0, false)));
  // The picture of a moving frame is what was painted (red channel 1 at moving detail).
  auto px = target->read_rgba();
  EXPECT_EQ(px[0], 255);
  // It stops: the same key once more paints in full, then the cache holds.
  EXPECT_TRUE(drawn(cache->draw_with_detail(key_at(0.2f), rec.painter(), fbo, 0, 0, false)));
  EXPECT_FALSE(cache->settling());
  EXPECT_FALSE(drawn(cache->draw_with_detail(key_at(0.2f), rec.painter(), fbo, 0, 0, false)));
  px = target->read_rgba();
  EXPECT_EQ(px[0], 0);
  // Anything else changing (here the toggles) paints in full at once.
  LayerKey other = key_at(0.3f);
  other.visible[0] = !other.visible[0];
  EXPECT_TRUE(drawn(cache->draw_with_detail(other, rec.painter(), fbo, 0, 0, false)));
  const std::vector<Detail> want{Detail::full, Detail::moving, Detail::moving, Detail::full,
                                 Detail::full};
  EXPECT_EQ(rec.painted, want);
}

TEST(LayerCache, SettlesInStripsShowingTheLightImageUntilTheLastStrip) {
  DV_REQUIRE_GL();
  auto cache = LayerCache::create(DV_SOURCE_DIR "/shaders");
  ASSERT_TRUE(cache.ok()) << cache.message();
  auto target = OffscreenTarget::create_composited(64, 48, 4);
  ASSERT_TRUE(target.ok()) << target.message();
  cache->set_settle_strip_pixels(64 * 12);  // 4 strips of 12 rows
  Recorder rec;
  const GLuint fbo = target->framebuffer();
  EXPECT_TRUE(drawn(cache->draw_with_detail(key_at(0.0f), rec.painter(), fbo, 0, 0, false)));
  EXPECT_TRUE(drawn(cache->draw_with_detail(key_at(0.1f), rec.painter(), fbo, 0, 0, false)));
  int strips = 0;
  while (cache->settling() && strips < 10) {
    EXPECT_EQ(target->read_rgba()[0], 255);  // the light image stays on show meanwhile
    EXPECT_TRUE(drawn(cache->draw_with_detail(key_at(0.1f), rec.painter(), fbo, 0, 0, false)));
    ++strips;
  }
  EXPECT_EQ(strips, 4);
  EXPECT_FALSE(cache->settling());
  // The finished picture is the full one everywhere (every strip was painted).
  const auto px = target->read_rgba();
  for (std::size_t i = 0; i < px.size(); i += 4) {
    ASSERT_EQ(px[i], 0) << "pixel " << i / 4;
  }
  EXPECT_FALSE(drawn(cache->draw_with_detail(key_at(0.1f), rec.painter(), fbo, 0, 0, false)));
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
  drawn(cache->draw(key_at(0.0f), paint, target->framebuffer(), 0, 0, false));
  drawn(cache->draw(key_at(0.1f), paint, target->framebuffer(), 0, 0, false));
  EXPECT_FALSE(cache->settling());
  EXPECT_FALSE(drawn(cache->draw(key_at(0.1f), paint, target->framebuffer(), 0, 0, false)));
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
  drawn(cache->draw(key_at(0.0f), paint, target->framebuffer(), 0, 0, true));
  EXPECT_EQ(glGetError(), static_cast<GLenum>(GL_NO_ERROR));
  float depth = 0.0f;
  glBindFramebuffer(GL_READ_FRAMEBUFFER, target->framebuffer());
  glReadPixels(10, 10, 1, 1, GL_DEPTH_COMPONENT, GL_FLOAT, &depth);
  EXPECT_NEAR(depth, 0.25f, 1e-3f);
  EXPECT_EQ(target->read_rgba()[1], 255);
}

}  // namespace
}  // namespace dv::render
