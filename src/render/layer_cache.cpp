#include "render/layer_cache.h"

#include <cstdio>

#include "render/shader.h"

namespace dv::render {

Result<LayerCache::CompositeProgram> LayerCache::load(const std::filesystem::path& dir,
                                                      bool colour_only) {
  auto prog = load_program(
      dir, "composite",
      colour_only ? std::vector<std::string>{"COLOUR_ONLY"} : std::vector<std::string>{});
  if (!prog) return Result<CompositeProgram>::error(prog.message());
  CompositeProgram c;
  c.program = std::move(prog.value());
  c.u_colour = glGetUniformLocation(c.program.get(), "u_colour");
  c.u_depth = glGetUniformLocation(c.program.get(), "u_depth");
  c.u_origin = glGetUniformLocation(c.program.get(), "u_origin");
  c.u_size = glGetUniformLocation(c.program.get(), "u_size");
  return c;
}

Result<LayerCache> LayerCache::create(const std::filesystem::path& shader_dir) {
  auto depth = load(shader_dir, false);
  if (!depth) return Result<LayerCache>::error(depth.message());
  auto colour = load(shader_dir, true);
  if (!colour) return Result<LayerCache>::error(colour.message());
  LayerCache c;
  c.with_depth_ = std::move(depth.value());
  c.colour_only_ = std::move(colour.value());
  c.empty_vao_ = make_vertex_array();
  return c;
}

namespace {

// Why the bound framebuffer is incomplete, for the message ("GL_FRAMEBUFFER_UNSUPPORTED").
std::string status_name(GLenum status) {
  switch (status) {
    case GL_FRAMEBUFFER_UNDEFINED: return "GL_FRAMEBUFFER_UNDEFINED";
    case GL_FRAMEBUFFER_INCOMPLETE_ATTACHMENT: return "GL_FRAMEBUFFER_INCOMPLETE_ATTACHMENT";
    case GL_FRAMEBUFFER_INCOMPLETE_MISSING_ATTACHMENT:
      return "GL_FRAMEBUFFER_INCOMPLETE_MISSING_ATTACHMENT";
    case GL_FRAMEBUFFER_UNSUPPORTED: return "GL_FRAMEBUFFER_UNSUPPORTED";
    case GL_FRAMEBUFFER_INCOMPLETE_MULTISAMPLE: return "GL_FRAMEBUFFER_INCOMPLETE_MULTISAMPLE";
    default: {
      char hex[16];
      std::snprintf(hex, sizeof hex, "0x%04x", status);
      return hex;
    }
  }
}

}  // namespace

std::optional<std::string> LayerCache::resize(int width, int height, int samples) {
  // Until both framebuffers are complete the cache holds no size, so the next draw retries.
  width_ = height_ = samples_ = 0;
  const auto incomplete = [&](const char* which) -> std::optional<std::string> {
    const GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
    if (status == GL_FRAMEBUFFER_COMPLETE) return std::nullopt;
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    return "the OpenGL driver could not create the " + std::to_string(width) + "x" +
           std::to_string(height) + " " + which + " framebuffer of the layer cache (" +
           std::to_string(samples) + " samples; " + status_name(status) +
           "); try a smaller window or --size";
  };
  msaa_fbo_ = make_framebuffer();
  msaa_colour_ = make_renderbuffer();
  msaa_depth_ = make_renderbuffer();
  glBindFramebuffer(GL_FRAMEBUFFER, msaa_fbo_.get());
  glBindRenderbuffer(GL_RENDERBUFFER, msaa_colour_.get());
  glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_RGBA8, width, height);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER,
                            msaa_colour_.get());
  glBindRenderbuffer(GL_RENDERBUFFER, msaa_depth_.get());
  glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_DEPTH_COMPONENT24, width, height);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER,
                            msaa_depth_.get());
  if (auto err = incomplete("multisampled")) return err;

  colour_tex_ = make_texture();
  glBindTexture(GL_TEXTURE_2D, colour_tex_.get());
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
  depth_tex_ = make_texture();
  glBindTexture(GL_TEXTURE_2D, depth_tex_.get());
  glTexImage2D(GL_TEXTURE_2D, 0, GL_DEPTH_COMPONENT24, width, height, 0, GL_DEPTH_COMPONENT,
               GL_UNSIGNED_INT, nullptr);
  for (GLuint t : {colour_tex_.get(), depth_tex_.get()}) {
    glBindTexture(GL_TEXTURE_2D, t);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  }
  glBindTexture(GL_TEXTURE_2D, 0);
  resolve_fbo_ = make_framebuffer();
  glBindFramebuffer(GL_FRAMEBUFFER, resolve_fbo_.get());
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, colour_tex_.get(), 0);
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_TEXTURE_2D, depth_tex_.get(), 0);
  if (auto err = incomplete("resolve")) return err;
  width_ = width;
  height_ = height;
  samples_ = samples;
  return std::nullopt;
}

Result<bool> LayerCache::draw(const LayerKey& key, const Painter& paint, GLuint draw_fbo, int x,
                              int y, bool with_depth) {
  const bool redraw = !key_ || !(*key_ == key);
  if (redraw) {
    if (key.width != width_ || key.height != height_ || key.samples != samples_) {
      if (auto err = resize(key.width, key.height, key.samples)) {
        key_.reset();
        return Result<bool>::error(*err);
      }
    }
    glBindFramebuffer(GL_FRAMEBUFFER, msaa_fbo_.get());
    glViewport(0, 0, key.width, key.height);
    paint(msaa_fbo_.get());
    // Resolve colour (averaging samples) and depth (one sample per pixel) into the textures.
    glBindFramebuffer(GL_READ_FRAMEBUFFER, msaa_fbo_.get());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolve_fbo_.get());
    glBlitFramebuffer(0, 0, key.width, key.height, 0, 0, key.width, key.height, GL_COLOR_BUFFER_BIT,
                      GL_LINEAR);
    glBlitFramebuffer(0, 0, key.width, key.height, 0, 0, key.width, key.height, GL_DEPTH_BUFFER_BIT,
                      GL_NEAREST);
    key_ = key;
  }
  glBindFramebuffer(GL_FRAMEBUFFER, draw_fbo);
  glViewport(x, y, key.width, key.height);
  glDisable(GL_BLEND);
  glDisable(GL_CULL_FACE);
  glDisable(GL_SCISSOR_TEST);
  const CompositeProgram& prog = with_depth ? with_depth_ : colour_only_;
  if (with_depth) {
    glEnable(GL_DEPTH_TEST);
    glDepthFunc(GL_ALWAYS);
    glDepthMask(GL_TRUE);
  } else {
    glDisable(GL_DEPTH_TEST);
  }
  glUseProgram(prog.program.get());
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, colour_tex_.get());
  glActiveTexture(GL_TEXTURE1);
  glBindTexture(GL_TEXTURE_2D, depth_tex_.get());
  glUniform1i(prog.u_colour, 0);
  glUniform1i(prog.u_depth, 1);
  glUniform2f(prog.u_origin, static_cast<float>(x), static_cast<float>(y));
  glUniform2f(prog.u_size, static_cast<float>(key.width), static_cast<float>(key.height));
  glBindVertexArray(empty_vao_.get());
  glDrawArrays(GL_TRIANGLES, 0, 3);
  glBindVertexArray(0);
  glBindTexture(GL_TEXTURE_2D, 0);
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, 0);
  glUseProgram(0);
  glDepthFunc(GL_LESS);
  glDisable(GL_DEPTH_TEST);
  return redraw;
}

}  // namespace dv::render
