// layer_cache.h: keeps the rendering of a layer that rarely changes (the anatomical block) as
// colour and depth textures, and composites it into each frame, so only what moves is drawn.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
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

/// The cache: an MSAA target the layer is drawn into, resolved into two textures.
class LayerCache {
 public:
  /// Load the composite program from `shader_dir`. Needs a current GL context.
  static Result<LayerCache> create(const std::filesystem::path& shader_dir);

  /// Paints a layer into framebuffer `fbo` (bound, viewport set to the key's size), clearing it.
  using Painter = std::function<void(GLuint fbo)>;

  /// Composite the layer into `draw_fbo` at viewport origin x,y (size from `key`), repainting
  /// the cached image with `paint` first when `key` differs from the last one. Leaves
  /// `draw_fbo` bound. Returns true when the layer had to be repainted, or an error when the
  /// driver could not make the cache's framebuffers for this size (nothing is drawn then, and
  /// the next draw tries again).
  /// With `with_depth` false only colour is written (when no 3D geometry follows), which is
  /// cheaper on a software rasteriser.
  [[nodiscard]] Result<bool> draw(const LayerKey& key, const Painter& paint, GLuint draw_fbo, int x,
                                  int y, bool with_depth = true);
  /// Forget the cached image (the next draw redraws).
  void invalidate() { key_.reset(); }

 private:
  /// Makes the framebuffers for a size; an error names the size when one is incomplete.
  std::optional<std::string> resize(int width, int height, int samples);
  struct CompositeProgram {
    Program program;
    GLint u_colour = -1, u_depth = -1, u_origin = -1, u_size = -1;
  };
  static Result<CompositeProgram> load(const std::filesystem::path& dir, bool colour_only);
  CompositeProgram with_depth_, colour_only_;
  VertexArray empty_vao_;
  Framebuffer msaa_fbo_, resolve_fbo_;
  Renderbuffer msaa_colour_, msaa_depth_;
  Texture colour_tex_, depth_tex_;
  int width_ = 0, height_ = 0, samples_ = 0;
  std::optional<LayerKey> key_;
};

}  // namespace dv::render
