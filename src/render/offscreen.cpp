#include "render/offscreen.h"

#include <algorithm>

namespace dv::render {

Result<OffscreenTarget> OffscreenTarget::create_composited(int width, int height,
                                                           int layer_samples) {
  auto t = create(width, height, 1);
  if (!t) return t;
  GLint max_samples = 1;
  glGetIntegerv(GL_MAX_SAMPLES, &max_samples);
  t->samples_ = std::clamp(layer_samples, 1, std::max(1, static_cast<int>(max_samples)));
  t->single_ = true;
  t->resolve_fbo_ = {};
  t->resolve_colour_ = {};
  return t;
}

Result<OffscreenTarget> OffscreenTarget::create(int width, int height, int samples) {
  if (width < 1 || height < 1 || width > kMaxSide || height > kMaxSide) {
    return Result<OffscreenTarget>::error("offscreen size " + std::to_string(width) + "x" +
                                          std::to_string(height) + " is outside 1..." +
                                          std::to_string(kMaxSide) + " per side");
  }
  GLint max_samples = 1;
  glGetIntegerv(GL_MAX_SAMPLES, &max_samples);
  OffscreenTarget t;
  t.width_ = width;
  t.height_ = height;
  t.samples_ = std::clamp(samples, 1, std::max(1, static_cast<int>(max_samples)));

  // 0 samples asks for a plain single-sampled buffer; a request for 1 may get the driver's
  // smallest multisampled format instead.
  const int storage_samples = t.samples_ > 1 ? t.samples_ : 0;
  t.msaa_fbo_ = make_framebuffer();
  t.msaa_colour_ = make_renderbuffer();
  t.msaa_depth_ = make_renderbuffer();
  glBindFramebuffer(GL_FRAMEBUFFER, t.msaa_fbo_.get());
  glBindRenderbuffer(GL_RENDERBUFFER, t.msaa_colour_.get());
  glRenderbufferStorageMultisample(GL_RENDERBUFFER, storage_samples, GL_RGBA8, width, height);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER,
                            t.msaa_colour_.get());
  glBindRenderbuffer(GL_RENDERBUFFER, t.msaa_depth_.get());
  glRenderbufferStorageMultisample(GL_RENDERBUFFER, storage_samples, GL_DEPTH24_STENCIL8, width,
                                   height);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_RENDERBUFFER,
                            t.msaa_depth_.get());
  if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE) {
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    return Result<OffscreenTarget>::error("the OpenGL driver could not create a " +
                                          std::to_string(width) + "x" + std::to_string(height) +
                                          " offscreen framebuffer; try a smaller --size");
  }

  t.resolve_fbo_ = make_framebuffer();
  t.resolve_colour_ = make_renderbuffer();
  glBindFramebuffer(GL_FRAMEBUFFER, t.resolve_fbo_.get());
  glBindRenderbuffer(GL_RENDERBUFFER, t.resolve_colour_.get());
  glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER,
                            t.resolve_colour_.get());
  const bool complete = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  if (!complete) {
    return Result<OffscreenTarget>::error(
        "the OpenGL driver could not create the resolve "
        "framebuffer; try a smaller --size");
  }
  return t;
}

void OffscreenTarget::bind() const {
  glBindFramebuffer(GL_FRAMEBUFFER, msaa_fbo_.get());
  glViewport(0, 0, width_, height_);
}

void OffscreenTarget::present_to(GLuint fbo) const {
  // (For a single-sampled target this is a plain copy.)
  glBindFramebuffer(GL_READ_FRAMEBUFFER, msaa_fbo_.get());
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, fbo);
  glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT, GL_NEAREST);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

std::vector<std::uint8_t> OffscreenTarget::read_rgba() {
  if (single_) {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, msaa_fbo_.get());
  } else {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, msaa_fbo_.get());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolve_fbo_.get());
    glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT,
                      GL_NEAREST);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, resolve_fbo_.get());
  }
  const auto w = static_cast<std::size_t>(width_), h = static_cast<std::size_t>(height_);
  std::vector<std::uint8_t> px(w * h * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, width_, height_, GL_RGBA, GL_UNSIGNED_BYTE, px.data());
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  // GL's origin is bottom-left; images are stored top row first. Flipped in place (a second
  // copy would be 8 MB more at 1920x1080).
  const std::size_t row = w * 4;
  for (std::size_t y = 0; y < h / 2; ++y) {
    std::swap_ranges(px.begin() + static_cast<std::ptrdiff_t>(y * row),
                     px.begin() + static_cast<std::ptrdiff_t>((y + 1) * row),
                     px.begin() + static_cast<std::ptrdiff_t>((h - 1 - y) * row));
  }
  return px;
}

}  // namespace dv::render
