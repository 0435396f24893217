// New tissue on the front cut face: capillary sprouts, fine collagen III fibres, thick collagen I
// bundles and elastin fibres. Each kind is a fixed pool of candidate fibres spread over the dermis
// (denser toward the top, where the injury and the response are); a fibre shows, thickening in,
// while the local field's excess over baseline passes its own hashed threshold. So counts follow
// the simulated densities and fibres never jump between frames.
#include <algorithm>
#include <cmath>
#include <vector>

#include "scene/treatment_parts.h"

namespace dv::scene {
namespace {
// Pools per mm of section width, and the excess over baseline at which the whole pool shows.
struct Kind {
  sim::Field field;
  Material mat;
  float per_mm;      // candidates per mm of width
  float full;        // excess (× baseline − 1, or 0..1 field) showing the whole pool
  float len0, len1;  // length range, mm
  float half_width;  // mm
  float height;      // mm, relief
  float wave;        // mm, waviness amplitude
  float upper_bias;  // exponent > 1 crowds candidates toward the junction
  const char* name;
};
constexpr Kind kCollagenIII{sim::Field::collagen_III,
                            Material::new_collagen_III,
                            50.0f,
                            1.5f,
                            0.07f,
                            0.16f,
                            0.0036f,
                            0.005f,
                            0.006f,
                            2.2f,
                            "label.new_collagen_iii"};
constexpr Kind kCollagenI{sim::Field::collagen_I,
                          Material::new_collagen_I,
                          32.0f,
                          1.5f,
                          0.16f,
                          0.34f,
                          0.012f,
                          0.011f,
                          0.008f,
                          1.8f,
                          "label.new_collagen_i"};
constexpr Kind kElastin{sim::Field::elastin,
                        Material::new_elastin,
                        6.0f,
                        0.3f,
                        0.2f,
                        0.45f,
                        0.0025f,
                        0.012f,
                        0.005f,
                        1.2f,
                        "label.new_elastin"};

float smooth01(float t) {
  t = std::clamp(t, 0.0f, 1.0f);
  return t * t * (3.0f - 2.0f * t);
}

int fibres(TreatBuilder& b, const Kind& k, std::uint32_t salt) {
  MeshBatch& m = b.batch(Structure::healing);
  const glm::vec3 base_col = b.col(k.mat);
  const int pool = static_cast<int>(k.per_mm * 2.0f * kBlockHalfWidth_mm);
  const std::uint32_t sd = b.seed * 7919u + salt;
  std::vector<ReliefPoint> pts;
  int shown = 0;
  glm::vec3 at{0.0f};
  for (int i = 0; i < pool; ++i) {
    const float xc = -1.45f + 2.9f * hash01(i, 1, sd);
    const float top = b.junction(xc) - 0.014f, bottom = b.dermis_bottom(xc) + 0.02f;
    const float y = top + std::pow(hash01(i, 2, sd), k.upper_bias) * (bottom - top);
    const float excess = b.field(k.field, xc, y) - 1.0f;
    const float threshold = k.full * hash01(i, 3, sd);
    const float grow = smooth01((excess - threshold) / (0.12f * k.full));
    if (grow <= 0.0f) continue;
    // Laid down since the earlier state: this fibre did not show then (its threshold was not
    // yet passed there), so it is tinted.
    const bool is_new = b.since && smooth01((b.field_since(k.field, xc, y) - 1.0f - threshold) /
                                            (0.12f * k.full)) <= 0.0f;
    const float len = k.len0 + (k.len1 - k.len0) * hash01(i, 4, sd);
    const float ang = (hash01(i, 5, sd) - 0.5f) * 0.9f;  // mostly parallel to the surface
    const float ph = 6.28f * hash01(i, 6, sd);
    const glm::vec2 d{std::cos(ang), std::sin(ang)};
    const int n = std::max(4, static_cast<int>(len / 0.03f));
    const glm::vec3 tint{kNewSinceColour[0], kNewSinceColour[1], kNewSinceColour[2]};
    const glm::vec3 c = (is_new ? tint : base_col) * (0.92f + 0.12f * hash01(i, 7, sd));
    if (is_new) ++b.counts.new_since;
    pts.clear();
    for (int j = 0; j <= n; ++j) {
      const float s = static_cast<float>(j) / static_cast<float>(n) - 0.5f;
      glm::vec2 p = glm::vec2(xc, y) + d * (s * len * grow) +
                    glm::vec2(-d.y, d.x) * (k.wave * std::sin(s * 14.0f + ph));
      p.x = std::clamp(p.x, -1.49f, 1.49f);
      p.y = std::clamp(p.y, bottom, top);
      const float taper = std::min(1.0f, (0.5f - std::abs(s)) * 6.0f + 0.2f);
      pts.push_back({p, k.half_width * taper * (0.4f + 0.6f * grow), k.height, c});
    }
    add_relief_tube(m, b.front, pts, 2, kFibreBase_mm);
    ++shown;
    at = b.front.at(xc, y, kFibreBase_mm + k.height);
  }
  if (shown > 2) {
    b.label(k.name, at, Structure::healing);
    b.legend(k.name, k.mat, Structure::healing);
  }
  if (b.counts.new_since > 0) {
    bool listed = false;
    for (const LegendEntry& e : b.scene.legend) listed |= e.name == "label.new_since";
    if (!listed) {
      b.scene.legend.push_back(
          {"label.new_since", glm::vec3(kNewSinceColour[0], kNewSinceColour[1], kNewSinceColour[2]),
           Structure::healing});
    }
  }
  return shown;
}

// Sprouts rising from the superficial plexus toward the injured papillary dermis.
int capillaries(TreatBuilder& b) {
  MeshBatch& m = b.batch(Structure::healing);
  const glm::vec3 c = b.col(Material::new_capillary);
  const std::uint32_t sd = b.seed * 613u + 11u;
  std::vector<ReliefPoint> pts;
  int shown = 0;
  glm::vec3 at{0.0f};
  for (int i = 0; i < 30; ++i) {
    const float x = -1.4f + 2.8f * (static_cast<float>(i) + hash01(i, 1, sd)) / 30.0f;
    const float y0 = b.layout.papillary_bottom_y + 0.02f;
    const float top = b.junction(x) - 0.02f;
    const float v = b.field(sim::Field::new_vessels, x, 0.5f * (y0 + top));
    const float grow = smooth01((v - 0.05f - 0.6f * hash01(i, 2, sd)) / 0.1f);
    if (grow <= 0.0f || top <= y0) continue;
    const float ph = 6.28f * hash01(i, 3, sd);
    pts.clear();
    for (int j = 0; j <= 6; ++j) {
      const float s = static_cast<float>(j) / 6.0f;
      const float y = y0 + s * grow * (top - y0);
      pts.push_back(
          {{x + 0.012f * std::sin(s * 9.0f + ph), y}, 0.0055f * (1.0f - 0.4f * s), 0.008f, c});
    }
    add_relief_tube(m, b.front, pts, 2, kFibreBase_mm);
    ++shown;
    at = b.front.at(x, y0 + 0.5f * grow * (top - y0), kFibreBase_mm);
  }
  if (shown > 0) {
    b.label("label.new_capillary", at, Structure::healing);
    b.legend("label.new_capillary", Material::new_capillary, Structure::healing);
  }
  return shown;
}

}  // namespace

void build_healing_matrix(TreatBuilder& b) {
  b.counts.capillaries = capillaries(b);
  b.counts.collagen_III = fibres(b, kCollagenIII, 3u);
  b.counts.collagen_I = fibres(b, kCollagenI, 5u);
  b.counts.elastin = fibres(b, kElastin, 7u);
}

}  // namespace dv::scene
