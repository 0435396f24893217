// Cutaneous nerves in section (MODEL.md "Anatomy"): nerve bundles running with the deep plexus,
// branches rising to a subepidermal plexus under the papillae, and thin fibres crossing the
// junction to end freely among the keratinocytes (intraepidermal nerve fibres, about 10–20 per mm
// of section on the face and trunk); Meissner's corpuscles in a few dermal papillae (sparse in
// hairy facial skin, shown in two); a Pacinian corpuscle at the top of the subcutis.
#include <algorithm>
#include <cmath>
#include <vector>

#include "scene/block_parts.h"

namespace dv::scene {
namespace {
constexpr float kBase_mm = 0.0025f;
constexpr float kBundle_mm = 0.018f;         // deep dermal nerve bundle ≈35–40 µm across (R/U)
constexpr float kBranch_mm = 0.0055f;        // ascending branch ≈10 µm
constexpr float kPlexus_mm = 0.004f;         // subepidermal plexus fibres ≈8 µm
constexpr float kFibre_mm = 0.0013f;         // intraepidermal fibre ≈1–3 µm, drawn 2.6 µm
constexpr float kFibresPerMm = 12.0f;        // IENF density, fibres per mm of section (R/U, face)
constexpr float kEpiBase_mm = 0.0055f;       // stands proud of the keratinocytes (≤ 0.005 mm)
constexpr float kMeissnerHalfW_mm = 0.016f;  // ≈30–40 µm wide (García-Suárez 2018)
constexpr float kMeissnerHalfH_mm = 0.028f;  // ≈60 µm tall, fitted inside the papilla
constexpr float kPacinianHalfL_mm = 0.38f;   // ≈0.75 mm long (0.5–2 mm; Bell 1994)
constexpr float kPacinianHalfW_mm = 0.2f;    // ≈0.4 mm thick
constexpr float kPacinianBase_mm = 0.016f;   // above the fat lobules' relief (0.014 mm)

struct Line {
  const BlockGeometry& g;
  const Face& f;
  glm::vec2 xz(float u) const { return BlockBuilder::xz(f, u); }
  float junction(float u) const { return g.junction(xz(u).x, xz(u).y); }
  float corneum(float u) const { return g.corneum_bottom(xz(u).x, xz(u).y); }
  float papillary(float u) const { return g.papillary_bottom(xz(u).x, xz(u).y); }
  float dermis(float u) const { return g.dermis_bottom(xz(u).x, xz(u).y); }
  float papilla(float u) const { return g.papilla(xz(u).x, xz(u).y); }
};

void tube(MeshBatch& m, const Face& f, const std::vector<glm::vec2>& pts, float hw, float base,
          const glm::vec3& c) {
  std::vector<ReliefPoint> rp;
  rp.reserve(pts.size());
  for (const glm::vec2& p : pts) rp.push_back({p, hw, hw * 0.9f, c});
  add_relief_tube(m, f, rp, 3, base);
}

}  // namespace

void build_nerves(BlockBuilder& b, const Face& f) {
  const BlockGeometry& g = b.geo;
  const Line line{g, f};
  const bool front = f.normal.z > 0.5f;
  Rng r{g.seed * 977ull + (front ? 11u : 13u)};
  MeshBatch& m = b.batch(Structure::nerves);
  const glm::vec3 nerve = b.col(Material::nerve), ending = b.col(Material::nerve_ending);
  const float span = f.u_max - f.u_min;

  // Deep bundles: two runs just above the deep vascular plexus.
  const float deep_y_off = 0.06f;
  std::vector<glm::vec2> pts;
  std::vector<float> branch_u;
  for (int run = 0; run < 2; ++run) {
    const float u0 = f.u_min + span * (run == 0 ? 0.06f : 0.55f) + r.range(0.0f, 0.05f);
    const float len = span * r.range(0.3f, 0.38f);
    pts.clear();
    for (int i = 0; i <= 24; ++i) {
      const float u = u0 + len * static_cast<float>(i) / 24.0f;
      pts.push_back(
          {u, line.dermis(u) + deep_y_off + 0.01f * std::sin(u * 11.0f + static_cast<float>(run))});
    }
    tube(m, f, pts, kBundle_mm, kBase_mm, nerve);
    if (front && run == 0) {
      const glm::vec2 mid = pts[8];
      b.label("label.nerve_plexus", f.at(mid.x, mid.y, kBundle_mm), Structure::nerves);
    }
    branch_u.push_back(u0 + 0.25f * len);
    branch_u.push_back(u0 + 0.8f * len);
  }
  // Ascending branches from the bundles to the subepidermal plexus.
  for (float ub : branch_u) {
    pts.clear();
    const float y0 = line.dermis(ub) + deep_y_off, y1 = line.papillary(ub) + 0.02f;
    for (int i = 0; i <= 16; ++i) {
      const float s = static_cast<float>(i) / 16.0f;
      const float u = ub + 0.06f * s + 0.012f * std::sin(s * 9.0f + ub * 5.0f);
      pts.push_back({u, y0 + s * (y1 - y0)});
    }
    tube(m, f, pts, kBranch_mm, kBase_mm, nerve);
  }
  // Subepidermal plexus: a wavy fibre under the papillae, with gaps where it leaves the plane.
  const float plexus_depth = 0.35f;  // share of the way from the junction to the papillary border
  auto plexus_y = [&](float u) {
    return line.junction(u) - 0.5f * g.ridge_mm +
           plexus_depth * (line.papillary(u) - (line.junction(u) - 0.5f * g.ridge_mm));
  };
  for (float u0 = f.u_min + 0.03f; u0 < f.u_max - 0.1f;) {
    const float len = std::min(r.range(0.35f, 0.7f), f.u_max - 0.03f - u0);
    pts.clear();
    const int n = std::max(3, static_cast<int>(len / 0.03f));
    for (int i = 0; i <= n; ++i) {
      const float u = u0 + len * static_cast<float>(i) / static_cast<float>(n);
      pts.push_back({u, plexus_y(u) + 0.006f * std::sin(u * 23.0f)});
    }
    tube(m, f, pts, kPlexus_mm, kBase_mm, nerve);
    u0 += len + r.range(0.05f, 0.15f);
  }
  // Intraepidermal fibres: from the plexus straight up through the papillary dermis, across the
  // junction, ending freely below the granular layer (front face denser than the right).
  const float step = 1.0f / (front ? kFibresPerMm : 0.7f * kFibresPerMm);
  bool labelled = false;
  for (float u = f.u_min + 0.02f + r.range(0.0f, step); u < f.u_max - 0.02f; u += step) {
    const float uu = u + r.range(-0.3f, 0.3f) * step;
    const float y0 = plexus_y(uu), yj = line.junction(uu);
    const float y1 = line.corneum(uu) - r.range(0.008f, 0.02f);
    if (y1 < yj + 0.008f) continue;
    pts.clear();
    const float lean = r.range(-0.025f, 0.025f);
    for (int i = 0; i <= 7; ++i) {
      const float s = static_cast<float>(i) / 7.0f;
      const float y = y0 + s * (y1 - y0);
      pts.push_back({uu + lean * s + 0.003f * std::sin(s * 12.0f + uu * 40.0f), y});
    }
    // Dermal part under the cells' relief; the part inside the epidermis stands proud of them.
    std::vector<glm::vec2> lower, upper;
    for (const glm::vec2& p : pts) (p.y < yj ? lower : upper).push_back(p);
    if (!lower.empty() && !upper.empty()) upper.insert(upper.begin(), lower.back());
    if (lower.size() >= 2) tube(m, f, lower, kFibre_mm * 1.3f, kBase_mm, nerve);
    if (upper.size() >= 2) {
      tube(m, f, upper, kFibre_mm, kEpiBase_mm, ending);
      const glm::vec2 tip = upper.back();
      add_relief_dome(m, f, tip, {0.0025f, 0.0025f}, 0.0f, 0.002f, kEpiBase_mm, ending, 5, 1);
      if (front && !labelled && uu > -0.9f && uu < -0.3f) {
        b.label("label.free_nerve_ending", f.at(tip.x, tip.y, kEpiBase_mm), Structure::nerves);
        labelled = true;
      }
    }
  }
}

void build_receptors(BlockBuilder& b) {
  const BlockGeometry& g = b.geo;
  const Face& f = b.front;
  const Line line{g, f};
  MeshBatch& m = b.batch(Structure::receptors);
  const glm::vec3 meissner = b.col(Material::meissner), nerve = b.col(Material::nerve);
  // Meissner's corpuscles: in the two papillae nearest u = −0.9 and u = 0.45 mm (papilla peaks
  // found on the cut line), upright ovals of stacked flattened cells with a zigzag axon.
  const float targets[] = {-0.9f, 0.45f};
  bool labelled = false;
  for (float t : targets) {
    float best_u = t, best = -1e9f;
    for (float u = t - 0.12f; u <= t + 0.12f; u += 0.002f) {
      const float h = line.papilla(u);
      if (h > best) {
        best = h;
        best_u = u;
      }
    }
    const float tip_y = line.junction(best_u);
    const glm::vec2 c{best_u, tip_y - 0.012f - kMeissnerHalfH_mm};
    add_relief_dome(m, f, c, {kMeissnerHalfW_mm, kMeissnerHalfH_mm}, 1.5708f, 0.012f, kBase_mm,
                    meissner * 0.85f, 14, 2);
    for (int k = -3; k <= 3; ++k) {  // stacked lamellar cells, flattened across the long axis
      const float y = c.y + static_cast<float>(k) * kMeissnerHalfH_mm * 0.26f;
      const float w =
          kMeissnerHalfW_mm * std::sqrt(std::max(0.1f, 1.0f - static_cast<float>(k * k) / 12.0f));
      add_relief_dome(m, f, {c.x, y}, {w * 0.9f, 0.0032f}, 0.0f, 0.016f, kBase_mm, meissner, 6, 1);
    }
    std::vector<ReliefPoint> axon;
    for (int i = 0; i <= 14; ++i) {
      const float s = static_cast<float>(i) / 14.0f;
      const float y = c.y - kMeissnerHalfH_mm * 1.8f + s * kMeissnerHalfH_mm * 2.6f;
      const float zig = s > 0.3f ? 0.7f * kMeissnerHalfW_mm * ((i & 1) ? 1.0f : -1.0f) : 0.0f;
      axon.push_back({{c.x + zig, y}, 0.0016f, 0.0015f, nerve});
    }
    add_relief_tube(m, f, axon, 3, kBase_mm + 0.016f);
    if (!labelled) {
      b.label("label.meissner_corpuscle", f.at(c.x, c.y, 0.02f), Structure::receptors);
      labelled = true;
    }
  }
  // Pacinian corpuscle: concentric lamellae like an onion, lying in the top of the subcutis.
  const float uc = 0.25f;
  const float yc = line.dermis(uc) - std::min(0.3f, 0.5f * kSubcutisShown_mm);
  const glm::vec3 lam = b.col(Material::pacinian), core = b.col(Material::pacinian_core);
  const int rings = 6;
  for (int k = 0; k < rings; ++k) {
    const float s = 1.0f - static_cast<float>(k) / static_cast<float>(rings);
    const glm::vec3 c = (k & 1) ? lam * 0.86f : lam;
    add_relief_dome(m, f, {uc, yc}, {kPacinianHalfL_mm * s, kPacinianHalfW_mm * s}, 0.0f,
                    0.006f + 0.004f * static_cast<float>(k), kPacinianBase_mm, c, 24, 1);
  }
  add_relief_dome(m, f, {uc, yc}, {kPacinianHalfL_mm * 0.2f, kPacinianHalfW_mm * 0.18f}, 0.0f,
                  0.03f, kPacinianBase_mm, core, 12, 1);
  std::vector<ReliefPoint> axon;
  for (int i = 0; i <= 8; ++i) {
    const float s = static_cast<float>(i) / 8.0f;
    axon.push_back({{uc - kPacinianHalfL_mm * (1.35f - 1.2f * s), yc + 0.02f * std::sin(s * 5.0f)},
                    0.008f * (1.0f - 0.5f * s),
                    0.006f,
                    nerve});
  }
  add_relief_tube(m, f, axon, 3, kPacinianBase_mm);
  b.label("label.pacinian_corpuscle", f.at(uc + 0.5f * kPacinianHalfL_mm, yc, 0.03f),
          Structure::receptors);
}

}  // namespace dv::scene
