// gl_test_context.h: one hidden window with an OpenGL 3.3 core context for the GL tests, with
// the driver's debug output on, so that every GL error fails the test that caused it.
#pragma once

#include <glad/gl.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "app/gl_window.h"
#include "render/gl_debug.h"

namespace dv::test {

/// Makes a 3.3 core context current once per process (the app's own GlWindow), with the debug
/// output on (DV_GL_DEBUG, also inherited by the `dermaviz` processes a test starts). A missing
/// context fails the test loudly: CI always runs these under xvfb-run.
inline bool ensure_gl_context() {
  static auto window = [] {
    ::setenv("DV_GL_DEBUG", "1", 1);
    return app::GlWindow::create(64, 64, "dermaviz-test", false);
  }();
  return window.ok();
}

/// True when the context reports errors through the debug output (Mesa's llvmpipe does).
inline bool gl_debug_on() {
  GLint flags = 0;
  glGetIntegerv(GL_CONTEXT_FLAGS, &flags);
  return (flags & GL_CONTEXT_FLAG_DEBUG_BIT) != 0 && glIsEnabled(GL_DEBUG_OUTPUT);
}

/// Fails the running test when the driver reported a GL error while this object lived.
class GlErrorCheck {
 public:
  GlErrorCheck() : first_(render::gl_error_count()) {}
  GlErrorCheck(const GlErrorCheck&) = delete;
  GlErrorCheck& operator=(const GlErrorCheck&) = delete;
  ~GlErrorCheck() {
    glFinish();
    std::string all;
    for (const std::string& e : render::gl_errors_since(first_)) all += "\n  " + e;
    EXPECT_EQ(render::gl_error_count(), first_) << "GL errors during the test:" << all;
  }

 private:
  std::size_t first_;  ///< errors reported before the test began
};

}  // namespace dv::test

/// Start of every GL test body: a current context with debug output, and a check at the end of
/// the body that no GL error was reported meanwhile.
#define DV_REQUIRE_GL()                                                                           \
  ASSERT_TRUE(::dv::test::ensure_gl_context()) << "no OpenGL 3.3 context: run under xvfb-run -a"; \
  ASSERT_TRUE(::dv::test::gl_debug_on()) << "no GL debug output (GL_KHR_debug) in this context";  \
  const ::dv::test::GlErrorCheck dv_gl_error_check_
