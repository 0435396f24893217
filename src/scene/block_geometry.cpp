#include "scene/block_geometry.h"

#include <cmath>

#include "scene/mesh_build.h"
#include "scene/skin_block.h"

namespace dv::scene {
namespace {
constexpr float kUmToMm = 0.001f;
// Skin surface relief: primary furrows 20–50 µm deep dividing the surface into polygons
// 0.2–1 mm across (R/U, textbook descriptions of the glyphic pattern).
constexpr float kFurrowDepth_mm = 0.024f;
constexpr float kFurrowWidth_mm = 0.022f;
// The deep and papillary borders are gently wavy (fat lobules push up into the dermis); R/U.
constexpr float kDermisWave_mm = 0.03f;
constexpr float kPapillaryWave_mm = 0.012f;
// Pores are dimples 30–60 µm across (R/U).
constexpr float kPoreDepth_mm = 0.02f;
constexpr float kPoreRadius_mm = 0.022f;

// exp(−a) for a ≥ 0, exactly 0 past a = 80 (e^−80 ≈ 2e−35 mm, far below a float step of the
// heights): glibc's expf takes a slow underflow path for large a, and most furrow and pore
// terms are that far out. Halves the block's build time.
float gauss(float a) {
  return a > 80.0f ? 0.0f : std::exp(-a);
}
}  // namespace

BlockGeometry::BlockGeometry(const sim::SkinLayers& skin, float front_z_mm, std::uint32_t s)
    : corneum_mm(static_cast<float>(skin.stratum_corneum_um) * kUmToMm),
      junction_mm(static_cast<float>(skin.junction_depth_um()) * kUmToMm),
      ridge_mm(static_cast<float>(skin.rete_ridge_height_um) * kUmToMm),
      spacing_mm(static_cast<float>(skin.papilla_spacing_um) * kUmToMm),
      loop_apex_mm(static_cast<float>(skin.capillary_loop_apex_um) * kUmToMm),
      papillary_mm(static_cast<float>(skin.papillary_bottom_um()) * kUmToMm),
      dermis_mm(static_cast<float>(skin.dermis_bottom_um()) * kUmToMm),
      bottom_y(-static_cast<float>(skin.dermis_bottom_um()) * kUmToMm - kSubcutisShown_mm),
      front_z(front_z_mm),
      seed(s),
      surface_amp_mm(kFurrowDepth_mm) {
  Rng r{s * 7919ull + 3};
  // The sweat pore and the hair exit sit just behind the front edge so the duct and follicle
  // seen in section on the front face open onto the visible top surface.
  pores[0] = {r.range(0.55f, 0.8f), front_z - 0.03f};
  pores[1] = {r.range(-0.75f, -0.55f), front_z - 0.06f};
  pores[2] = {r.range(0.0f, 0.6f), r.range(-1.1f, std::max(-1.0f, front_z - 0.8f))};
  // The papilla lattice's jitter over the block and a margin, hashed once: the junction is
  // evaluated tens of thousands of times per build, each looking at 16 lattice cells.
  if (spacing_mm > 0.0f) {
    const float reach = kBlockHalfWidth_mm + 4.0f * spacing_mm;
    const float dz = spacing_mm * 0.8660254f;
    lattice_i0_ = static_cast<int>(std::floor(-reach / spacing_mm)) - 2;
    lattice_j0_ = static_cast<int>(std::floor(-reach / dz)) - 2;
    lattice_ni_ = 2 * (-lattice_i0_) + 1;
    lattice_nj_ = 2 * (-lattice_j0_) + 1;
    lattice_.resize(static_cast<std::size_t>(lattice_ni_) * static_cast<std::size_t>(lattice_nj_));
    for (int j = 0; j < lattice_nj_; ++j) {
      for (int i = 0; i < lattice_ni_; ++i) {
        const int li = i + lattice_i0_, lj = j + lattice_j0_;
        lattice_[static_cast<std::size_t>(j * lattice_ni_ + i)] = {
            (hash01(li, lj, seed) - 0.5f) * 0.36f * spacing_mm,
            (hash01(li, lj, seed + 101u) - 0.5f) * 0.36f * spacing_mm};
      }
    }
  }
}

glm::vec2 BlockGeometry::jitter(int i, int j) const {
  const int ti = i - lattice_i0_, tj = j - lattice_j0_;
  if (ti >= 0 && tj >= 0 && ti < lattice_ni_ && tj < lattice_nj_) {
    return lattice_[static_cast<std::size_t>(tj * lattice_ni_ + ti)];
  }
  return {(hash01(i, j, seed) - 0.5f) * 0.36f * spacing_mm,
          (hash01(i, j, seed + 101u) - 0.5f) * 0.36f * spacing_mm};
}

float BlockGeometry::surface(float x, float z) const {
  // Three families of wobbly parallel furrows at different angles make the rhomboid pattern.
  const float sd = static_cast<float>(seed % 97u) * 0.13f;
  const float angles[3] = {0.35f + 0.1f * std::sin(sd), 1.45f, 2.45f + 0.1f * std::cos(sd)};
  const float period[3] = {0.42f, 0.55f, 0.7f};
  const float depth[3] = {1.0f, 0.7f, 0.45f};
  float h = 0.35f * kFurrowDepth_mm;
  for (int k = 0; k < 3; ++k) {
    const float c = std::cos(angles[k]), s = std::sin(angles[k]);
    const float along = -s * x + c * z;
    const float v = c * x + s * z + 0.05f * std::sin(along * 7.0f + sd + static_cast<float>(k)) +
                    0.03f * std::sin(along * 17.0f + 2.0f * sd);
    const float d = v - period[k] * std::round(v / period[k]);
    h -= depth[k] * kFurrowDepth_mm * gauss((d * d) / (kFurrowWidth_mm * kFurrowWidth_mm));
  }
  for (const glm::vec2& p : pores) {
    const float dx = x - p.x, dz = z - p.y;
    h -= kPoreDepth_mm * gauss((dx * dx + dz * dz) / (kPoreRadius_mm * kPoreRadius_mm));
  }
  return h;
}

float BlockGeometry::corneum_bottom(float x, float z) const {
  return surface(x, z) - corneum_mm;
}

glm::vec2 BlockGeometry::nearest_papilla(float x, float z) const {
  // Papillae on a jittered hexagonal lattice of pitch spacing_mm.
  const float dz = spacing_mm * 0.8660254f;
  const int j0 = static_cast<int>(std::floor(z / dz));
  glm::vec2 best{0.0f};
  float best_d2 = 1e30f;
  for (int j = j0 - 1; j <= j0 + 2; ++j) {
    const float shift = (j & 1) ? 0.5f : 0.0f;
    const int i0 = static_cast<int>(std::floor(x / spacing_mm - shift));
    for (int i = i0 - 1; i <= i0 + 2; ++i) {
      const glm::vec2 jit = jitter(i, j);
      const glm::vec2 c{(static_cast<float>(i) + shift) * spacing_mm + jit.x,
                        static_cast<float>(j) * dz + jit.y};
      const float d2 = (c.x - x) * (c.x - x) + (c.y - z) * (c.y - z);
      if (d2 < best_d2) {
        best_d2 = d2;
        best = c;
      }
    }
  }
  return best;
}

float BlockGeometry::papilla(float x, float z) const {
  const glm::vec2 c = nearest_papilla(x, z);
  const float r = 0.42f * spacing_mm;
  const float t2 = ((c.x - x) * (c.x - x) + (c.y - z) * (c.y - z)) / (r * r);
  if (t2 >= 1.0f) return 0.0f;
  // Each papilla gets its own height (0.75–1) so the junction is not a perfect comb.
  const float tall = 0.75f + 0.25f * hash01(static_cast<std::int32_t>(c.x * 1e4f),
                                            static_cast<std::int32_t>(c.y * 1e4f), seed + 7u);
  return tall * (1.0f - t2) * (1.0f - t2) * (1.0f + 0.6f * t2);
}

float BlockGeometry::junction(float x, float z) const {
  // Mean junction at junction_mm; papilla tips rise half the ridge amplitude above it (as the sim
  // places the capillary loop apex), the rete ridges sink half below it.
  return surface(x, z) - junction_mm + ridge_mm * (papilla(x, z) - 0.5f);
}

float BlockGeometry::papillary_bottom(float x, float z) const {
  return -papillary_mm +
         kPapillaryWave_mm * std::sin(x * 5.3f + z * 2.1f + static_cast<float>(seed));
}

float BlockGeometry::dermis_bottom(float x, float z) const {
  const float ph = static_cast<float>(seed % 13u);
  return -dermis_mm +
         kDermisWave_mm * (0.6f * std::sin(x * 4.1f + ph) + 0.4f * std::sin(z * 3.3f + x * 1.7f));
}

}  // namespace dv::scene
