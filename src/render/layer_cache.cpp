#include "render/layer_cache.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "render/shader.h"

namespace dv::render {

struct MsaaScratch {
  Framebuffer fbo;
  Renderbuffer colour, depth;
  int width = 0, height = 0, samples = 0;
  std::uint64_t paints = 0;  // bumped by every paint into it
};

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

// Nullopt when the bound framebuffer is complete; else a message naming the size, the samples
// and `which` framebuffer of the layer cache (and GL_FRAMEBUFFER is unbound).
std::optional<std::string> incomplete(const char* which, int width, int height, int samples) {
  const GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
  if (status == GL_FRAMEBUFFER_COMPLETE) return std::nullopt;
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  return "the OpenGL driver could not create the " + std::to_string(width) + "x" +
         std::to_string(height) + " " + which + " framebuffer of the layer cache (" +
         std::to_string(samples) + " samples; " + status_name(status) +
         "); try a smaller window or --size";
}

// One scratch target per size and sample count for the whole GL context; held by the caches
// that use it, freed with the last of them. An error when the driver cannot make it complete.
Result<std::shared_ptr<MsaaScratch>> acquire_scratch(int width, int height, int samples) {
  using R = Result<std::shared_ptr<MsaaScratch>>;
  static std::vector<std::weak_ptr<MsaaScratch>> shared;
  std::erase_if(shared, [](const std::weak_ptr<MsaaScratch>& w) { return w.expired(); });
  for (const auto& w : shared) {
    auto s = w.lock();
    if (s && s->width == width && s->height == height && s->samples == samples) return s;
  }
  auto s = std::make_shared<MsaaScratch>();
  s->width = width;
  s->height = height;
  s->samples = samples;
  s->fbo = make_framebuffer();
  s->colour = make_renderbuffer();
  s->depth = make_renderbuffer();
  const int storage_samples = samples > 1 ? samples : 0;  // 0: plain single-sampled storage
  glBindFramebuffer(GL_FRAMEBUFFER, s->fbo.get());
  glBindRenderbuffer(GL_RENDERBUFFER, s->colour.get());
  glRenderbufferStorageMultisample(GL_RENDERBUFFER, storage_samples, GL_RGBA8, width, height);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, s->colour.get());
  glBindRenderbuffer(GL_RENDERBUFFER, s->depth.get());
  // Depth with stencil, like the frame target: a blit copies depth only between equal formats.
  glRenderbufferStorageMultisample(GL_RENDERBUFFER, storage_samples, GL_DEPTH24_STENCIL8, width,
                                   height);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_RENDERBUFFER,
                            s->depth.get());
  if (auto err =
          incomplete(samples > 1 ? "multisampled" : "single-sampled", width, height, samples)) {
    return R::error(*err);
  }
  shared.push_back(s);
  return s;
}

void set_nearest(GLuint t) {
  glBindTexture(GL_TEXTURE_2D, t);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glBindTexture(GL_TEXTURE_2D, 0);
}

// Keys that differ in the camera alone: the layer is being orbited, panned or zoomed.
bool only_camera_differs(const LayerKey& a, const LayerKey& b) {
  LayerKey c = a;
  c.view_proj = b.view_proj;
  return c == b && !(a == b);
}

}  // namespace

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

std::optional<std::string> LayerCache::resize(int width, int height, int samples) {
  // Until the framebuffers are complete the cache holds no size, so the next draw retries.
  width_ = height_ = samples_ = 0;
  msaa_.reset();  // let go of the old size first, so a shared scratch of it can be freed
  single_.reset();
  painted_.reset();
  depth_tex_ = {};
  auto scratch = acquire_scratch(width, height, samples);
  if (!scratch) return scratch.message();
  msaa_ = std::move(scratch.value());

  colour_tex_ = make_texture();
  glBindTexture(GL_TEXTURE_2D, colour_tex_.get());
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
  set_nearest(colour_tex_.get());
  depth_tex_ = {};  // made on first use: a layer composited colour-only never needs it
  resolve_fbo_ = make_framebuffer();
  glBindFramebuffer(GL_FRAMEBUFFER, resolve_fbo_.get());
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, colour_tex_.get(), 0);
  if (auto err = incomplete("resolve", width, height, samples)) return err;
  width_ = width;
  height_ = height;
  samples_ = samples;
  return std::nullopt;
}

