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
  /// A single-sampled width×height target for frames composited from layers that are
  /// antialiased on their own (the cached block, Dear ImGui's own antialiasing): samples()
  /// reports `layer_samples`, the MSAA the layers should use. A 4×-MSAA frame target costs
  /// 4× the memory and fill of this one (66 MB at 1920x1080) and adds nothing to such frames.
  /// Its depth buffer is depth 24 + stencil 8, so a layer's depth can be copied into it.
  static Result<OffscreenTarget> create_composited(int width, int height, int layer_samples);

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
  /// MSAA samples in use (1 = none); for a composited target, the samples its layers use.
  int samples() const { return samples_; }

 private:
  int width_ = 0, height_ = 0, samples_ = 1;
  bool single_ = false;  // drawn single-sampled (composited): no resolve step
  Framebuffer msaa_fbo_, resolve_fbo_;
  Renderbuffer msaa_colour_, msaa_depth_, resolve_colour_;
};

}  // namespace dv::render
