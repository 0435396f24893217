#include "render/renderer.h"

#include <cstddef>

#include <glm/gtc/type_ptr.hpp>

#include "render/shader.h"

namespace dv::render {

Result<SceneRenderer::SceneProgram> SceneRenderer::load_scene(const std::filesystem::path& dir,
                                                              bool fast) {
  auto prog = load_program(dir, "scene",
                           fast ? std::vector<std::string>{"FAST"} : std::vector<std::string>{});
  if (!prog) return Result<SceneProgram>::error(prog.message());
  SceneProgram s;
  s.program = std::move(prog.value());
  const GLuint p = s.program.get();
  s.u_view_proj = glGetUniformLocation(p, "u_view_proj");
  s.u_eye = glGetUniformLocation(p, "u_eye");
  s.u_specular = glGetUniformLocation(p, "u_specular");
  return s;
}

Result<SceneRenderer> SceneRenderer::create(const std::filesystem::path& shader_dir) {
  auto scene_prog = load_scene(shader_dir, false);
  if (!scene_prog) return Result<SceneRenderer>::error(scene_prog.message());
  auto bg_prog = load_program(shader_dir, "background");
  if (!bg_prog) return Result<SceneRenderer>::error(bg_prog.message());
  SceneRenderer r;
  r.scene_ = std::move(scene_prog.value());
  r.background_prog_ = std::move(bg_prog.value());
  r.empty_vao_ = make_vertex_array();
  r.shader_dir_ = shader_dir;
  return r;
}

void SceneRenderer::upload(const scene::Scene& s) {
  batches_.clear();
  for (const scene::MeshBatch& m : s.batches) {
    if (m.indices.empty()) continue;
    GpuBatch g{
        m.structure,         m.translucent, m.specular,    m.lod,
        make_vertex_array(), make_buffer(), make_buffer(), static_cast<GLsizei>(m.indices.size())};
    glBindVertexArray(g.vao.get());
    glBindBuffer(GL_ARRAY_BUFFER, g.vbo.get());
    glBufferData(GL_ARRAY_BUFFER,
                 static_cast<GLsizeiptr>(m.vertices.size() * sizeof(scene::Vertex)),
                 m.vertices.data(), GL_STATIC_DRAW);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, g.ibo.get());
    glBufferData(GL_ELEMENT_ARRAY_BUFFER,
                 static_cast<GLsizeiptr>(m.indices.size() * sizeof(std::uint32_t)),
                 m.indices.data(), GL_STATIC_DRAW);
    const auto stride = static_cast<GLsizei>(sizeof(scene::Vertex));
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, stride,
                          reinterpret_cast<const void*>(offsetof(scene::Vertex, position)));
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, stride,
                          reinterpret_cast<const void*>(offsetof(scene::Vertex, normal)));
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 4, GL_FLOAT, GL_FALSE, stride,
                          reinterpret_cast<const void*>(offsetof(scene::Vertex, colour)));
    glBindVertexArray(0);
    batches_.push_back(std::move(g));
  }
  glBindBuffer(GL_ARRAY_BUFFER, 0);
}

std::size_t SceneRenderer::triangle_count() const {
  std::size_t n = 0;
  for (const GpuBatch& b : batches_) n += static_cast<std::size_t>(b.index_count) / 3;
  return n;
}

namespace {
bool drawn_at(scene::Lod lod, SceneRenderer::Detail d) {
  if (lod == scene::Lod::always) return true;
  return (lod == scene::Lod::full_only) == (d == SceneRenderer::Detail::full);
}
}  // namespace

std::size_t SceneRenderer::triangle_count(Detail detail) const {
  std::size_t n = 0;
  for (const GpuBatch& b : batches_) {
    if (drawn_at(b.lod, detail)) n += static_cast<std::size_t>(b.index_count) / 3;
  }
  return n;
}

void SceneRenderer::draw(const scene::Camera& cam, int width, int height,
                         const scene::Visibility& visible, DrawMode mode, Detail detail) {
  if (!scene_.program || width <= 0 || height <= 0) return;
  if (detail == Detail::moving && !fast_.program) {
    // The same shaders were compiled at create(); should this variant fail, keep the full one.
    auto fast = load_scene(shader_dir_, true);
    if (fast) fast_ = std::move(fast.value());
  }
  const SceneProgram& prog = detail == Detail::moving && fast_.program ? fast_ : scene_;
  // The scissor test is left as the caller set it: LayerCache paints settling strips with it.
  glDepthMask(GL_TRUE);
  glDisable(GL_BLEND);
  glDisable(GL_CULL_FACE);
  if (mode == DrawMode::clear_and_draw) {
    glClearColor(0.0f, 0.0f, 0.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
    // Background: one full-screen triangle, no depth.
    glDisable(GL_DEPTH_TEST);
    glUseProgram(background_prog_.get());
    glBindVertexArray(empty_vao_.get());
    glDrawArrays(GL_TRIANGLES, 0, 3);
  }

  glEnable(GL_DEPTH_TEST);
  glDepthFunc(GL_LESS);
  glUseProgram(prog.program.get());
  const float aspect = static_cast<float>(width) / static_cast<float>(height);
  const glm::mat4 vp = cam.projection(aspect) * cam.view();
  glUniformMatrix4fv(prog.u_view_proj, 1, GL_FALSE, glm::value_ptr(vp));
  const glm::vec3 eye = cam.eye();
  glUniform3f(prog.u_eye, eye.x, eye.y, eye.z);
  for (int pass = 0; pass < 2; ++pass) {
    const bool translucent = pass == 1;
    if (translucent) {
      glEnable(GL_BLEND);
      glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
      glDepthMask(GL_FALSE);
    }
    // Opaque batches last to first: scenes list the layer slabs before the cells and fibres
    // lying on them, so drawing those first lets the depth test skip shading the slab beneath.
    const std::size_t n = batches_.size();
    for (std::size_t k = 0; k < n; ++k) {
      const GpuBatch& b = batches_[translucent ? k : n - 1 - k];
      if (b.translucent != translucent || !visible[static_cast<std::size_t>(b.structure)] ||
          !drawn_at(b.lod, detail)) {
        continue;
      }
      glUniform1f(prog.u_specular, b.specular);
      glBindVertexArray(b.vao.get());
      glDrawElements(GL_TRIANGLES, b.index_count, GL_UNSIGNED_INT, nullptr);
    }
  }
  // Tidy state for whoever draws next (the ImGui overlay).
  glBindVertexArray(0);
  glUseProgram(0);
  glDepthMask(GL_TRUE);
  glDisable(GL_BLEND);
  glDisable(GL_DEPTH_TEST);
}

}  // namespace dv::render
