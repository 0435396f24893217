// What the skin looks like from outside after a session (issue 14 §3–5): redness fading over
// 1–3 days, flakes of stratum corneum shed for about a week, a topical product in the channels
// while the barrier is open and fading as it is absorbed, and, when the model's PIH risk is high,
// a possible pigment patch (labelled as a risk) that fades over months.
#include <algorithm>
#include <cmath>

#include "scene/treatment_parts.h"
#include "sim/swelling.h"
#include "sim/topical.h"

namespace dv::scene {
namespace {
constexpr float kLift_mm = 0.003f;      // sheets float just above the surface relief
constexpr double kPihRiskShown = 0.04;  // model PIH risk above which the patch is drawn
constexpr double kPihOnset_d = 10.0;    // PIH shows 1–3 weeks after the injury (R/U)
constexpr double kPihFull_d = 21.0;
constexpr double kPihFade_d = 120.0;        // fades over months (R/U; 6–12 months to clear)
constexpr double kProductApplied_h = 0.25;  // product put on straight after the needling

// A translucent sheet over the whole top surface.
void surface_sheet(TreatBuilder& b, Material m, float alpha) {
  MeshBatch& mb = b.batch(Structure::healing, true);
  const float h = kBlockHalfWidth_mm, z1 = b.layout.front_z;
  const int nx = 20, nz = std::max(4, static_cast<int>(20.0f * (z1 + h) / (2.0f * h)));
  const glm::vec3 c = b.col(m);
  const auto first = static_cast<std::uint32_t>(mb.vertices.size());
  for (int k = 0; k <= nz; ++k) {
    for (int i = 0; i <= nx; ++i) {
      const float x = -h + 2.0f * h * static_cast<float>(i) / static_cast<float>(nx);
      const float z = -h + (z1 + h) * static_cast<float>(k) / static_cast<float>(nz);
      push_vertex(mb, {x, b.geo.surface(x, z) + kLift_mm, z}, {0.0f, 1.0f, 0.0f}, c, alpha);
    }
  }
  const auto row = static_cast<std::uint32_t>(nx + 1);
  for (std::uint32_t k = 0; k < static_cast<std::uint32_t>(nz); ++k) {
    for (std::uint32_t i = 0; i < static_cast<std::uint32_t>(nx); ++i) {
      const std::uint32_t a = first + k * row + i;
      push_quad(mb, a + row, a + row + 1, a + 1, a);
    }
  }
}

// A translucent irregular disc lying on the surface.
void surface_patch(TreatBuilder& b, glm::vec2 centre, float radius, Material m, float alpha) {
  MeshBatch& mb = b.batch(Structure::healing, true);
  const glm::vec3 c = b.col(m);
  const int seg = 20, rings = 3;
  const auto first = static_cast<std::uint32_t>(mb.vertices.size());
  push_vertex(mb, {centre.x, b.geo.surface(centre.x, centre.y) + 2 * kLift_mm, centre.y}, {0, 1, 0},
              c, alpha);
  const float h = kBlockHalfWidth_mm;
  for (int r = 1; r <= rings; ++r) {
    for (int s = 0; s < seg; ++s) {
      const float a = 6.2832f * static_cast<float>(s) / static_cast<float>(seg);
      const float wobble = 1.0f + 0.18f * std::sin(3.0f * a + 1.0f) + 0.1f * std::sin(5.0f * a);
      const float rr = radius * wobble * static_cast<float>(r) / static_cast<float>(rings);
      const float x = std::clamp(centre.x + rr * std::cos(a), -h, h);
      const float z = std::clamp(centre.y + rr * std::sin(a), -h, b.layout.front_z);
      const float edge = r == rings ? 0.05f : 1.0f - 0.3f * static_cast<float>(r) / rings;
      push_vertex(mb, {x, b.geo.surface(x, z) + 2 * kLift_mm, z}, {0, 1, 0}, c, alpha * edge);
    }
  }
  const auto segs = static_cast<std::uint32_t>(seg);
  for (std::uint32_t s = 0; s < segs; ++s) {
    const std::uint32_t s1 = (s + 1) % segs;
    mb.indices.insert(mb.indices.end(), {first, first + 1 + s1, first + 1 + s});
    for (std::uint32_t r = 1; r < static_cast<std::uint32_t>(rings); ++r) {
      const std::uint32_t in = first + 1 + (r - 1) * segs, out = first + 1 + r * segs;
      push_quad(mb, in + s, in + s1, out + s1, out + s);
    }
  }
}

void flakes(TreatBuilder& b, double amount) {
  const int count = static_cast<int>(std::lround(45.0 * amount));
  if (count == 0) return;
  MeshBatch& mb = b.batch(Structure::healing);
  const glm::vec3 c = b.col(Material::flake);
  Rng r{b.seed * 7919ull + static_cast<std::uint64_t>(b.snap.session)};
  const float h = kBlockHalfWidth_mm - 0.08f;
  glm::vec3 last{0.0f};
  for (int i = 0; i < count; ++i) {
    const float x = r.range(-h, h), z = r.range(-h, b.layout.front_z - 0.08f);
    const float rad = r.range(0.025f, 0.06f);
    last = {x, b.geo.surface(x, z) + kLift_mm, z};
    const glm::vec3 side = glm::normalize(glm::vec3(std::cos(r.range(0.0f, 3.1f)), 0.0f, 1.0f));
    add_dome(mb, last, {0.0f, 1.0f, 0.0f}, side, {rad, rad * 0.7f}, 0.004f, c, 6, 1);
  }
  b.label("label.flaking", last, Structure::healing);
  b.legend("label.flaking", Material::flake, Structure::healing);
}

// The product in the channels on the front cut face: a translucent band from the surface down
// to the depth it reached, a little wider than the channel (sideways spread).
void product_in_channels(TreatBuilder& b, double reach_um, double spread_um, float alpha) {
  MeshBatch& mb = b.batch(Structure::healing, true);
  const glm::vec3 c = b.col(Material::topical_product);
  const Face& f = b.front;
  const float base = kChannelBase_mm + 0.003f;
  bool labelled = false;
  for (const sim::ChannelState& ch : b.snap.channels) {
    const float x = static_cast<float>(ch.x_um) * 0.001f;
    const float hw = static_cast<float>(0.5 * ch.diameter_um + spread_um) * 0.001f;
    const float top = b.surface(x) + 0.002f;
    const float bottom =
        std::max(top - static_cast<float>(std::min(reach_um, ch.depth_um)) * 0.001f,
                 b.layout.block_bottom_y + 0.02f);
    if (top - bottom < 0.005f) continue;
    const auto a = static_cast<std::uint32_t>(mb.vertices.size());
    push_vertex(mb, f.at(x - hw, top, base), f.normal, c, alpha);
    push_vertex(mb, f.at(x + hw, top, base), f.normal, c, alpha);
    push_vertex(mb, f.at(x + 0.4f * hw, bottom, base), f.normal, c, 0.3f * alpha);
    push_vertex(mb, f.at(x - 0.4f * hw, bottom, base), f.normal, c, 0.3f * alpha);
    push_quad(mb, a + 3, a + 2, a + 1, a);
    if (!labelled) {
      b.label("label.topical_product", f.at(x, 0.5f * (top + bottom), base), Structure::healing);
      labelled = true;
    }
  }
}

}  // namespace

void build_surface_effects(TreatBuilder& b) {
  if (b.snap.channels.empty() || b.hours < 0.0) return;
  const sim::Needling& n = b.course.needling();
  const double hours = b.hours;
  // Redness: the whole treated surface flushes, more after deeper needling (1–3 days).
  // The flush is drawn from the first half hour on, once the pinpoint bleeding is wiped off.
  const double red = sim::erythema(n, hours) * std::clamp((hours - 0.5) / 0.5, 0.0, 1.0);
  if (red > 0.02 && !b.needling) {
    surface_sheet(b, Material::erythema, static_cast<float>(0.55 * red));
    b.legend("label.erythema", Material::erythema, Structure::healing);
    if (red > 0.1) {
      const float z = std::min(-0.4f, b.layout.front_z - 0.5f);
      b.label("label.erythema", {-0.6f, b.geo.surface(-0.6f, z) + kLift_mm, z}, Structure::healing);
    }
  }
  // Topical product: applied after the needling, in the channels while the barrier was open.
  const sim::Topical t = b.course.scenario().topical;
  const double left = sim::topical_remaining(hours - kProductApplied_h);
  if (t != sim::Topical::none && left > 0.03 && !b.needling) {
    surface_sheet(b, Material::topical_product, static_cast<float>(0.35 * left));
    product_in_channels(b, sim::topical_reach_um(t, n, kProductApplied_h),
                        sim::topical_spread_um(t), static_cast<float>(0.6 * left));
    b.legend("label.topical_product", Material::topical_product, Structure::healing);
  }
  flakes(b, sim::flaking(n, hours));
  // Possible pigment after inflammation: shown as a risk when the model's risk is high.
  const double risk = b.course.daily().empty() ? 0.0 : b.course.daily().back().pih_risk;
  const double days = hours / 24.0;
  if (risk > kPihRiskShown && days > kPihOnset_d) {
    const double rise = std::min(1.0, (days - kPihOnset_d) / (kPihFull_d - kPihOnset_d));
    const double fade = days > kPihFull_d ? std::exp(-(days - kPihFull_d) / kPihFade_d) : 1.0;
    const float alpha = static_cast<float>(0.6 * rise * fade * std::min(1.0, risk / 0.1));
    if (alpha > 0.03f) {
      const glm::vec2 c{0.45f, std::min(-0.2f, b.layout.front_z - 0.6f)};
      surface_patch(b, c, 0.45f, Material::pih_patch, alpha);
      b.label("label.pih_risk", {c.x, b.geo.surface(c.x, c.y), c.y}, Structure::healing);
      b.legend("label.pih_risk", Material::pih_patch, Structure::healing);
    }
  }
}

}  // namespace dv::scene
