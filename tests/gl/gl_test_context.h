// gl_test_context.h: one hidden window with an OpenGL 3.3 core context for the GL tests.
#pragma once

#include <glad/gl.h>
#include <gtest/gtest.h>

#include "app/gl_window.h"

namespace dv::test {

/// Makes a 3.3 core context current once per process (the app's own GlWindow). A missing
/// context fails the test loudly: CI always runs these under xvfb-run.
inline bool ensure_gl_context() {
  static auto window = app::GlWindow::create(64, 64, "dermaviz-test", false);
  return window.ok();
}

}  // namespace dv::test

/// Start of every GL test body.
#define DV_REQUIRE_GL() \
  ASSERT_TRUE(::dv::test::ensure_gl_context()) << "no OpenGL 3.3 context: run under xvfb-run -a"
