// topical.h: a product applied on the surface after the needling, entering the open channels
// while the barrier is open (issue 14 §4; science.md §0b: the barrier reseals within ≈2 h).
#pragma once

#include "sim/needling.h"
#include "sim/scenario.h"

namespace dv::sim {

/// Molecular size class of a product: small molecules cross further and spread more.
enum class MoleculeSize {
  none,    ///< no product
  small,   ///< < 1 kDa (ascorbic acid 176 Da; short peptides 0.5–1.5 kDa)
  medium,  ///< 5–30 kDa (growth factors: EGF 6 kDa, bFGF 17 kDa)
  large    ///< > 100 kDa (hyaluronic acid, platelet-rich plasma proteins and platelets)
};

/// Size class of a product.
MoleculeSize molecule_size(Topical t);

/// How deep the product reaches, µm below the surface, when applied `hours` after the session
/// started: down the channels whose barrier is still open (their share × channel depth × a size
/// factor), otherwise only into the stratum corneum (small molecules, the "500 Da rule",
/// Bos & Meinardi 2000) or not at all (large ones). 0 for none.
double topical_reach_um(Topical t, const Needling& n, double hours);

/// How far the product spreads sideways from a channel wall, µm (small 60, medium 35, large 15;
/// R/U, diffusion falling with molecular size).
double topical_spread_um(Topical t);

/// Share of the product still in the skin `hours` after it was applied (cleared with a 12 h
/// time constant, R/U); 0 before.
double topical_remaining(double hours);

}  // namespace dv::sim
