// sensation.h: what the patient feels during the needling (issue 14 §2): a 0–10 index on the
// scale of the visual analogue pain scores of microneedling trials, from the nerve density the
// channels reach, the channel density, the region and a topical anaesthetic.
#pragma once

#include "sim/needling.h"
#include "sim/scenario.h"
#include "sim/skin.h"

namespace dv::sim {

/// Relative density of sensory endings per µm of depth (MODEL.md §13): none in the stratum
/// corneum; free endings in the viable epidermis and the dense subepidermal plexus of the
/// papillary dermis count 1; reticular dermis 0.3; fat 0.1 (R/U shape; Nolano 2013, Lauria 2010).
double nerve_density_at(const SkinLayers& skin, double depth_um);

/// Nerve reach: the integral of nerve_density_at from the surface to `depth_um`, mm-equivalent.
double nerve_reach_mm(const SkinLayers& skin, double depth_um);

/// Share of the pain a topical anaesthetic removes after `wait_min` minutes on the skin
/// (0 for none; rises to kAnaestheticMaxRelief with a 25 min time constant, R/U).
double anaesthetic_relief(Anaesthetic a, double wait_min);

/// Relative sensitivity of a region's skin (upper lip and around the eyes most; back least; R/U
/// ordering after Nolano 2013 and clinic experience). 1 = cheek.
double region_sensitivity(Region r);

/// The sensation index of one session, 0–10 (VAS scale). Grows with depth (saturating once the
/// densely innervated upper layers are crossed), with channel density (× density^0.3, Gill 2008)
/// and with region sensitivity; lower with a topical anaesthetic. Calibrated so a 1.0–2.5 mm
/// facial session under topical anaesthesia scores 4.5–5.5 (Luz 2017, Ibrahim 2016, Bao 2017).
double sensation_index(const Scenario& sc, const SkinLayers& skin, const Needling& n);

/// Plain-words band of a sensation index (0 barely, 1 mild, 2 moderate, 3 strong), for the texts
/// "sensation.band.<n>".
int sensation_band(double index);

}  // namespace dv::sim
