// tissue.h: the healing model proper. TissueParams is constant during a run, TissueState is
// the evolving state on the 2D section, step() advances it (design.md, after MuJoCo's split).
#pragma once

#include <vector>

#include "sim/fields.h"
#include "sim/needling.h"
#include "sim/scenario.h"
#include "sim/skin.h"

namespace dv::sim {

/// How strongly this patient and protocol respond, relative to the reference (1 = reference).
struct ResponseFactors {
  double collagen = 1.0;  ///< collagen and elastin synthesis multiplier (age, condition, topical)
  double inflammation = 1.0;       ///< neutrophil influx multiplier (inflamed skin)
  double prp_growth_factor = 0.0;  ///< growth-factor source from topical PRP in open channels, 0..1
};

/// Response factors of a scenario (age: Varani 2006; condition and topical: R/U, params.h).
ResponseFactors response_factors(const Scenario& sc);

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
};

/// Section geometry for `skin` (depth = dermis + kSubcutisShown_um of subcutis).
TissueParams make_tissue_params(const SkinLayers& skin, const ResponseFactors& response);

/// The evolving state of the section.
struct TissueState {
  std::vector<float> fields;    ///< FieldGrid layout: Field::count planes of nx*nz, k major
  std::vector<float> alarmin;   ///< damage signal (DAMPs), 0..1, nx*nz
  std::vector<float> wound;     ///< injury map of the latest session, 0..1, nx*nz
  double wound_age_days = 1e9;  ///< days since the latest injury
  double epidermis_gain = 0.0;  ///< relative thickening of the stratum spinosum (0 = baseline)
};

/// Untreated state: baseline matrix and fibroblasts in the dermis, nothing else.
TissueState baseline_state(const TissueParams& tp);

/// Apply one session's channels: centres `xs_um`, each counting `weight` channels.
void apply_injury(const TissueParams& tp, TissueState& st, const Needling& n,
                  const std::vector<double>& xs_um, double weight);

/// Advance by dt_days; `channels_open` is the share of the latest session's channels open.
void step(const TissueParams& tp, TissueState& st, double dt_days, double channels_open);

/// Section averages used by the daily table.
struct Indices {
  double inflammation;           ///< (neutrophils + macrophages)/2 in the upper dermis, 0..1
  double growth_factor;          ///< growth factor in the upper dermis, 0..1
  double fibroblasts;            ///< × baseline, upper dermis
  double collagen_I;             ///< × baseline, upper dermis
  double collagen_III;           ///< × baseline, upper dermis
  double elastin;                ///< × baseline, upper dermis
  double total_collagen;         ///< × baseline, upper dermis
  double dermis_total_collagen;  ///< × baseline, whole dermis
};

/// Averages of the state.
Indices measure(const TissueParams& tp, const TissueState& st);

/// Total collagen relative to baseline from relative type I and III densities.
double total_collagen(double collagen_I, double collagen_III);

}  // namespace dv::sim
