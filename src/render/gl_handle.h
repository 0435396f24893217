// gl_handle.h: move-only RAII owners of OpenGL object names (copy deleted, destructor deletes,
// an explicit empty state of name 0).
#pragma once

#include <glad/gl.h>

#include <utility>

namespace dv::render {

/// Owns one GL object name; Deleter is a functor taking the name.
template <typename Deleter>
class GlHandle {
 public:
  GlHandle() = default;
  /// Take ownership of `name` (0 = empty).
  explicit GlHandle(GLuint name) : name_(name) {}
  ~GlHandle() { reset(); }
  GlHandle(const GlHandle&) = delete;
  GlHandle& operator=(const GlHandle&) = delete;
  GlHandle(GlHandle&& o) noexcept : name_(std::exchange(o.name_, 0)) {}
  GlHandle& operator=(GlHandle&& o) noexcept {
    if (this != &o) {
      reset();
      name_ = std::exchange(o.name_, 0);
    }
    return *this;
  }
  /// The GL name (0 when empty).
  GLuint get() const { return name_; }
  /// True when it owns an object.
  explicit operator bool() const { return name_ != 0; }
  /// Delete the object, leaving the handle empty.
  void reset() {
    if (name_ != 0) Deleter{}(name_);
    name_ = 0;
  }

 private:
  GLuint name_ = 0;
};

struct BufferDeleter {
  void operator()(GLuint n) const { glDeleteBuffers(1, &n); }
};
struct VertexArrayDeleter {
  void operator()(GLuint n) const { glDeleteVertexArrays(1, &n); }
};
struct TextureDeleter {
  void operator()(GLuint n) const { glDeleteTextures(1, &n); }
};
struct FramebufferDeleter {
  void operator()(GLuint n) const { glDeleteFramebuffers(1, &n); }
};
struct RenderbufferDeleter {
  void operator()(GLuint n) const { glDeleteRenderbuffers(1, &n); }
};
struct ProgramDeleter {
  void operator()(GLuint n) const { glDeleteProgram(n); }
};
struct ShaderDeleter {
  void operator()(GLuint n) const { glDeleteShader(n); }
};

using Buffer = GlHandle<BufferDeleter>;              ///< a buffer object
using VertexArray = GlHandle<VertexArrayDeleter>;    ///< a vertex array object
using Texture = GlHandle<TextureDeleter>;            ///< a texture
using Framebuffer = GlHandle<FramebufferDeleter>;    ///< a framebuffer object
using Renderbuffer = GlHandle<RenderbufferDeleter>;  ///< a renderbuffer
using Program = GlHandle<ProgramDeleter>;            ///< a linked shader program
using Shader = GlHandle<ShaderDeleter>;              ///< a shader stage

/// Generate one new object of each kind.
inline Buffer make_buffer() {
  GLuint n = 0;
  glGenBuffers(1, &n);
  return Buffer(n);
}
inline VertexArray make_vertex_array() {
  GLuint n = 0;
  glGenVertexArrays(1, &n);
  return VertexArray(n);
}
inline Texture make_texture() {
  GLuint n = 0;
  glGenTextures(1, &n);
  return Texture(n);
}
inline Framebuffer make_framebuffer() {
  GLuint n = 0;
  glGenFramebuffers(1, &n);
  return Framebuffer(n);
}
inline Renderbuffer make_renderbuffer() {
  GLuint n = 0;
  glGenRenderbuffers(1, &n);
  return Renderbuffer(n);
}

}  // namespace dv::render
