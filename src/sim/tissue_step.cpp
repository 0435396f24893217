// One time step of the healing model and the section averages. Equations: docs/MODEL.md §3.
#include <algorithm>
#include <cassert>
#include <cmath>

#include "sim/params.h"
#include "sim/tissue.h"

namespace dv::sim {
namespace p = param;
namespace {

float* plane(std::vector<float>& f, Field which, std::size_t cells) {
  return f.data() + static_cast<std::size_t>(which) * cells;
}

// Separable [1 2 1]/4 smoothing (the growth factor's quasi-steady spread, see tissue.cpp).
void smooth(float* v, float* tmp, int nx, int nz) {
  for (int k = 0; k < nz; ++k) {
    const float* r = v + static_cast<std::size_t>(k) * nx;
    float* o = tmp + static_cast<std::size_t>(k) * nx;
    o[0] = 0.75f * r[0] + 0.25f * r[1];
    for (int i = 1; i < nx - 1; ++i) o[i] = 0.25f * (r[i - 1] + r[i + 1]) + 0.5f * r[i];
    o[nx - 1] = 0.75f * r[nx - 1] + 0.25f * r[nx - 2];
  }
  for (int k = 0; k < nz; ++k) {
    const float* up = tmp + static_cast<std::size_t>(std::max(k - 1, 0)) * nx;
    const float* c = tmp + static_cast<std::size_t>(k) * nx;
    const float* dn = tmp + static_cast<std::size_t>(std::min(k + 1, nz - 1)) * nx;
    float* o = v + static_cast<std::size_t>(k) * nx;
    for (int i = 0; i < nx; ++i) o[i] = 0.25f * (up[i] + dn[i]) + 0.5f * c[i];
  }
}

}  // namespace

void step(const TissueParams& tp, TissueState& st, double dt, double channels_open) {
  assert(dt > 0.0);
  const int nx = tp.nx, nz = tp.nz;
  const std::size_t cells = static_cast<std::size_t>(nx) * nz;
  float* clot = plane(st.fields, Field::clot, cells);
  float* neut = plane(st.fields, Field::neutrophils, cells);
  float* mac = plane(st.fields, Field::macrophages, cells);
  float* gf = plane(st.fields, Field::growth_factor, cells);
  float* fib = plane(st.fields, Field::fibroblasts, cells);
  float* c1 = plane(st.fields, Field::collagen_I, cells);
  float* c3 = plane(st.fields, Field::collagen_III, cells);
  float* el = plane(st.fields, Field::elastin, cells);
  float* ves = plane(st.fields, Field::new_vessels, cells);
  float* alarm = st.alarmin.data();
  const float* wound = st.wound.data();

  // Growth-factor target: platelets (clot), macrophages, injured cells, PRP in open channels.
  // It decays at 9.1 /d, so it relaxes to this target within hours (exact exponential).
  static thread_local std::vector<float> target, tmp;
  target.resize(cells);
  tmp.resize(cells);
  const auto prp = static_cast<float>(tp.response.prp_growth_factor * channels_open);
  for (std::size_t c = 0; c < cells; ++c) {
    const float s = static_cast<float>(p::kGfFromClot) * clot[c] +
                    static_cast<float>(p::kGfFromMacrophages) * mac[c] +
                    static_cast<float>(p::kGfFromDamage) * alarm[c] + prp * wound[c];
    target[c] = std::min(1.0f, s);
  }
  smooth(target.data(), tmp.data(), nx, nz);
  const auto e_gf = static_cast<float>(std::exp(-p::kGrowthFactorDecay_per_day * dt));
  const auto e_alarm = static_cast<float>(std::exp(-p::kAlarminDecay_per_day * dt));
  const auto e_clot = static_cast<float>(std::exp(-p::kClotLysis_per_day * dt));
  const auto fdt = static_cast<float>(dt);
  const auto still_open = static_cast<float>(p::kAlarminWhileOpen_per_day * channels_open * dt);
  const auto n_in = static_cast<float>(p::kNeutrophilRecruit_per_day * tp.response.inflammation);
  const auto n_out = static_cast<float>(p::kNeutrophilLoss_per_day);
  const auto m_in = static_cast<float>(p::kMacrophageRecruit_per_day);
  const auto m_out = static_cast<float>(p::kMacrophageLoss_per_day);
  const auto v_in = static_cast<float>(p::kAngiogenesis_per_day);
  const auto v_out = static_cast<float>(p::kVesselPruning_per_day);

  // Inflammatory cells: semi-implicit (linear in the unknown), so unconditionally stable
  // and never negative; x_new = (x + dt·in) / (1 + dt·(in + out)).
  for (std::size_t c = 0; c < cells; ++c) {
    const float a = alarm[c];
    const float nn = (neut[c] + fdt * n_in * a) / (1.0f + fdt * (n_in * a + n_out));
    const float mm = (mac[c] + fdt * m_in * nn) / (1.0f + fdt * (m_in * nn + m_out));
    neut[c] = nn;
    mac[c] = mm;
    gf[c] = target[c] + (gf[c] - target[c]) * e_gf;
    alarm[c] = std::min(1.0f, a * e_alarm + still_open * wound[c]);
    clot[c] *= e_clot;
  }

  // Fibroblasts and matrix, dermis rows only.
  const double age = st.wound_age_days + 0.5 * dt;  // mid-step wound age
  const double share_I =
      p::kTypeIShareMax / (1.0 + std::exp(-(age - p::kTypeISwitch_d) / p::kTypeISwitchWidth_d));
  const double syn = p::kCollagenSynthesis_per_day * tp.response.collagen * dt;
  const auto add_I = static_cast<float>(syn * share_I / p::kShareI);
  const auto add_III = static_cast<float>(syn * (1.0 - share_I) / p::kShareIII);
  const auto add_el = static_cast<float>(p::kElastinSynthesis_per_day * tp.response.collagen * dt);
  const auto conv = static_cast<float>(1.0 - std::exp(-p::kIIIToI_per_day * dt));
  const auto e_col = static_cast<float>(std::exp(-p::kCollagenTurnover_per_day * dt));
  const auto e_el = static_cast<float>(std::exp(-p::kElastinTurnover_per_day * dt));
  const auto r_f = static_cast<float>(p::kFibroblastGrowth_per_day);
  const auto d_f = static_cast<float>(p::kFibroblastDeath_per_day);
  const auto k_half = static_cast<float>(p::kGfHalfSaturation);
  const auto inv_fmax = static_cast<float>(1.0 / p::kFibroblastMax);
  const auto col_room = static_cast<float>(1.0 / (p::kCollagenMax - 1.0));
  const auto el_room = static_cast<float>(1.0 / (p::kElastinMax - 1.0));
  const auto sI = static_cast<float>(p::kShareI), sIII = static_cast<float>(p::kShareIII);
  const auto sO = static_cast<float>(p::kShareOther);
  const auto mx =
      static_cast<float>(p::kFibroblastMotility_um2_per_day * dt / (tp.dx_um * tp.dx_um));
  const auto mz =
      static_cast<float>(p::kFibroblastMotility_um2_per_day * dt / (tp.dz_um * tp.dz_um));
  std::copy(fib, fib + cells, tmp.begin());  // old fibroblasts, for the diffusion stencil
  for (int k = 0; k < nz; ++k) {
    if (tp.dermis_row[k] == 0.0f) continue;
    const bool up_ok = k > 0 && tp.dermis_row[k - 1] > 0.0f;
    const bool dn_ok = k + 1 < nz && tp.dermis_row[k + 1] > 0.0f;
    for (int i = 0; i < nx; ++i) {
      const std::size_t c = static_cast<std::size_t>(k) * nx + i;
      const float f = tmp[c];
      // Random motility with no flux across the dermis borders or the block sides.
      const float fl = i > 0 ? tmp[c - 1] : f, fr = i + 1 < nx ? tmp[c + 1] : f;
      const float fu = up_ok ? tmp[c - nx] : f, fd = dn_ok ? tmp[c + nx] : f;
      const float lap = mx * (fl + fr - 2.0f * f) + mz * (fu + fd - 2.0f * f);
      const float g = gf[c];
      const float h = g / (g + k_half);
      // Logistic growth driven by the growth factor; apoptosis back to baseline.
      const float grow = r_f * h * f * (1.0f - f * inv_fmax);
      float fn = (f + fdt * (grow + d_f) + lap) / (1.0f + fdt * d_f);
      fn = std::max(fn, 0.0f);
      fib[c] = fn;
      // Matrix made by the fibroblasts above baseline, slowing as the ceiling nears.
      const float excess = std::max(fn - 1.0f, 0.0f);
      const float total = sI * c1[c] + sIII * c3[c] + sO;
      const float room = std::max(0.0f, 1.0f - (total - 1.0f) * col_room);
      float a1 = c1[c] + add_I * excess * room;
      float a3 = c3[c] + add_III * excess * room;
      // Remodelling: excess type III is replaced by type I over months.
      const float moved = conv * std::max(a3 - 1.0f, 0.0f);
      a3 -= moved;
      a1 += moved * (sIII / sI);
      c1[c] = 1.0f + (a1 - 1.0f) * e_col;
      c3[c] = a3;
      const float eroom = std::max(0.0f, 1.0f - (el[c] - 1.0f) * el_room);
      el[c] = 1.0f + (el[c] + add_el * excess * eroom - 1.0f) * e_el;
      ves[c] = (ves[c] + fdt * v_in * mac[c]) / (1.0f + fdt * (v_in * mac[c] + v_out));
    }
  }

  // Epidermis: keratinocytes thicken under the growth factor just below the junction.
  double junction_gf = 0.0;
  for (int k = 0; k < nz; ++k) {
    if (tp.junction_weight[k] == 0.0) continue;
    double row = 0.0;
    for (int i = 0; i < nx; ++i) row += gf[static_cast<std::size_t>(k) * nx + i];
    junction_gf += tp.junction_weight[k] * row / nx;
  }
  const double x = st.epidermis_gain;
  const double grown = x + dt * p::kEpidermisGrowth_per_day * junction_gf * (p::kEpidermisMax - x);
  st.epidermis_gain = std::max(0.0, grown * std::exp(-p::kEpidermisDecay_per_day * dt));
  st.wound_age_days += dt;
}

Indices measure(const TissueParams& tp, const TissueState& st) {
  const int nx = tp.nx;
  const std::size_t cells = static_cast<std::size_t>(nx) * tp.nz;
  auto row_mean = [&](Field f, int k) {
    const float* v =
        st.fields.data() + static_cast<std::size_t>(f) * cells + static_cast<std::size_t>(k) * nx;
    double s = 0.0;
    for (int i = 0; i < nx; ++i) s += v[i];
    return s / nx;
  };
  Indices r{};
  double dermis_I = 0.0, dermis_III = 0.0;
  for (int k = 0; k < tp.nz; ++k) {
    const double w = tp.upper_weight[k], wd = tp.dermis_weight[k];
    if (w == 0.0 && wd == 0.0) continue;
    const double I = row_mean(Field::collagen_I, k), III = row_mean(Field::collagen_III, k);
    dermis_I += wd * I;
    dermis_III += wd * III;
    if (w == 0.0) continue;
    r.inflammation += w * 0.5 * (row_mean(Field::neutrophils, k) + row_mean(Field::macrophages, k));
    r.growth_factor += w * row_mean(Field::growth_factor, k);
    r.fibroblasts += w * row_mean(Field::fibroblasts, k);
    r.collagen_I += w * I;
    r.collagen_III += w * III;
    r.elastin += w * row_mean(Field::elastin, k);
  }
  r.total_collagen = total_collagen(r.collagen_I, r.collagen_III);
  r.dermis_total_collagen = total_collagen(dermis_I, dermis_III);
  return r;
}

}  // namespace dv::sim
