// The reaction-diffusion healing model on the 2D section. Equations are in docs/MODEL.md;
// constants and their sources in params.h. Stiff linear losses use exact exponential or
// semi-implicit updates so that the step can grow to one day in the remodelling phase.
#include "sim/tissue.h"

#include <algorithm>
#include <cassert>
#include <cmath>

#include "sim/params.h"

namespace dv::sim {
namespace p = param;
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

ResponseFactors response_factors(const Scenario& sc) {
  ResponseFactors r;
  const double old = std::clamp((sc.age_years - p::kCollagenAgeYoung_years) /
                                    (p::kCollagenAgeOld_years - p::kCollagenAgeYoung_years),
                                0.0, 1.0);
  r.collagen = 1.0 - p::kCollagenAgeLoss * old;
  if (sc.condition == Condition::hypertrophic_scar) r.collagen *= p::kHypertrophicResponse;
  if (sc.condition == Condition::active_acne || sc.condition == Condition::rosacea ||
      sc.condition == Condition::eczema) {
    r.inflammation = p::kInflamedSkinBoost;
  }
  if (sc.topical == Topical::vitamin_c) r.collagen *= p::kVitaminCBoost;
  if (sc.topical == Topical::prp) r.prp_growth_factor = p::kGfFromPrp;
  return r;
}

double total_collagen(double collagen_I, double collagen_III) {
  return p::kShareI * collagen_I + p::kShareIII * collagen_III + p::kShareOther;
}

TissueParams make_tissue_params(const SkinLayers& skin, const ResponseFactors& response) {
  TissueParams tp;
  tp.nx = p::kNx;
  tp.nz = p::kNz;
  tp.width_um = p::kWidth_um;
  tp.depth_um = skin.dermis_bottom_um() + p::kSubcutisShown_um;
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
  const double upper_bottom = std::min(top + p::kUpperDermis_um, bottom);
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
  for (Field f : {Field::fibroblasts, Field::collagen_I, Field::collagen_III, Field::elastin}) {
    float* v = plane(st.fields, f, cells);
    for (int k = 0; k < tp.nz; ++k) {
      std::fill_n(v + static_cast<std::size_t>(k) * tp.nx, tp.nx, tp.dermis_row[k]);
    }
  }
  return st;
}

void apply_injury(const TissueParams& tp, TissueState& st, const Needling& n,
                  const std::vector<double>& xs_um, double weight) {
  assert(weight > 0.0);
  const std::size_t cells = static_cast<std::size_t>(tp.nx) * tp.nz;
  const double sigma = 0.5 * n.channel_diameter_um + p::kInjuryHalo_um;
  const double depth = n.effective_depth_um;
  float* clot = plane(st.fields, Field::clot, cells);
  for (int k = 0; k < tp.nz; ++k) {
    const double z = (k + 0.5) * tp.dz_um;
    const double below = std::max(0.0, z - depth);
    const double taper = std::exp(-below * below / (2.0 * p::kInjuryHalo_um * p::kInjuryHalo_um));
    const bool vascular = z > tp.capillary_apex_um;
    for (int i = 0; i < tp.nx; ++i) {
      const double x = -0.5 * tp.width_um + (i + 0.5) * tp.dx_um;
      double d = 0.0;
      for (double xc : xs_um) d += std::exp(-(x - xc) * (x - xc) / (2.0 * sigma * sigma));
      d = std::min(1.0, weight * d * taper);
      const std::size_t c = static_cast<std::size_t>(k) * tp.nx + i;
      st.wound[c] = static_cast<float>(d);
      st.alarmin[c] = std::min(1.0f, st.alarmin[c] + static_cast<float>(d));
      // Blood fills the part of the channel below the capillary-loop apices.
      if (vascular && n.bleeding) clot[c] = std::min(1.0f, clot[c] + static_cast<float>(d));
    }
  }
  st.wound_age_days = 0.0;
}

}  // namespace dv::sim
