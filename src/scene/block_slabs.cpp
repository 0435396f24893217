// The layer slabs: each layer is an opaque solid whose front and right faces are the cut faces.
#include <algorithm>
#include <cmath>
#include <vector>

#include "scene/block_parts.h"

namespace dv::scene {
namespace {

using Boundary = float (BlockGeometry::*)(float, float) const;

struct Layer {
  Structure structure;
  Material material;
  Boundary upper;  // nullptr means the block bottom
  Boundary lower;
};

float eval(const BlockGeometry& g, Boundary f, float x, float z) {
  return f ? (g.*f)(x, z) : g.block_bottom();
}

// Samples along a cut face: fine enough to draw 110 µm papillae smoothly (≈6 µm steps).
constexpr int kFrontSamples = 480;
constexpr int kBackSamples = 96;
// Top surface grid step ≈ 20 µm: resolves furrows 20–40 µm wide. While the camera moves a grid
// of ≈ 70 µm stands in for it (a sixth of the triangles). Its heights are the mean of 3×3
// samples over each cell, so the furrows show as softer grooves instead of aliasing into dimples.
constexpr int kTopSamplesX = 110;
constexpr int kTopSamplesMovingX = 44;
constexpr int kTopFilterMoving = 3;

// One layer's band on a vertical face, lightly shaded from top to bottom for depth.
void add_band(BlockBuilder& b, const Layer& l, const Face& f, int samples) {
  MeshBatch& m = b.batch(l.structure);
  const glm::vec3 c = b.col(l.material);
  const std::uint32_t first = static_cast<std::uint32_t>(m.vertices.size());
  for (int i = 0; i <= samples; ++i) {
    const float u =
        f.u_min + (f.u_max - f.u_min) * static_cast<float>(i) / static_cast<float>(samples);
    const glm::vec2 p = BlockBuilder::xz(f, u);
    const float top = eval(b.geo, l.upper, p.x, p.y);
    const float bot = std::min(eval(b.geo, l.lower, p.x, p.y), top);
    push_vertex(m, f.at(u, top, 0.0f), f.normal, glm::min(c * 1.06f, glm::vec3(1.0f)));
    push_vertex(m, f.at(u, bot, 0.0f), f.normal, c * 0.9f);
  }
  for (std::uint32_t i = 0; i < static_cast<std::uint32_t>(samples); ++i) {
    const std::uint32_t a = first + 2 * i;
    push_quad(m, a + 1, a + 3, a + 2, a);
  }
}

void add_top(BlockBuilder& b, float x0, float x1, float z0, float z1, int nx, int filter, Lod lod) {
  MeshBatch& m = b.batch(Structure::stratum_corneum, 0.35f, lod);
  const BlockGeometry& g = b.geo;
  const int nz =
      std::max(8, static_cast<int>(std::round(static_cast<float>(nx) * (z1 - z0) / (x1 - x0))));
  const float dx = (x1 - x0) / static_cast<float>(nx), dz = (z1 - z0) / static_cast<float>(nz);
  const glm::vec3 skin = b.col(Material::skin_surface);
  const glm::vec3 pore = b.col(Material::pore);
  const std::uint32_t first = static_cast<std::uint32_t>(m.vertices.size());
  // Heights once per grid point (with a one-sample apron), normals from central differences.
  const int sx = nx + 3;
  std::vector<float> hs(static_cast<std::size_t>(sx * (nz + 3)));
  for (int k = -1; k <= nz + 1; ++k) {
    for (int i = -1; i <= nx + 1; ++i) {
      const float x = x0 + dx * static_cast<float>(i), z = z0 + dz * static_cast<float>(k);
      // On the block's edges the exact height, so the top meets the cut faces' bands there.
      const bool edge = i <= 0 || k <= 0 || i >= nx || k >= nz;
      const int f = edge ? 1 : filter;
      float sum = 0.0f;
      for (int a = 0; a < f; ++a) {
        for (int c = 0; c < f; ++c) {
          const float ox = (static_cast<float>(a) + 0.5f) / static_cast<float>(f) - 0.5f;
          const float oz = (static_cast<float>(c) + 0.5f) / static_cast<float>(f) - 0.5f;
          sum += g.surface(x + ox * dx, z + oz * dz);
        }
      }
      hs[static_cast<std::size_t>((k + 1) * sx + i + 1)] = sum / static_cast<float>(f * f);
    }
  }
  auto H = [&](int i, int k) { return hs[static_cast<std::size_t>((k + 1) * sx + i + 1)]; };
  for (int k = 0; k <= nz; ++k) {
    for (int i = 0; i <= nx; ++i) {
      const float x = x0 + dx * static_cast<float>(i), z = z0 + dz * static_cast<float>(k);
      const float h = H(i, k);
      const glm::vec3 n = glm::normalize(glm::vec3(-(H(i + 1, k) - H(i - 1, k)) / (2 * dx), 1.0f,
                                                   -(H(i, k + 1) - H(i, k - 1)) / (2 * dz)));
      // Furrows darken (ambient occlusion by eye); pores darken more.
      const float furrow =
          std::clamp((0.35f * g.surface_amp_mm - h) / g.surface_amp_mm, 0.0f, 1.6f);
      float pore_w = 0.0f;
      for (const glm::vec2& p : g.pores) {
        const float d2 = (x - p.x) * (x - p.x) + (z - p.y) * (z - p.y);
        const float a = d2 / (0.016f * 0.016f);
        if (a < 80.0f) pore_w = std::max(pore_w, std::exp(-a));  // else e^−a is nil (and slow)
      }
      const glm::vec3 c = glm::mix(skin * (1.0f - 0.28f * furrow), pore, pore_w);
      push_vertex(m, {x, h, z}, n, c);
    }
  }
  const auto row = static_cast<std::uint32_t>(nx + 1);
  for (std::uint32_t k = 0; k < static_cast<std::uint32_t>(nz); ++k) {
    for (std::uint32_t i = 0; i < static_cast<std::uint32_t>(nx); ++i) {
      const std::uint32_t a = first + k * row + i;
      push_quad(m, a, a + row, a + row + 1, a + 1);
    }
  }
}

}  // namespace

void build_slabs(BlockBuilder& b) {
  const BlockGeometry& g = b.geo;
  const Layer layers[] = {
      {Structure::stratum_corneum, Material::corneum, &BlockGeometry::surface,
       &BlockGeometry::corneum_bottom},
      {Structure::epidermis, Material::epidermis, &BlockGeometry::corneum_bottom,
       &BlockGeometry::junction},
      {Structure::papillary_dermis, Material::papillary_dermis, &BlockGeometry::junction,
       &BlockGeometry::papillary_bottom},
      {Structure::reticular_dermis, Material::reticular_dermis, &BlockGeometry::papillary_bottom,
       &BlockGeometry::dermis_bottom},
      {Structure::subcutis, Material::fat_matrix, &BlockGeometry::dermis_bottom, nullptr},
  };
  const float h = kBlockHalfWidth_mm;
  const Face left{{-h, 0, 0}, {0, 0, 1}, {-1, 0, 0}, -h, g.front_z};
  const Face back{{0, 0, -h}, {1, 0, 0}, {0, 0, -1}, -h, h};
  for (const Layer& l : layers) {
    add_band(b, l, b.front, kFrontSamples);
    add_band(b, l, b.right, kFrontSamples);
    add_band(b, l, left, kBackSamples);
    add_band(b, l, back, kBackSamples);
  }
  // Flat bottom of the block.
  MeshBatch& m = b.batch(Structure::subcutis);
  const glm::vec3 c = b.col(Material::fat_matrix) * 0.8f;
  const float y = g.block_bottom();
  const std::uint32_t a = push_vertex(m, {-h, y, -h}, {0, -1, 0}, c);
  push_vertex(m, {h, y, -h}, {0, -1, 0}, c);
  push_vertex(m, {h, y, g.front_z}, {0, -1, 0}, c);
  push_vertex(m, {-h, y, g.front_z}, {0, -1, 0}, c);
  push_quad(m, a, a + 1, a + 2, a + 3);
  add_top(b, -h, h, -h, g.front_z, kTopSamplesX, 1, Lod::full_only);
  add_top(b, -h, h, -h, g.front_z, kTopSamplesMovingX, kTopFilterMoving, Lod::moving_only);
}

}  // namespace dv::scene
