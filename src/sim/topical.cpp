#include "sim/topical.h"

#include <algorithm>
#include <cmath>

namespace dv::sim {

MoleculeSize molecule_size(Topical t) {
  switch (t) {
    case Topical::none: return MoleculeSize::none;
    case Topical::vitamin_c: return MoleculeSize::small;
    case Topical::peptide_serum: return MoleculeSize::small;
    case Topical::growth_factor_serum: return MoleculeSize::medium;
    case Topical::hyaluronic_serum: return MoleculeSize::large;
    case Topical::prp: return MoleculeSize::large;
  }
  return MoleculeSize::none;
}

double topical_reach_um(Topical t, const Needling& n, double hours) {
  const MoleculeSize m = molecule_size(t);
  if (m == MoleculeSize::none) return 0.0;
  // Through intact stratum corneum: small molecules into it (≈15 µm), larger ones stay on top.
  const double intact = m == MoleculeSize::small ? 15.0 : 0.0;
  const double size_factor = m == MoleculeSize::small ? 1.0 : m == MoleculeSize::medium ? 0.8 : 0.6;
  const double open = barrier_open_fraction(n, std::max(0.0, hours));
  return std::max(intact, open * size_factor * n.effective_depth_um);
}

double topical_spread_um(Topical t) {
  switch (molecule_size(t)) {
    case MoleculeSize::none: return 0.0;
    case MoleculeSize::small: return 60.0;
    case MoleculeSize::medium: return 35.0;
    case MoleculeSize::large: return 15.0;
  }
  return 0.0;
}

double topical_remaining(double hours) {
  return hours < 0.0 ? 0.0 : std::exp(-hours / 12.0);
}

}  // namespace dv::sim
