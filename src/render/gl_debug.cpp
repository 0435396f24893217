#include "render/gl_debug.h"

#include <glad/gl.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>

namespace dv::render {
namespace {

constexpr std::size_t kKeptMessages = 100;  // enough to diagnose; a loop of errors stays bounded

struct Log {
  std::mutex mutex;
  std::size_t count = 0;
  std::vector<std::string> kept;
};

Log& log() {
  static Log l;
  return l;
}

const char* source_name(GLenum source) {
  switch (source) {
    case GL_DEBUG_SOURCE_API: return "API";
    case GL_DEBUG_SOURCE_WINDOW_SYSTEM: return "window system";
    case GL_DEBUG_SOURCE_SHADER_COMPILER: return "shader compiler";
    case GL_DEBUG_SOURCE_THIRD_PARTY: return "third party";
    case GL_DEBUG_SOURCE_APPLICATION: return "application";
    default: return "other";
  }
}

void GLAD_API_PTR on_message(GLenum source, GLenum type, GLuint id, GLenum /*severity*/,
                             GLsizei length, const GLchar* message, const void* /*user*/) {
  // Performance hints and notifications are not errors; Mesa sends some during normal use.
  if (type != GL_DEBUG_TYPE_ERROR && type != GL_DEBUG_TYPE_UNDEFINED_BEHAVIOR) return;
  // A shader that does not compile is a user error the shader loader already reports with the
  // file name and the driver's log (render/shader.cpp), not a misuse of GL.
  if (source == GL_DEBUG_SOURCE_SHADER_COMPILER) return;
  const std::size_t n = length >= 0 ? static_cast<std::size_t>(length) : std::strlen(message);
  const char* kind = type == GL_DEBUG_TYPE_ERROR ? "GL error " : "GL undefined behaviour ";
  const std::string text =
      kind + std::to_string(id) + " (" + source_name(source) + "): " + std::string(message, n);
  Log& l = log();
  const std::lock_guard lock(l.mutex);
  if (l.count < kKeptMessages) {
    l.kept.push_back(text);
    std::fprintf(stderr, "%s\n", text.c_str());
  }
  ++l.count;
}

}  // namespace

bool gl_debug_requested() {
#ifndef NDEBUG
  return true;
#else
  const char* v = std::getenv("DV_GL_DEBUG");
  return v && *v && std::strcmp(v, "0") != 0;
#endif
}

bool enable_gl_debug_output() {
  if (GLAD_GL_KHR_debug) {
    glEnable(GL_DEBUG_OUTPUT);
    glEnable(GL_DEBUG_OUTPUT_SYNCHRONOUS);
    glDebugMessageCallback(on_message, nullptr);
    glDebugMessageControl(GL_DONT_CARE, GL_DONT_CARE, GL_DONT_CARE, 0, nullptr, GL_TRUE);
    return true;
  }
  if (GLAD_GL_ARB_debug_output) {
    glEnable(GL_DEBUG_OUTPUT_SYNCHRONOUS_ARB);
    glDebugMessageCallbackARB(on_message, nullptr);
    glDebugMessageControlARB(GL_DONT_CARE, GL_DONT_CARE, GL_DONT_CARE, 0, nullptr, GL_TRUE);
    return true;
  }
  return false;
}

std::size_t gl_error_count() {
  Log& l = log();
  const std::lock_guard lock(l.mutex);
  return l.count;
}

std::vector<std::string> gl_errors_since(std::size_t first) {
  Log& l = log();
  const std::lock_guard lock(l.mutex);
  if (first >= l.kept.size()) return {};
  return {l.kept.begin() + static_cast<std::ptrdiff_t>(first), l.kept.end()};
}

}  // namespace dv::render
