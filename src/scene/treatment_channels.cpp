// Micro-channels: the open holes on the front cut face, pores on the top surface, blood filling
// channels that reach the capillary loops, pinpoint droplets on the surface that darken into a
// crust as the clot forms, and the epidermis closing over each channel as it re-epithelialises.
#include <algorithm>
#include <cmath>
#include <vector>

#include "scene/treatment_parts.h"

namespace dv::scene {
namespace {
constexpr glm::vec3 kUp{0.0f, 1.0f, 0.0f};
constexpr glm::vec3 kX{1.0f, 0.0f, 0.0f};
// Blood wells up a channel within about a minute of the puncture and spreads on the surface as a
// pinpoint droplet within minutes (R/U, clinical descriptions of pinpoint bleeding).
constexpr double kFillMinutes = 1.0;
constexpr double kDropletMinutes = 4.0;
// The droplet dries into a flat crust over a few hours (haemostasis ends at 3 h, params.h).
constexpr double kCrustHours = 3.0;
// Most top-surface pores drawn (the rest of the density is implied), for the triangle budget.
constexpr int kMaxPores = 360;

float smooth01(float t) {
  t = std::clamp(t, 0.0f, 1.0f);
  return t * t * (3.0f - 2.0f * t);
}

// A channel's own openness: each closes at its own time around the sim's share still open, so
// the average follows open_fraction and they do not all vanish in one frame.
float openness(double open_share, float rank) {
  return smooth01((static_cast<float>(open_share) - 0.8f * rank) / 0.2f);
}

struct ChannelLook {
  float x, hw, top, tip;  // mm: centre, half-width at the surface, top of the hole, bottom
  float open;             // 0..1
  double made_h;          // hours since the puncture
};

void channel_on_face(TreatBuilder& b, const sim::ChannelState& c, const ChannelLook& k,
                     bool& labelled) {
  MeshBatch& m = b.batch(Structure::treatment);
  const glm::vec3 hole = b.col(Material::channel);
  const float surf = b.surface(k.x);
  // The open part shrinks from the bottom up as granulation tissue fills it, and narrows.
  const float hw = k.hw * (0.35f + 0.65f * k.open);
  const float bottom = surf + (k.tip - surf) * (0.3f + 0.7f * k.open);
  std::vector<ReliefPoint> pts;
  constexpr int kRows = 8;
  for (int i = 0; i <= kRows; ++i) {
    const float s = static_cast<float>(i) / kRows;
    const float y = k.top + s * (bottom - k.top);
    // Conical needle track: wide at the surface, a blunt tip (the deepest row is y = bottom).
    pts.push_back({{k.x, y}, hw * (1.0f - 0.6f * s * s), 0.002f, hole});
  }
  add_relief_tube(m, b.front, pts, 2, kChannelBase_mm);
  ++b.counts.channels_open;
  if (!labelled) {
    b.label("label.micro_channel", b.front.at(k.x, 0.5f * (k.top + bottom), kChannelBase_mm),
            Structure::treatment);
    b.legend("label.micro_channel", Material::channel, Structure::treatment);
    labelled = true;
  }
  if (!c.bleeding || k.made_h <= 0.0) return;
  // Blood: a core filling the hole from the bottom up, turning to clot over hours.
  const float fill = smooth01(static_cast<float>(k.made_h * 60.0 / kFillMinutes));
  const float clotting = smooth01(static_cast<float>(k.made_h / kCrustHours));
  const glm::vec3 colour = glm::mix(b.col(Material::blood), b.col(Material::clot), clotting);
  const float inset = 0.3f * hw;
  const float lo = bottom + inset, hi = lo + (k.top - lo) * fill;
  if (hi - lo < 0.004f) return;
  pts.clear();
  for (int i = 0; i <= 4; ++i) {
    const float y = lo + (hi - lo) * static_cast<float>(i) / 4.0f;
    const float s = (k.top - y) / std::max(k.top - bottom, 1e-4f);
    pts.push_back({{k.x, y}, 0.55f * hw * (1.0f - 0.6f * s * s), 0.002f, colour});
  }
  add_relief_tube(b.batch(Structure::treatment, false, 0.5f), b.front, pts, 2, kBloodBase_mm);
  const char* name = clotting < 0.5f ? "label.blood" : "label.clot";
  b.label(name, b.front.at(k.x, lo + 0.5f * (hi - lo), kBloodBase_mm),
          clotting < 0.5f ? Structure::treatment : Structure::healing);
  b.legend(name, clotting < 0.5f ? Material::blood : Material::clot,
           clotting < 0.5f ? Structure::treatment : Structure::healing);
}

// Epidermis re-forming over a closing channel: a keratinocyte-coloured bridge from the surface
// down, growing to the full epidermis as the channel closes.
void epidermal_bridge(TreatBuilder& b, const ChannelLook& k) {
  // Once closed, the block's own epidermis is the continuous layer again: no bridge is drawn.
  const float cover = smooth01((0.8f - k.open) / 0.6f);
  if (cover <= 0.0f || k.open <= 0.01f) return;
  const float surf = b.surface(k.x);
  const float depth = cover * (surf - b.junction(k.x)) * 0.9f;
  const glm::vec3 c = b.col(Material::keratinocyte);
  const float hw = k.hw * (0.35f + 0.65f * k.open) + 0.004f;
  const ReliefPoint pts[] = {{{k.x, surf + 0.003f}, hw, 0.004f, c},
                             {{k.x, surf - depth}, hw, 0.004f, c}};
  add_relief_tube(b.batch(Structure::treatment), b.front, pts, 2, kBloodBase_mm + 0.002f);
}

void droplet(TreatBuilder& b, const glm::vec3& at, float r_max, const ChannelLook& k, float clot) {
  const float grow =
      static_cast<float>(std::cbrt(std::clamp(k.made_h * 60.0 / kDropletMinutes, 0.0, 1.0)));
  const float clotting = smooth01(static_cast<float>(k.made_h / kCrustHours));
  // The crust stays while the clot does and the channel under it is still open.
  const float keep = std::min(smooth01((clot - 0.05f) / 0.3f), smooth01(k.open / 0.3f));
  const float r = r_max * grow * (0.5f + 0.5f * keep);
  if (r < 0.006f || keep <= 0.02f) return;
  const float height = r * (0.8f - 0.6f * clotting);
  const glm::vec3 colour = glm::mix(b.col(Material::blood), b.col(Material::clot), clotting);
  add_dome(b.batch(Structure::treatment, false, 0.9f), at, kUp, kX, {r, r}, height, colour, 8, 2);
  ++b.counts.droplets;
}

void top_pores(TreatBuilder& b, double open_share, double bleeding_share, float r_drop,
               float clot) {
  const auto& n = b.course.needling();
  const float area_mm2 = 4.0f * kBlockHalfWidth_mm * (b.layout.front_z + kBlockHalfWidth_mm);
  const int count = std::min(kMaxPores, static_cast<int>(n.channels_per_cm2 * 0.01 * area_mm2));
  const float r = static_cast<float>(n.channel_diameter_um) * 0.0005f;
  const std::uint32_t sd = b.seed * 31u + static_cast<std::uint32_t>(b.snap.session);
  MeshBatch& m = b.batch(Structure::treatment);
  const glm::vec3 hole = b.col(Material::channel);
  for (int i = 0; i < count; ++i) {
    const float e = kBlockHalfWidth_mm - std::max(r, r_drop) - 0.005f;  // stays on the top face
    const float x = -e + 2.0f * e * hash01(i, 1, sd);
    const float z = -e + (b.layout.front_z - 0.05f + e) * hash01(i, 2, sd);
    ChannelLook k{x, r, 0, 0, openness(open_share, hash01(i, 3, sd)), b.hours_since_made(x)};
    if (k.made_h < 0.0 || k.open <= 0.01f) continue;
    const glm::vec3 at{x, b.geo.surface(x, z) + 0.003f, z};
    add_dome(m, at, kUp, kX, glm::vec2(r * (0.4f + 0.6f * k.open)), 0.001f, hole, 6, 1);
    // Spotty → uniform pinpoint: only the bleeding share of the pores gets a droplet.
    if (hash01(i, 4, sd) < static_cast<float>(bleeding_share)) droplet(b, at, r_drop, k, clot);
  }
}

}  // namespace

void build_channels(TreatBuilder& b) {
  const auto& n = b.course.needling();
  const float loop_mm = static_cast<float>(b.course.skin().capillary_loop_apex_um) * 0.001f;
  bool labelled = false;
  double open_share = 0.0;
  float clot = 0.0f;
  for (std::size_t i = 0; i < b.snap.channels.size(); ++i) {
    const sim::ChannelState& c = b.snap.channels[i];
    open_share = c.open_fraction;
    const float x = static_cast<float>(c.x_um) * 0.001f;
    const float rank = hash01(static_cast<std::int32_t>(i), b.snap.session, b.seed + 17u);
    ChannelLook k{
        x, static_cast<float>(c.diameter_um) * 0.0005f, b.surface(x) + 0.004f,
        // A channel deeper than the block ends at its bottom (the fat goes on below).
        std::max(-static_cast<float>(c.depth_um) * 0.001f, b.layout.block_bottom_y + 0.02f),
        openness(c.open_fraction, rank), b.hours_since_made(x)};
    if (k.made_h < 0.0) continue;  // the needle row has not reached it yet
    // While the needle is in it, the device draws the needle instead.
    if (b.needling && std::abs(x - b.device_x) < 0.02f) continue;
    clot = b.field(sim::Field::clot, x, -loop_mm - 0.03f);
    if (k.open > 0.01f) channel_on_face(b, c, k, labelled);
    epidermal_bridge(b, k);
    if (c.bleeding) {
      const float r_drop = std::min(std::clamp(0.035f + 0.05f * (-k.tip - loop_mm), 0.035f, 0.075f),
                                    kBlockHalfWidth_mm - std::abs(x));
      droplet(b, {x, b.surface(x) + 0.002f, b.layout.front_z - r_drop}, r_drop, k, clot);
      if (b.counts.droplets == 1 && k.made_h * 60.0 > kDropletMinutes * 0.5) {
        b.label(k.made_h < kCrustHours ? "label.pinpoint_bleeding" : "label.crust",
                {x, b.surface(x) + r_drop, b.layout.front_z - r_drop}, Structure::treatment);
      }
    }
  }
  if (!b.snap.channels.empty()) {
    top_pores(b, open_share, n.bleeding_share, 0.03f, clot);
  }
}

}  // namespace dv::scene
