// tissue.h: the healing model proper. TissueParams is constant during a run, TissueState is
// the evolving state on the 2D section, step() advances it (design.md, after MuJoCo's split).
#pragma once

#include <vector>

#include "sim/fields.h"
#include "sim/needling.h"
#include "sim/params.h"
#include "sim/scenario.h"
#include "sim/skin.h"

namespace dv::sim {

/// How strongly this patient and protocol respond, relative to the reference (1 = reference).
struct ResponseFactors {
  double collagen = 1.0;  ///< collagen and elastin synthesis multiplier (age, condition, topical)
  double flare = 1.0;     ///< neutrophil influx multiplier (inflamed skin: flare, no extra repair)
  double prp_growth_factor = 0.0;  ///< PRP growth factor delivered per hour of open barrier
  double baseline_elastin = 1.0;   ///< elastic fibres before treatment (stretch marks: fewer), ×
};

/// Response factors of a scenario (age: Varani 2006; condition and topical: params.h).
ResponseFactors response_factors(const Scenario& sc, const ModelParams& p = central_params());

/// Geometry and constants of one run (never changes during the run).
struct TissueParams {
  int nx = 0, nz = 0;                   ///< grid cells across and in depth
  double width_um = 0.0;                ///< section width, µm
  double depth_um = 0.0;                ///< section depth, µm
  double dx_um = 0.0, dz_um = 0.0;      ///< cell size, µm
  double capillary_apex_um = 0.0;       ///< below this depth a channel bleeds, µm
  std::vector<float> dermis_row;        ///< 1 where the row centre lies in the dermis, else 0 (nz)
  std::vector<double> upper_weight;     ///< row weights of the upper dermis, sum 1 (nz)
  std::vector<double> dermis_weight;    ///< row weights of the whole dermis, sum 1 (nz)
  std::vector<double> junction_weight;  ///< row weights just below the junction, sum 1 (nz)
  ResponseFactors response;             ///< patient and protocol factors
  ModelParams mp;                       ///< the model constants of this run
};

/// Section geometry for `skin` (depth = dermis + kSubcutisShown_um of subcutis).
TissueParams make_tissue_params(const SkinLayers& skin, const ResponseFactors& response,
                                const ModelParams& p = central_params());

/// The evolving state of the section.
struct TissueState {
  std::vector<float> fields;       ///< FieldGrid layout: Field::count planes of nx*nz, k major
  std::vector<float> alarmin;      ///< damage signal (DAMPs), 0..1, nx*nz
  std::vector<float> wound;        ///< injury map of the latest session, 0..1, nx*nz
  std::vector<float> primed1;      ///< fibroblast activation, first lag stage, 0..1, nx*nz
  std::vector<float> primed2;      ///< fibroblast activation, second lag stage, 0..1, nx*nz
  std::vector<float> elastin_new;  ///< newly made elastic fibres (part of Field::elastin), ×
  double wound_age_days = 1e9;     ///< days since the latest injury
  double prp_depot = 0.0;          ///< PRP growth factors held in the channels (per hour open)
  double epidermis_gain = 0.0;     ///< relative thickening of the stratum spinosum (0 = baseline)
};

/// Untreated state: baseline matrix and fibroblasts in the dermis, nothing else.
TissueState baseline_state(const TissueParams& tp);

/// Apply one session's channels: centres `xs_um`, each counting `weight` channels.
void apply_injury(const TissueParams& tp, TissueState& st, const Needling& n,
                  const std::vector<double>& xs_um, double weight);

/// Advance by dt_days; `channels_open` is the share of the latest session's epithelial gaps
/// open, `barrier_open` the share whose barrier is still broken (topical entry).
void step(const TissueParams& tp, TissueState& st, double dt_days, double channels_open,
          double barrier_open);

/// Section averages used by the daily table.
struct Indices {
  double inflammation;           ///< (neutrophils + macrophages)/2 in the upper dermis, 0..1
  double growth_factor;          ///< growth factor in the upper dermis, 0..1
  double fibroblasts;            ///< × baseline, upper dermis
  double collagen_I;             ///< × baseline, upper dermis
  double collagen_III;           ///< × baseline, upper dermis
  double elastin;                ///< × baseline, upper dermis
  double elastin_new;            ///< newly made elastic fibres, × baseline elastin, upper dermis
  double total_collagen;         ///< × baseline, upper dermis
  double dermis_total_collagen;  ///< × baseline, whole dermis
  double new_vessels;            ///< new vessels, 0..1, upper dermis
};

/// Averages of the state.
Indices measure(const TissueParams& tp, const TissueState& st);

/// Only the two indices the phase boundaries need (cheaper than measure(), float sums).
void measure_phase(const TissueParams& tp, const TissueState& st, double* inflammation,
                   double* fibroblasts);

/// Total collagen relative to baseline from relative type I and III densities.
double total_collagen(double collagen_I, double collagen_III,
                      const ModelParams& p = central_params());

}  // namespace dv::sim
