// render::LayerCache: composites what it cached, and a framebuffer the driver cannot make is an
// error for the caller, not a silent black view.
#include <gtest/gtest.h>

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

}  // namespace
}  // namespace dv::render
