// Cells of the healing response on the front cut face, each kind from a fixed pool of candidate
// positions: a candidate shows while the simulated field at its position exceeds its own hashed
// threshold, so the number drawn follows the local density and cells fade in and out in place
// instead of reshuffling from frame to frame.
#include <algorithm>
#include <cmath>
#include <vector>

#include "scene/treatment_parts.h"

namespace dv::scene {
namespace {
// Candidates around each channel of the latest session (the injured column), and spread, mm.
constexpr int kNeutrophilsPerChannel = 14;
constexpr int kMacrophagesPerChannel = 10;
constexpr float kSpread_mm = 0.16f;
// Cells are drawn about 1.4× their size so that they read on a lecture screen: neutrophil
// ≈ 12 µm, macrophage ≈ 21 µm, fibroblast ≈ 40 × 10 µm (textbook sizes).
constexpr float kNeutrophil_mm = 0.0085f;
constexpr float kMacrophage_mm = 0.015f;
// Recruited fibroblasts: pool of 80 per mm² of dermis in section, all shown at 3× baseline
// (the block draws 38 resident ones per mm²).
constexpr float kFibroblastPool_per_mm2 = 80.0f;
constexpr float kFibroblastFull = 2.0f;  // excess over baseline at which the whole pool shows

float smooth01(float t) {
  t = std::clamp(t, 0.0f, 1.0f);
  return t * t * (3.0f - 2.0f * t);
}

// Depth of a candidate in the dermis under channel x: t = 0 at the junction, 1 at the channel
// tip (or the dermis bottom if deeper).
float dermis_y(const TreatBuilder& b, float x, float tip_y, float t) {
  const float top = b.junction(x) - 0.012f;
  const float bottom = std::max(tip_y - 0.05f, b.dermis_bottom(x) + 0.02f);
  return top + std::min(t, 1.0f) * std::min(0.0f, bottom - top);
}

void immune_cells(TreatBuilder& b) {
  MeshBatch& m = b.batch(Structure::healing);
  const std::uint32_t sd = b.seed * 131u + static_cast<std::uint32_t>(b.snap.session) * 7u;
  const glm::vec3 neu = b.col(Material::neutrophil), lobe = b.col(Material::neutrophil_nucleus);
  const glm::vec3 mac = b.col(Material::macrophage), nuc = b.col(Material::nucleus);
  glm::vec3 neu_at{0.0f}, mac_at{0.0f};
  for (std::size_t ci = 0; ci < b.snap.channels.size(); ++ci) {
    const sim::ChannelState& c = b.snap.channels[ci];
    const float cx = static_cast<float>(c.x_um) * 0.001f,
                tip = -static_cast<float>(c.depth_um) * 0.001f;
    if (b.hours_since_made(cx) <= 0.0) continue;
    const auto id = static_cast<std::int32_t>(ci);
    for (int j = 0; j < kNeutrophilsPerChannel + kMacrophagesPerChannel; ++j) {
      const bool is_neu = j < kNeutrophilsPerChannel;
      const std::int32_t key = id * 64 + j;
      const float h0 = hash01(key, 1, sd), h1 = hash01(key, 2, sd), thr = hash01(key, 3, sd);
      const float x0 = std::clamp(cx + (h0 - 0.5f) * 2.0f * kSpread_mm, -1.47f, 1.47f);
      const float y = dermis_y(b, x0, tip, h1);
      const float v = b.field(is_neu ? sim::Field::neutrophils : sim::Field::macrophages, x0, y);
      const float show = smooth01((v - (0.05f + 0.85f * thr)) / 0.08f);
      if (show <= 0.0f) continue;
      // They gather toward the channel as the signal rises.
      const float x = x0 + (cx - x0) * 0.35f * std::min(v, 1.0f);
      const float ang = 6.2832f * hash01(key, 4, sd);
      if (is_neu) {
        const float r = kNeutrophil_mm * show;
        add_relief_dome(m, b.front, {x, y}, {r, r}, 0.0f, r, kCellBase_mm, neu, 7, 1);
        for (int k = 0; k < 2; ++k) {  // the lobed nucleus: two dark lobes
          const float a = ang + 3.1416f * static_cast<float>(k);
          add_relief_dome(m, b.front, {x + 0.45f * r * std::cos(a), y + 0.45f * r * std::sin(a)},
                          {0.4f * r, 0.32f * r}, a, 1.05f * r, kCellBase_mm, lobe, 5, 1);
        }
        ++b.counts.neutrophils;
        neu_at = b.front.at(x, y, kCellBase_mm + r);
      } else {
        const float r = kMacrophage_mm * show;
        add_relief_dome(m, b.front, {x, y}, {r, 0.72f * r}, ang, 0.8f * r, kCellBase_mm, mac, 9, 1);
        add_relief_dome(m, b.front, {x + 0.2f * r, y}, {0.42f * r, 0.26f * r}, ang + 0.6f, 0.9f * r,
                        kCellBase_mm, nuc, 6, 1);
        ++b.counts.macrophages;
        mac_at = b.front.at(x, y, kCellBase_mm + r);
      }
    }
  }
  if (b.counts.neutrophils > 0) {
    b.label("label.neutrophils", neu_at, Structure::healing);
    b.legend("label.neutrophils", Material::neutrophil, Structure::healing);
  }
  if (b.counts.macrophages > 0) {
    b.label("label.macrophages", mac_at, Structure::healing);
    b.legend("label.macrophages", Material::macrophage, Structure::healing);
  }
}

// A soft translucent glow around each injured column, as strong as the growth-factor field there.
void growth_factor_halo(TreatBuilder& b) {
  MeshBatch& m = b.batch(Structure::healing, true);
  const glm::vec3 c = b.col(Material::growth_factor);
  bool any = false;
  for (const sim::ChannelState& ch : b.snap.channels) {
    const float cx = static_cast<float>(ch.x_um) * 0.001f;
    if (b.hours_since_made(cx) <= 0.0) continue;
    const float depth =
        std::min(static_cast<float>(ch.depth_um) * 0.001f, -b.layout.dermis_bottom_y);
    const float y = -0.5f * depth;
    const float g = b.field(sim::Field::growth_factor, cx, y);
    if (g < 0.04f) continue;
    const float alpha = 0.3f * smooth01(g / 0.6f);
    // Kept inside the face at the block's side edges.
    const float rx = std::min(0.03f + 0.04f * g, kBlockHalfWidth_mm - std::abs(cx));
    if (rx < 0.01f) continue;
    add_dome(m, b.front.at(cx, y, kCellBase_mm - 0.004f), b.front.normal, b.front.u_axis,
             {rx, 0.5f * depth + 0.02f}, 0.001f, c, 12, 2, alpha);
    any = true;
  }
  if (any) {
    b.label("label.growth_factors",
            b.front.at(static_cast<float>(b.snap.channels.front().x_um) * 0.001f + 0.1f,
                       b.layout.papillary_bottom_y, kCellBase_mm),
            Structure::healing);
    b.legend("label.growth_factors", Material::growth_factor, Structure::healing);
  }
}

void fibroblasts(TreatBuilder& b) {
  MeshBatch& m = b.batch(Structure::healing);
  const glm::vec3 c = b.col(Material::recruited_fibroblast), nuc = b.col(Material::nucleus);
  const float depth = b.layout.junction_y - b.layout.dermis_bottom_y;
  const int pool = static_cast<int>(kFibroblastPool_per_mm2 * depth * 2.0f * kBlockHalfWidth_mm);
  std::vector<float> chan;
  for (const sim::ChannelState& ch : b.snap.channels)
    chan.push_back(static_cast<float>(ch.x_um) * 0.001f);
  const std::uint32_t sd = b.seed * 977u + 5u;
  glm::vec3 at{0.0f};
  for (int i = 0; i < pool; ++i) {
    const float x0 = -1.46f + 2.92f * hash01(i, 1, sd);
    const float y = dermis_y(b, x0, -10.0f, hash01(i, 2, sd));
    const float excess = b.field(sim::Field::fibroblasts, x0, y) - 1.0f;
    const float show = smooth01((excess - kFibroblastFull * hash01(i, 3, sd)) / 0.15f);
    if (show <= 0.0f) continue;
    // Migrating toward the nearest injury while growth factors call them.
    float target = x0;
    for (float cx : chan) {
      if (std::abs(cx - x0) < std::abs(target - x0) || target == x0) target = cx;
    }
    const float pull = 0.3f * smooth01(b.field(sim::Field::growth_factor, x0, y) / 0.5f);
    const float x = x0 + (target - x0) * pull;
    const float ang = (target - x0) * pull * 4.0f + (hash01(i, 4, sd) - 0.5f) * 0.7f;
    add_relief_dome(m, b.front, {x, y}, {0.02f * show, 0.005f}, ang, 0.018f, kCellBase_mm, c, 8, 1);
    add_relief_dome(m, b.front, {x, y}, {0.008f * show, 0.003f}, ang, 0.02f, kCellBase_mm, nuc, 6,
                    1);
    ++b.counts.fibroblasts;
    at = b.front.at(x, y, kCellBase_mm + 0.02f);
  }
  if (b.counts.fibroblasts > 3) {
    b.label("label.fibroblasts", at, Structure::healing);
    b.legend("label.fibroblasts", Material::recruited_fibroblast, Structure::healing);
  }
}

}  // namespace

void build_healing_cells(TreatBuilder& b) {
  growth_factor_halo(b);
  fibroblasts(b);
  immune_cells(b);
}

}  // namespace dv::scene
