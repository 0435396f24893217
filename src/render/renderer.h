// renderer.h: draws a scene::Scene with OpenGL 3.3 core: a gradient background, opaque batches,
// then translucent ones. Leaves GL state tidy for the UI overlay drawn afterwards.
#pragma once

#include <array>
#include <filesystem>
#include <vector>

#include "core/result.h"
#include "render/gl_handle.h"
#include "scene/camera.h"
#include "scene/scene.h"

namespace dv::render {

/// Owns the GPU copy of one scene and the programs that draw it. Move-only.
class SceneRenderer {
 public:
  /// An empty renderer (draws nothing until created and uploaded).
  SceneRenderer() = default;
  /// Load the programs from `shader_dir` (scene.*, background.*). Needs a current GL context.
  static Result<SceneRenderer> create(const std::filesystem::path& shader_dir);

  /// Replace the GPU copy of the scene's batches.
  void upload(const scene::Scene& s);
  /// What draw() does before drawing the batches.
  enum class DrawMode {
    clear_and_draw,  ///< clear colour and depth, draw the background gradient, then the batches
    draw_over        ///< draw the batches over what is there, depth-tested against it
  };
  /// Which batches draw() draws, by their scene::Lod.
  enum class Detail {
    full,   ///< the finished picture: every batch but the coarse stand-ins (Lod::moving_only)
    moving  ///< while the camera moves: leaves out fine detail (Lod::full_only), ≈ 40 % of it
  };
  /// Draw the visible batches into the bound framebuffer. The caller sets the viewport, of
  /// width×height pixels (the projection's aspect ratio), and the scissor test (drawing is
  /// limited to the scissor box when it is on).
  void draw(const scene::Camera& cam, int width, int height, const scene::Visibility& visible,
            DrawMode mode = DrawMode::clear_and_draw, Detail detail = Detail::full);

  /// Triangles uploaded, all batches.
  std::size_t triangle_count() const;
  /// Triangles draw() draws at `detail` with everything visible.
  std::size_t triangle_count(Detail detail) const;

 private:
  struct GpuBatch {
    scene::Structure structure;  // what toggles it
    bool translucent;            // drawn in the second pass
    float specular;              // highlight strength, 0–1
    scene::Lod lod;              // level of detail it belongs to
    VertexArray vao;             // attribute bindings
    Buffer vbo, ibo;             // vertex and index data
    GLsizei index_count;         // indices to draw
  };
  struct SceneProgram {
    Program program;
    GLint u_view_proj = -1, u_eye = -1, u_specular = -1;
  };
  static Result<SceneProgram> load_scene(const std::filesystem::path& dir, bool fast);
  SceneProgram scene_, fast_;  // fast_: while moving, compiled on first use
  Program background_prog_;
  VertexArray empty_vao_;  // core profile needs a bound VAO for the full-screen triangle
  std::vector<GpuBatch> batches_;
  std::filesystem::path shader_dir_;
};

}  // namespace dv::render
