// One time step of the healing model and the section averages. Equations: docs/MODEL.md §3.
#include <algorithm>
#include <cassert>
#include <cmath>

#include "sim/tissue.h"

namespace dv::sim {
namespace {

float* plane(std::vector<float>& f, Field which, std::size_t cells) {
  return f.data() + static_cast<std::size_t>(which) * cells;
}

// Screened diffusion of the growth factor at quasi-steady state: u − ℓ²∇²u = s, solved per
// axis by a forward and a backward first-order recursive filter (kernel ∝ exp(−|x|/ℓ), sum 1).
void spread(float* v, int nx, int nz, float ax, float az) {
  const float cx = 1.0f - ax, cz = 1.0f - az;
  // Edges: the same tissue continues beyond the block (the filters start in steady state).
  for (int k = 0; k < nz; ++k) {
    float* r = v + static_cast<std::size_t>(k) * nx;
    float y = r[0];
    for (int i = 0; i < nx; ++i) r[i] = y = cx * r[i] + ax * y;
    y = r[nx - 1];
    for (int i = nx - 1; i >= 0; --i) r[i] = y = cx * r[i] + ax * y;
  }
  // Depth: whole rows at a time (contiguous, vectorised).
  for (int k = 1; k < nz; ++k) {
    float* r = v + static_cast<std::size_t>(k) * nx;
    const float* up = r - nx;
    for (int i = 0; i < nx; ++i) r[i] = cz * r[i] + az * up[i];
  }
  for (int k = nz - 2; k >= 0; --k) {
    float* r = v + static_cast<std::size_t>(k) * nx;
    const float* dn = r + nx;
    for (int i = 0; i < nx; ++i) r[i] = cz * r[i] + az * dn[i];
  }
}

}  // namespace

void step(const TissueParams& tp, TissueState& st, double dt, double channels_open,
          double barrier_open) {
  assert(dt > 0.0);
  const ModelParams& p = tp.mp;
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

  // Growth-factor target: platelets (clot), macrophages, injured cells, PRP entering through
  // channels whose barrier is still open. It decays at 9.1 /d, so it relaxes to this target
  // within hours (exact exponential), and spreads ℓ = signal_reach_um from its sources.
  static thread_local std::vector<float> target, tmp;
  target.resize(cells);
  tmp.resize(cells);
  // PRP: platelets put into the channels while their barrier was open release their growth
  // factors over about a day (delivery follows the barrier, science.md §0b).
  st.prp_depot = st.prp_depot * std::exp(-dt / p.prp_release_days) +
                 tp.response.prp_growth_factor * p.barrier_delivery * barrier_open * dt * 24.0;
  const auto prp = static_cast<float>(st.prp_depot);
  float source_max = 0.0f, cell_max = 0.0f;
  for (std::size_t c = 0; c < cells; ++c) {
    target[c] = static_cast<float>(p.gf_from_clot) * clot[c] +
                static_cast<float>(p.gf_from_macrophages) * mac[c] +
                static_cast<float>(p.gf_from_damage) * alarm[c] + prp * wound[c];
    source_max = std::max(source_max, target[c]);
    cell_max = std::max(cell_max, std::max(neut[c], gf[c]));
  }
  // Weeks after a session the inflammation has resolved: below 1e-4 everywhere (a thousandth
  // of a typical peak) it is set to zero and that part of the step is skipped.
  const bool quiet = source_max < 1e-4f && cell_max < 1e-4f;
  if (quiet && (source_max > 0.0f || cell_max > 0.0f)) {
    for (Field f : {Field::clot, Field::neutrophils, Field::macrophages, Field::growth_factor})
      std::fill_n(plane(st.fields, f, cells), cells, 0.0f);
    std::fill(st.alarmin.begin(), st.alarmin.end(), 0.0f);
    st.prp_depot = 0.0;
  }
  if (!quiet) {
    spread(target.data(), nx, nz, static_cast<float>(std::exp(-tp.dx_um / p.signal_reach_um)),
           static_cast<float>(std::exp(-tp.dz_um / p.signal_reach_um)));
    for (std::size_t c = 0; c < cells; ++c) target[c] = std::min(target[c], 1.0f);  // 0..1
  }
  const auto e_gf = static_cast<float>(std::exp(-p.gf_decay_per_day * dt));
  const auto e_alarm = static_cast<float>(std::exp(-p.alarmin_decay_per_day * dt));
  const auto e_clot = static_cast<float>(std::exp(-p.clot_lysis_per_day * dt));
  const auto fdt = static_cast<float>(dt);
  const auto still_open = static_cast<float>(p.alarmin_while_open_per_day * channels_open * dt);
  const auto flare = static_cast<float>(tp.response.flare);
  const auto n_in = static_cast<float>(p.neutrophil_recruit_per_day) * flare;
  const auto n_out = static_cast<float>(p.neutrophil_loss_per_day);
  // A flare adds neutrophils, not macrophages: the repair signal stays the same (§8.12).
  const auto m_in = static_cast<float>(p.macrophage_recruit_per_day) / flare;
  const auto m_out = static_cast<float>(p.macrophage_loss_per_day);
  const auto v_in = static_cast<float>(p.angiogenesis_per_day);
  const auto v_out = static_cast<float>(p.vessel_pruning_per_day);

  // Inflammatory cells: semi-implicit (linear in the unknown), so unconditionally stable
  // and never negative; x_new = (x + dt·in) / (1 + dt·(in + out)).
  for (std::size_t c = 0; c < cells && !quiet; ++c) {
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
      p.type_I_share_max / (1.0 + std::exp(-(age - p.type_I_switch_d) / p.type_I_switch_width_d));
  const double syn = p.collagen_synthesis_per_day * tp.response.collagen * dt;
  const auto add_I = static_cast<float>(syn * share_I / p.share_I);
  const auto add_III = static_cast<float>(syn * (1.0 - share_I) / p.share_III);
  const auto add_el = static_cast<float>(p.elastin_synthesis_per_day * tp.response.collagen * dt);
  const auto clear_el = static_cast<float>(p.elastin_clearance_per_day * dt);
  const auto conv = static_cast<float>(1.0 - std::exp(-p.III_to_I_per_day * dt));
  const auto e_col = static_cast<float>(std::exp(-p.collagen_turnover_per_day * dt));
  const auto e_el = static_cast<float>(std::exp(-p.elastin_turnover_per_day * dt));
  // Two-stage activation lag (mean activation_lag_d): exact exponential per stage.
  const auto e_lag = static_cast<float>(std::exp(-2.0 * dt / p.activation_lag_d));
  const auto r_f = static_cast<float>(p.fibroblast_growth_per_day);
  const auto d_f = static_cast<float>(p.fibroblast_death_per_day);
  const auto k_half = static_cast<float>(p.gf_half_saturation);
  // Older fibroblasts respond less (Varani 2006: less procollagen, less spreading).
  const auto resp = static_cast<float>(tp.response.collagen);
  const auto inv_fmax = static_cast<float>(1.0 / p.fibroblast_max);
  const auto inv_fd = static_cast<float>(1.0 / (1.0 + dt * p.fibroblast_death_per_day));
  const auto col_room = static_cast<float>(1.0 / (p.collagen_max - 1.0));
  const auto sI = static_cast<float>(p.share_I), sIII = static_cast<float>(p.share_III);
  const auto sO = static_cast<float>(p.share_other);
  // Explicit diffusion is stable while mx + mz ≤ 1/2: at the top of the motility range
  // (1000 µm²/d, drawn by the ensemble) on thin skin with one-day steps it would not be, so the
  // step is limited there (the central 100 µm²/d is far below the limit).
  const double mx0 = p.fibroblast_motility_um2_per_day * dt / (tp.dx_um * tp.dx_um);
  const double mz0 = p.fibroblast_motility_um2_per_day * dt / (tp.dz_um * tp.dz_um);
  const double m_limit = std::min(1.0, 0.45 / std::max(mx0 + mz0, 1e-12));
  const auto mx = static_cast<float>(mx0 * m_limit);
  const auto mz = static_cast<float>(mz0 * m_limit);
  float* p1 = st.primed1.data();
  float* p2 = st.primed2.data();
  float* eln = st.elastin_new.data();
  std::copy(fib, fib + cells, tmp.begin());  // old fibroblasts, for the diffusion stencil
  for (int k = 0; k < nz; ++k) {
    if (tp.dermis_row[k] == 0.0f) continue;
    const bool up_ok = k > 0 && tp.dermis_row[k - 1] > 0.0f;
    const bool dn_ok = k + 1 < nz && tp.dermis_row[k + 1] > 0.0f;
    for (int i = 0; i < nx; ++i) {
      const std::size_t c = static_cast<std::size_t>(k) * nx + i;
      const float f = tmp[c];
      const float fl = i > 0 ? tmp[c - 1] : f, fr = i + 1 < nx ? tmp[c + 1] : f;
      const float fu = up_ok ? tmp[c - nx] : f, fd = dn_ok ? tmp[c + nx] : f;
      const float lap = mx * (fl + fr - 2.0f * f) + mz * (fu + fd - 2.0f * f);
      const float g = gf[c];
      const float h = resp * g / (g + k_half);
      // Quiescent fibroblasts need 1–2 days to activate (§8.10).
      p1[c] = h + (p1[c] - h) * e_lag;
      p2[c] = p1[c] + (p2[c] - p1[c]) * e_lag;
      const float grow = r_f * resp * p2[c] * f * (1.0f - f * inv_fmax);
      float fn = (f + fdt * (grow + d_f) + lap) * inv_fd;
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
      // Elastin: macrophage proteases clear old (elastotic) fibres; fibroblasts add new ones
      // slowly (§8.13, El-Domyati 2015). New fibres turn over in about a year.
      const float fresh = eln[c];
      const float old = std::max(el[c] - fresh, 0.0f);
      const float old_after = old * std::max(0.0f, 1.0f - clear_el * mac[c]);
      const float fresh_after = (fresh + add_el * excess) * e_el;
      eln[c] = fresh_after;
      el[c] = old_after + fresh_after;
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
  // Exact solution of dx/dt = rate·gf·(max − x) over the step (stable at one-day steps).
  const double grown =
      p.epidermis_max -
      (p.epidermis_max - x) * std::exp(-dt * p.epidermis_growth_per_day * junction_gf);
  st.epidermis_gain = std::max(0.0, grown * std::exp(-p.epidermis_decay_per_day * dt));
  st.wound_age_days += dt;
}

void measure_phase(const TissueParams& tp, const TissueState& st, double* inflammation,
                   double* fibroblasts) {
  const int nx = tp.nx;
  const std::size_t cells = static_cast<std::size_t>(nx) * tp.nz;
  const float* neut = st.fields.data() + static_cast<std::size_t>(Field::neutrophils) * cells;
  const float* mac = st.fields.data() + static_cast<std::size_t>(Field::macrophages) * cells;
  const float* fib = st.fields.data() + static_cast<std::size_t>(Field::fibroblasts) * cells;
  double infl = 0.0, f = 0.0;
  for (int k = 0; k < tp.nz; ++k) {
    const double w = tp.upper_weight[k];
    if (w == 0.0) continue;
    const std::size_t o = static_cast<std::size_t>(k) * nx;
    float si = 0.0f, sf = 0.0f;
    for (int i = 0; i < nx; ++i) {
      si += neut[o + i] + mac[o + i];
      sf += fib[o + i];
    }
    infl += w * 0.5 * si / nx;
    f += w * sf / nx;
  }
  *inflammation = infl;
  *fibroblasts = f;
}

Indices measure(const TissueParams& tp, const TissueState& st) {
  const int nx = tp.nx;
  const std::size_t cells = static_cast<std::size_t>(nx) * tp.nz;
  auto field = [&](Field f) { return st.fields.data() + static_cast<std::size_t>(f) * cells; };
  const float *neut = field(Field::neutrophils), *mac = field(Field::macrophages);
  const float *gf = field(Field::growth_factor), *fib = field(Field::fibroblasts);
  const float *c1 = field(Field::collagen_I), *c3 = field(Field::collagen_III);
  const float *el = field(Field::elastin), *ves = field(Field::new_vessels);
  const float* eln = st.elastin_new.data();
  Indices r{};
  double dermis_I = 0.0, dermis_III = 0.0;
  const double inv_nx = 1.0 / nx;
  for (int k = 0; k < tp.nz; ++k) {
    const double w = tp.upper_weight[k], wd = tp.dermis_weight[k];
    if (w == 0.0 && wd == 0.0) continue;
    const std::size_t o = static_cast<std::size_t>(k) * nx;
    float sI = 0, sIII = 0;
    for (int i = 0; i < nx; ++i) {
      sI += c1[o + i];
      sIII += c3[o + i];
    }
    dermis_I += wd * sI * inv_nx;
    dermis_III += wd * sIII * inv_nx;
    if (w == 0.0) continue;
    float sInf = 0, sG = 0, sF = 0, sE = 0, sEn = 0, sV = 0;
    for (int i = 0; i < nx; ++i) {
      sInf += neut[o + i] + mac[o + i];
      sG += gf[o + i];
      sF += fib[o + i];
      sE += el[o + i];
      sEn += eln[o + i];
      sV += ves[o + i];
    }
    const double wn = w * inv_nx;
    r.inflammation += wn * 0.5 * sInf;
    r.growth_factor += wn * sG;
    r.fibroblasts += wn * sF;
    r.collagen_I += wn * sI;
    r.collagen_III += wn * sIII;
    r.elastin += wn * sE;
    r.elastin_new += wn * sEn;
    r.new_vessels += wn * sV;
  }
  r.total_collagen = total_collagen(r.collagen_I, r.collagen_III, tp.mp);
  r.dermis_total_collagen = total_collagen(dermis_I, dermis_III, tp.mp);
  r.elastin /= tp.response.baseline_elastin;
  r.elastin_new /= tp.response.baseline_elastin;
  return r;
}

}  // namespace dv::sim
