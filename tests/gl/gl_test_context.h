// gl_test_context.h: one hidden GLFW window with an OpenGL 3.3 core context for the GL tests.
#pragma once

#include <glad/gl.h>
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>

namespace dv::test {

/// Makes a 3.3 core context current once per process; returns false (test skipped) never:
/// a missing context fails loudly, since CI always runs these under xvfb-run.
inline bool ensure_gl_context() {
  static GLFWwindow* window = [] () -> GLFWwindow* {
    if (!glfwInit()) return nullptr;
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
    GLFWwindow* w = glfwCreateWindow(64, 64, "dermaviz-test", nullptr, nullptr);
    if (!w) return nullptr;
    glfwMakeContextCurrent(w);
    if (!gladLoadGL(glfwGetProcAddress)) return nullptr;
    return w;
  }();
  return window != nullptr;
}

}  // namespace dv::test

/// Start of every GL test body.
#define DV_REQUIRE_GL() \
  ASSERT_TRUE(::dv::test::ensure_gl_context()) << "no OpenGL 3.3 context: run under xvfb-run -a"