std::optional<std::string> LayerCache::make_depth_texture() {
  depth_tex_ = make_texture();
  glBindTexture(GL_TEXTURE_2D, depth_tex_.get());
  glTexImage2D(GL_TEXTURE_2D, 0, GL_DEPTH24_STENCIL8, width_, height_, 0, GL_DEPTH_STENCIL,
               GL_UNSIGNED_INT_24_8, nullptr);
  set_nearest(depth_tex_.get());
  glBindFramebuffer(GL_FRAMEBUFFER, resolve_fbo_.get());
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_TEXTURE_2D,
                         depth_tex_.get(), 0);
  if (auto err = incomplete("resolve (with depth)", width_, height_, samples_)) {
    depth_tex_ = {};
    return err;
  }
  return std::nullopt;
}

Result<bool> LayerCache::draw(const LayerKey& key, const Painter& paint, GLuint draw_fbo, int x,
                              int y, bool with_depth) {
  // A painter without levels of detail always paints in full, multisampled.
  return draw_impl(
      key, [&](GLuint fbo, SceneRenderer::Detail) { paint(fbo); }, draw_fbo, x, y, with_depth,
      false, false);
}

Result<bool> LayerCache::draw_with_detail(const LayerKey& key, const DetailPainter& paint,
                                          GLuint draw_fbo, int x, int y, bool with_depth,
                                          bool light_first) {
  return draw_impl(key, paint, draw_fbo, x, y, with_depth, true, light_first);
}

int LayerCache::settle_strips(const LayerKey& key) const {
  if (settle_strip_px_ <= 0) return 1;
  const long long px = static_cast<long long>(key.width) * key.height;
  return static_cast<int>(std::clamp((px + settle_strip_px_ - 1) / settle_strip_px_, 1LL,
                                     static_cast<long long>(std::max(1, key.height))));
}

