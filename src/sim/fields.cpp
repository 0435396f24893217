#include "sim/fields.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace dv::sim {

std::string_view field_name(Field f) {
  switch (f) {
    case Field::clot: return "Clot";
    case Field::neutrophils: return "Neutrophils";
    case Field::macrophages: return "Macrophages";
    case Field::growth_factor: return "Growth factor (TGF-beta/PDGF)";
    case Field::fibroblasts: return "Fibroblasts";
    case Field::collagen_I: return "Collagen I";
    case Field::collagen_III: return "Collagen III";
    case Field::elastin: return "Elastin";
    case Field::new_vessels: return "New vessels";
    case Field::count: break;
  }
  return "?";
}

float FieldGrid::at(Field f, double x_um, double z_um) const {
  assert(nx > 0 && nz > 0 && f != Field::count);
  assert(data.size() == static_cast<std::size_t>(kFieldCount) * nx * nz);
  // Continuous cell coordinates, cell centres at integers.
  const double u = std::clamp((x_um + 0.5 * width_um) / width_um * nx - 0.5, 0.0, nx - 1.0);
  const double v = std::clamp(z_um / depth_um * nz - 0.5, 0.0, nz - 1.0);
  const int i0 = static_cast<int>(u);
  const int k0 = static_cast<int>(v);
  const int i1 = std::min(i0 + 1, nx - 1);
  const int k1 = std::min(k0 + 1, nz - 1);
  const double fu = u - i0;
  const double fv = v - k0;
  const double top = cell(f, i0, k0) * (1.0 - fu) + cell(f, i1, k0) * fu;
  const double bottom = cell(f, i0, k1) * (1.0 - fu) + cell(f, i1, k1) * fu;
  return static_cast<float>(top * (1.0 - fv) + bottom * fv);
}

}  // namespace dv::sim
