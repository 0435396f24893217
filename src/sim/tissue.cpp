// The reaction-diffusion healing model on the 2D section. Equations are in docs/MODEL.md;
// constants and their sources in params.h / param_table.cpp. Stiff linear losses use exact
// exponential or semi-implicit updates so that the step can grow to one day in remodelling.
#include "sim/tissue.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <numbers>

namespace dv::sim {
namespace {

float* plane(std::vector<float>& f, Field which, std::size_t cells) {
  return f.data() + static_cast<std::size_t>(which) * cells;
}

// Overlap of [a0, a1) with [b0, b1).
double overlap(double a0, double a1, double b0, double b1) {
  return std::max(0.0, std::min(a1, b1) - std::max(a0, b0));
}

void normalise(std::vector<double>& w) {
  double sum = 0.0;
  for (double v : w) sum += v;
  assert(sum > 0.0);
  for (double& v : w) v /= sum;
}

}  // namespace

ResponseFactors response_factors(const Scenario& sc, const ModelParams& p) {
  ResponseFactors r;
  const double old = std::clamp((sc.age_years - p.collagen_age_young_years) /
                                    (p.collagen_age_old_years - p.collagen_age_young_years),
                                0.0, 1.0);
  r.collagen = 1.0 - p.collagen_age_loss * old;
  // Conditions change risk and geometry, not reward (science.md §8.12): inflamed skin flares
  // (more neutrophils) but repairs no better.
  if (sc.condition == Condition::active_acne || sc.condition == Condition::rosacea ||
      sc.condition == Condition::eczema) {
    r.flare = p.inflamed_skin_inflammation;
  }
  // Stretch marks: elastic-fibre loss in a thin dermis (R/U magnitude: 40 % fewer fibres).
  if (sc.condition == Condition::stretch_marks) r.baseline_elastin = 0.6;
  if (sc.topical == Topical::vitamin_c) r.collagen *= p.vitamin_c_boost;
  if (sc.topical == Topical::prp) r.prp_growth_factor = p.gf_from_prp;
  return r;
}

double total_collagen(double collagen_I, double collagen_III, const ModelParams& p) {
  return p.share_I * collagen_I + p.share_III * collagen_III + p.share_other;
}

TissueParams make_tissue_params(const SkinLayers& skin, const ResponseFactors& response,
                                const ModelParams& p) {
  TissueParams tp;
  tp.mp = p;
  tp.nx = param::kNx;
  tp.nz = param::kNz;
  tp.width_um = param::kWidth_um;
  tp.depth_um = skin.dermis_bottom_um() + param::kSubcutisShown_um;
  tp.dx_um = tp.width_um / tp.nx;
  tp.dz_um = tp.depth_um / tp.nz;
  tp.capillary_apex_um = skin.capillary_loop_apex_um;
  tp.response = response;
  const auto n = static_cast<std::size_t>(tp.nz);
  tp.dermis_row.assign(n, 0.0f);
  tp.upper_weight.assign(n, 0.0);
  tp.dermis_weight.assign(n, 0.0);
  tp.junction_weight.assign(n, 0.0);
  const double top = skin.junction_depth_um();
  const double bottom = skin.dermis_bottom_um();
  const double upper_bottom = std::min(top + param::kUpperDermis_um, bottom);
  for (std::size_t k = 0; k < n; ++k) {
    const double z0 = static_cast<double>(k) * tp.dz_um;
    const double z1 = z0 + tp.dz_um;
    const double zc = 0.5 * (z0 + z1);
    const bool dermis = zc >= top && zc < bottom;
    tp.dermis_row[k] = dermis ? 1.0f : 0.0f;
    if (!dermis) continue;
    tp.upper_weight[k] = overlap(z0, z1, top, upper_bottom);
    tp.dermis_weight[k] = overlap(z0, z1, top, bottom);
    tp.junction_weight[k] = overlap(z0, z1, top, top + 2.0 * tp.dz_um);
  }
  // Very thin dermis might leave the upper band without a row centre: fall back to the
  // first dermis row so the averages are always defined.
  for (auto* w : {&tp.upper_weight, &tp.dermis_weight, &tp.junction_weight}) {
    double sum = 0.0;
    for (double v : *w) sum += v;
    if (sum <= 0.0) {
      for (std::size_t k = 0; k < n; ++k) {
        if (tp.dermis_row[k] > 0.0f) {
          (*w)[k] = 1.0;
          break;
        }
      }
    }
    normalise(*w);
  }
  return tp;
}

TissueState baseline_state(const TissueParams& tp) {
  const std::size_t cells = static_cast<std::size_t>(tp.nx) * tp.nz;
  TissueState st;
  st.fields.assign(cells * kFieldCount, 0.0f);
  st.alarmin.assign(cells, 0.0f);
  st.wound.assign(cells, 0.0f);
  st.primed1.assign(cells, 0.0f);
  st.primed2.assign(cells, 0.0f);
  st.elastin_new.assign(cells, 0.0f);
  const auto el0 = static_cast<float>(tp.response.baseline_elastin);
  for (Field f : {Field::fibroblasts, Field::collagen_I, Field::collagen_III, Field::elastin}) {
    float* v = plane(st.fields, f, cells);
    const float level = f == Field::elastin ? el0 : 1.0f;
    for (int k = 0; k < tp.nz; ++k) {
      std::fill_n(v + static_cast<std::size_t>(k) * tp.nx, tp.nx, level * tp.dermis_row[k]);
    }
  }
  return st;
}

void apply_injury(const TissueParams& tp, TissueState& st, const Needling& n,
                  const std::vector<double>& xs_um, double weight) {
  assert(weight > 0.0);
  const ModelParams& p = tp.mp;
  const std::size_t cells = static_cast<std::size_t>(tp.nx) * tp.nz;
  // Each channel injures a zone a few cells wide around its wall (science.md §8.11). Its
  // profile across the section is a Gaussian whose area equals the mean chord of the zone
  // (π·r/2), averaged over each grid cell so that narrow zones keep their share exactly.
  const double zone = 0.5 * n.channel_diameter_um + p.injury_halo_um;
  const double sigma = zone * std::sqrt(std::numbers::pi / 8.0);
  const double depth = n.effective_depth_um;
  const double s2 = std::sqrt(2.0) * sigma;
  const double norm = sigma * std::sqrt(2.0 * std::numbers::pi) / tp.dx_um * 0.5;
  static thread_local std::vector<double> across;
  across.assign(static_cast<std::size_t>(tp.nx), 0.0);
  for (int i = 0; i < tp.nx; ++i) {
    const double x0 = -0.5 * tp.width_um + i * tp.dx_um, x1 = x0 + tp.dx_um;
    double d = 0.0;
    for (double xc : xs_um) d += norm * (std::erf((x1 - xc) / s2) - std::erf((x0 - xc) / s2));
    across[static_cast<std::size_t>(i)] = std::min(1.0, weight * d);
  }
  float* clot = plane(st.fields, Field::clot, cells);
  const auto bleed = static_cast<float>(n.bleeding_share);
  for (int k = 0; k < tp.nz; ++k) {
    const double z = (k + 0.5) * tp.dz_um;
    const double below = std::max(0.0, z - depth);
    const double taper = std::exp(-below * below / (2.0 * p.injury_halo_um * p.injury_halo_um));
    const bool vascular = z > tp.capillary_apex_um;
    for (int i = 0; i < tp.nx; ++i) {
      const auto d = static_cast<float>(across[static_cast<std::size_t>(i)] * taper);
      const std::size_t c = static_cast<std::size_t>(k) * tp.nx + i;
      st.wound[c] = d;
      st.alarmin[c] = std::min(1.0f, st.alarmin[c] + d);
      // Blood fills the bleeding share of the channels below the capillary-loop apices.
      if (vascular && bleed > 0.0f) clot[c] = std::min(1.0f, clot[c] + bleed * d);
    }
  }
  st.wound_age_days = 0.0;
}

}  // namespace dv::sim
