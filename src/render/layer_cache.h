// layer_cache.h: keeps the rendering of a layer that rarely changes (the anatomical block) as
// colour and depth textures, and composites it into each frame, so only what moves is drawn.
// While only the camera changes from one draw to the next the layer is painted at moving detail,
// and painted again in full on the first draw after the camera stopped (issue 13).
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include <glm/glm.hpp>

#include "core/result.h"
#include "render/gl_handle.h"
#include "render/renderer.h"
#include "scene/camera.h"
#include "scene/scene.h"

namespace dv::render {

/// Everything the cached image depends on. Equal keys → the cached image is still right.
struct LayerKey {
  glm::mat4 view_proj{1.0f};     ///< camera
  int width = 0, height = 0;     ///< viewport, px
  int samples = 1;               ///< MSAA samples of the layer's target
  scene::Visibility visible{};   ///< toggles
  std::uint64_t generation = 0;  ///< bumped by the owner whenever the layer's scene changes
  bool operator==(const LayerKey&) const = default;
};

/// The multisampled target layers are painted into before they are resolved into textures.
/// Layer caches of one size share one (a paint finishes with its resolve, so nested paints
/// can reuse it): at 1920x1080 with 4 samples it holds 66 MB.
struct MsaaScratch;

/// The cache: a (shared) MSAA target the layer is painted into, resolved into two textures.
class LayerCache {
 public:
  /// Load the composite program from `shader_dir`. Needs a current GL context.
  static Result<LayerCache> create(const std::filesystem::path& shader_dir);

  /// Paints a layer into framebuffer `fbo` (bound, viewport set to the key's size), clearing it.
  using Painter = std::function<void(GLuint fbo)>;
  /// Paints a layer at a level of detail (see SceneRenderer::Detail).
  using DetailPainter = std::function<void(GLuint fbo, SceneRenderer::Detail detail)>;

  /// Composite the layer into `draw_fbo` at viewport origin x,y (size from `key`), repainting
  /// the cached image with `paint` first when `key` differs from the last one. Leaves
  /// `draw_fbo` bound. Returns true when the layer had to be repainted, or an error when the
  /// driver could not make the cache's framebuffers for this size (nothing is drawn then, and
  /// the next draw tries again).
  /// With `with_depth` false only colour is written (when no 3D geometry follows), which is
  /// cheaper on a software rasteriser.
  [[nodiscard]] Result<bool> draw(const LayerKey& key, const Painter& paint, GLuint draw_fbo, int x,
                                  int y, bool with_depth = true);
  /// As draw(), with a painter that can paint less: when only the camera changed since the
  /// last paint it is asked for Detail::moving; when the key is unchanged but the cached image
  /// was painted at moving detail, it is repainted in full. With `light_first`, any new key is
  /// painted at moving detail first (a new block shows at once; the next draw settles it).
  [[nodiscard]] Result<bool> draw_with_detail(const LayerKey& key, const DetailPainter& paint,
                                              GLuint draw_fbo, int x, int y, bool with_depth = true,
                                              bool light_first = false);
  /// True when the cached image was painted at moving detail: the owner should draw one more
  /// frame (with the same key) once the camera stops, which paints it in full.
  bool settling() const { return key_ && moving_; }
  /// Detail of the last paint.
  SceneRenderer::Detail last_detail() const {
    return moving_ ? SceneRenderer::Detail::moving : SceneRenderer::Detail::full;
  }
  /// Spread the full repaint that settles a light image over several draws, one horizontal strip
  /// of about `pixels` pixels per draw (0: all at once, the default). The light image stays on
  /// show until the last strip; the finished picture is the same pixel for pixel (scissored
  /// paints), settling() stays true until then. Used by the window so that no frame pays for a
  /// whole 4× MSAA block paint (≈ 100 ms at 1280x720 on llvmpipe).
  void set_settle_strip_pixels(long long pixels) { settle_strip_px_ = pixels; }
  /// True while the painter is called for one strip of a settling paint (scissor on): a nested
  /// cache must repaint its own layer for that strip rather than composite its light image.
  bool painting_strip() const { return painting_strip_; }
  /// Forget the cached image (the next draw redraws).
  void invalidate() { key_.reset(); }

 private:
  /// Makes the targets for a size; an error names the size when a framebuffer is incomplete.
  std::optional<std::string> resize(int width, int height, int samples);
  /// Makes the depth texture on first use; an error when the framebuffer is then incomplete.
  std::optional<std::string> make_depth_texture();
  Result<bool> draw_impl(const LayerKey& key, const DetailPainter& paint, GLuint draw_fbo, int x,
                         int y, bool with_depth, bool allow_moving, bool light_first);
  struct CompositeProgram {
    Program program;
    GLint u_colour = -1, u_depth = -1, u_origin = -1, u_size = -1;
  };
  static Result<CompositeProgram> load(const std::filesystem::path& dir, bool colour_only);
  CompositeProgram with_depth_, colour_only_;
  VertexArray empty_vao_;
  std::shared_ptr<MsaaScratch> msaa_;     // key.samples: the finished picture is painted here
  std::shared_ptr<MsaaScratch> single_;   // one sample: painted here while the camera moves
  std::shared_ptr<MsaaScratch> painted_;  // the one the cached image was painted into
  Framebuffer resolve_fbo_;
  Texture colour_tex_, depth_tex_;
  int width_ = 0, height_ = 0, samples_ = 0;
  std::optional<LayerKey> key_;
  bool moving_ = false;             // the cached image was painted at moving detail
  bool colour_resolved_ = false;    // colour_tex_ holds the cached image's colour
  bool depth_resolved_ = false;     // depth_tex_ holds the cached image's depth
  std::uint64_t paint_serial_ = 0;  // msaa_->paints right after this cache's last paint
  long long settle_strip_px_ = 0;   // pixels per settling strip (0: settle in one paint)
  int strip_ = 0;                   // strips of the settling paint done so far
  bool painting_strip_ = false;     // inside the painter for a strip
  std::uint64_t strip_serial_ = 0;  // msaa_->paints right after the last strip
  int settle_strips(const LayerKey& key) const;
};

}  // namespace dv::render
