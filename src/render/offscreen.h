// offscreen.h: an anti-aliased offscreen framebuffer of exact size, read back as RGBA8.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "render/gl_handle.h"

namespace dv::render {

/// Multisampled colour+depth target with a single-sampled resolve target for read-back.
class OffscreenTarget {
 public:
  /// Largest side accepted, pixels (issue 2: up to 3840x2160).
  static constexpr int kMaxSide = 4096;

  /// Create a width×height target with up to `samples` MSAA samples (clamped to the driver's).
  static Result<OffscreenTarget> create(int width, int height, int samples);

  /// Bind for drawing and set the viewport to the full size.
  void bind() const;
  /// Resolve the samples and return the pixels, RGBA8, top row first.
  std::vector<std::uint8_t> read_rgba();
  /// Resolve the samples into framebuffer `fbo` (0 = the window) of the same size.
  void present_to(GLuint fbo) const;
  /// The multisampled framebuffer drawn into.
  GLuint framebuffer() const { return msaa_fbo_.get(); }
  /// Width, pixels.
  int width() const { return width_; }
  /// Height, pixels.
  int height() const { return height_; }
  /// MSAA samples in use (1 = none).
  int samples() const { return samples_; }

 private:
  int width_ = 0, height_ = 0, samples_ = 1;
  Framebuffer msaa_fbo_, resolve_fbo_;
  Renderbuffer msaa_colour_, msaa_depth_, resolve_colour_;
};

}  // namespace dv::render