Result<bool> LayerCache::draw_impl(const LayerKey& key, const DetailPainter& paint, GLuint draw_fbo,
                                   int x, int y, bool with_depth, bool allow_moving,
                                   bool light_first) {
  const bool settle = key_ && *key_ == key && moving_;
  const bool moving =
      allow_moving && key_ && (only_camera_differs(key, *key_) || (light_first && !(*key_ == key)));
  // Colour and depth are resolved out of the scratch target only when they are composited; if
  // the shared scratch was painted over since, the layer has to be painted again.
  const bool lost = key_ && (!colour_resolved_ || (with_depth && !depth_resolved_)) &&
                    painted_->paints != paint_serial_;
  const bool redraw = !key_ || !(*key_ == key) || settle || lost;
  // Settling in strips: the full picture is painted a strip per draw into the MSAA scratch while
  // the light one (resolved, composited) stays on show; the last strip makes it the picture.
  // Not when painting into that very scratch (a nested cache), nor when the light one is gone.
  const int strips = settle_strips(key);
  if (settle && !lost && strips > 1 && colour_resolved_ && (!with_depth || depth_resolved_) &&
      draw_fbo != msaa_->fbo.get()) {
    if (strip_ > 0 && msaa_->paints != strip_serial_) strip_ = 0;  // painted over: start again
    const int y0 = key.height * strip_ / strips, y1 = key.height * (strip_ + 1) / strips;
    glBindFramebuffer(GL_FRAMEBUFFER, msaa_->fbo.get());
    glViewport(0, 0, key.width, key.height);
    glEnable(GL_SCISSOR_TEST);
    glScissor(0, y0, key.width, y1 - y0);
    painting_strip_ = true;
    paint(msaa_->fbo.get(), SceneRenderer::Detail::full);
    painting_strip_ = false;
    glDisable(GL_SCISSOR_TEST);
    strip_serial_ = ++msaa_->paints;
    if (++strip_ == strips) {
      strip_ = 0;
      moving_ = false;
      painted_ = msaa_;
      paint_serial_ = strip_serial_;
      colour_resolved_ = depth_resolved_ = false;  // resolved below
    }
  } else if (redraw) {
    strip_ = 0;
    if (key.width != width_ || key.height != height_ || key.samples != samples_) {
      if (auto err = resize(key.width, key.height, key.samples)) {
        key_.reset();
        return Result<bool>::error(*err);
      }
    }
    // While the camera moves the layer is painted single-sampled: on a software rasteriser
    // 4× MSAA more than doubles the cost of a frame, and edges crawl less than frames stutter.
    moving_ = moving;
    if (moving && !single_) {
      auto single = acquire_scratch(key.width, key.height, 1);
      if (!single) {
        key_.reset();
        return Result<bool>::error(single.message());
      }
      single_ = std::move(single.value());
    }
    painted_ = moving ? single_ : msaa_;
    glBindFramebuffer(GL_FRAMEBUFFER, painted_->fbo.get());
    glViewport(0, 0, key.width, key.height);
    glDisable(GL_SCISSOR_TEST);
    paint(painted_->fbo.get(),
          moving ? SceneRenderer::Detail::moving : SceneRenderer::Detail::full);
    paint_serial_ = ++painted_->paints;  // after the paint: a nested paint counts as earlier
    colour_resolved_ = depth_resolved_ = false;
    key_ = key;
  }
  const bool into_scratch = redraw && draw_fbo == painted_->fbo.get() && x == 0 && y == 0;
  const auto resolve = [&](GLbitfield what, GLenum filter) {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, painted_->fbo.get());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolve_fbo_.get());
    glBlitFramebuffer(0, 0, key.width, key.height, 0, 0, key.width, key.height, what, filter);
  };
  // A full paint is kept (resolved now, before whatever is drawn over the shared scratch next):
  // it is composited again frame after frame while the timeline plays. A moving paint is
  // resolved only when it is composited: the next frame paints a new one anyway.
  if (!colour_resolved_ && (!into_scratch || !moving_)) {
    resolve(GL_COLOR_BUFFER_BIT, GL_LINEAR);  // averages the samples
    colour_resolved_ = true;
  }
  if (with_depth && !depth_resolved_ && (!into_scratch || !moving_)) {
    if (!depth_tex_) {
      if (auto err = make_depth_texture()) {
        key_.reset();
        glBindFramebuffer(GL_FRAMEBUFFER, draw_fbo);
        return Result<bool>::error(*err);
      }
    }
    // One sample per pixel. Depth and stencil together: llvmpipe copies a whole format, and
    // blits part of one (depth alone) with a shader.
    resolve(GL_DEPTH_BUFFER_BIT | GL_STENCIL_BUFFER_BIT, GL_NEAREST);
    depth_resolved_ = true;
  }
  glBindFramebuffer(GL_FRAMEBUFFER, draw_fbo);
  glViewport(x, y, key.width, key.height);
  // Just painted into the very target it is to be composited into: it is there already, with
  // every sample's own depth.
  if (into_scratch) return true;
  glDisable(GL_BLEND);
  glDisable(GL_CULL_FACE);
  glDisable(GL_SCISSOR_TEST);
  GLint target_samples = 0;
  glGetIntegerv(GL_SAMPLES, &target_samples);
  if (target_samples <= 1) {
    // Into a single-sampled target: straight copies of colour (and depth), which llvmpipe does
    // with memcpy (a full-screen textured triangle costs it several ms at 1280x720). The
    // target's depth buffer must be depth 24 + stencil 8, like ours.
    glBindFramebuffer(GL_READ_FRAMEBUFFER, resolve_fbo_.get());
    glBlitFramebuffer(0, 0, key.width, key.height, x, y, x + key.width, y + key.height,
                      GL_COLOR_BUFFER_BIT, GL_NEAREST);
    if (with_depth) {
      glBlitFramebuffer(0, 0, key.width, key.height, x, y, x + key.width, y + key.height,
                        GL_DEPTH_BUFFER_BIT | GL_STENCIL_BUFFER_BIT, GL_NEAREST);
    }
    glBindFramebuffer(GL_FRAMEBUFFER, draw_fbo);
    return redraw;
  }
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
