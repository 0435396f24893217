// The GL debug output that every GL test relies on really reports errors.
#include <gtest/gtest.h>

#include "gl_test_context.h"
#include "render/gl_debug.h"

namespace dv::test {
namespace {

TEST(GlDebug, AnInvalidCallIsReportedAsAnError) {
  ASSERT_TRUE(ensure_gl_context());
  ASSERT_TRUE(gl_debug_on()) << "Mesa offers GL_KHR_debug even in a 3.3 core context";
  const std::size_t before = render::gl_error_count();
  glEnable(0x7fff);  // not a capability: GL_INVALID_ENUM
  EXPECT_EQ(glGetError(), static_cast<GLenum>(GL_INVALID_ENUM));
  ASSERT_EQ(render::gl_error_count(), before + 1);
  const auto errors = render::gl_errors_since(before);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].rfind("GL error ", 0), 0u) << errors[0];
}

TEST(GlDebug, CorrectCallsReportNothing) {
  DV_REQUIRE_GL();
  GLuint tex = 0;
  glGenTextures(1, &tex);
  glBindTexture(GL_TEXTURE_2D, tex);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, 4, 4, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
  glDeleteTextures(1, &tex);
  EXPECT_EQ(glGetError(), static_cast<GLenum>(GL_NO_ERROR));
}

}  // namespace
}  // namespace dv::test
