// fields.h: the spatial fields of the healing model on a 2D cross-section of the skin block.
#pragma once

#include <string_view>
#include <vector>

namespace dv::sim {

/// One spatial field. clot, neutrophils, macrophages, growth_factor, new_vessels: 0..1
/// (0 = none). fibroblasts, collagen_I, collagen_III, elastin: relative to the untreated
/// baseline (1 = baseline) inside the dermis, 0 outside the dermis.
enum class Field {
  clot,
  neutrophils,
  macrophages,
  growth_factor,
  fibroblasts,
  collagen_I,
  collagen_III,
  elastin,
  new_vessels,
  count
};
/// Number of fields.
inline constexpr int kFieldCount = static_cast<int>(Field::count);

/// Plain name of a field ("Collagen III").
std::string_view field_name(Field f);

/// 2D cross-section: x across the block (−width/2..+width/2), depth from the surface.
/// Values sit at cell centres: x_i = −width/2 + (i + ½)·width/nx, z_k = (k + ½)·depth/nz.
struct FieldGrid {
  int nx = 0;               ///< cells across
  int nz = 0;               ///< cells in depth
  double width_um = 0.0;    ///< section width, µm
  double depth_um = 0.0;    ///< section depth below the surface, µm
  std::vector<float> data;  ///< Field::count planes of nx*nz, k (depth) major

  /// Index of cell (i, k) of field f in `data`.
  std::size_t index(Field f, int i, int k) const {
    return (static_cast<std::size_t>(f) * static_cast<std::size_t>(nz) +
            static_cast<std::size_t>(k)) *
               static_cast<std::size_t>(nx) +
           static_cast<std::size_t>(i);
  }
  /// Value of cell (i, k) of field f.
  float cell(Field f, int i, int k) const { return data[index(f, i, k)]; }
  /// Bilinear value at (x_um, depth_um), clamped to the grid.
  float at(Field f, double x_um, double depth_um) const;
};

}  // namespace dv::sim
