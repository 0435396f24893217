#include "sim/pigment.h"

#include <array>

namespace dv::sim {

double melanin_relative(int fitzpatrick) {
  // Alaluf 2002 (Pigment Cell Res 15:112): ≈2× between the lightest and darkest groups.
  constexpr std::array<double, 6> kMelanin = {1.0, 1.15, 1.35, 1.6, 1.85, 2.1};
  const int i = fitzpatrick < 1 ? 0 : fitzpatrick > 6 ? 5 : fitzpatrick - 1;
  return kMelanin[static_cast<std::size_t>(i)];
}

}  // namespace dv::sim
