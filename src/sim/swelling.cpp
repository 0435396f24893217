#include "sim/swelling.h"

#include <algorithm>
#include <cmath>

namespace dv::sim {
namespace {
constexpr double kRise_h = 2.0;             // leak onset (R/U)
constexpr double kClear_h = 14.0;           // lymphatic clearance (R/U; < 10 % of peak by 48 h)
constexpr double kPeakPerMm = 0.06;         // 6 % dermal swelling per mm of channel (R/U)
constexpr double kReferenceInjured = 0.07;  // injured share of the default pen session
constexpr double kErythema_h = 20.0;        // erythema time constant (redness 24–48 h, F-L)

double kernel(double hours) {
  if (hours <= 0.0) return 0.0;
  return std::exp(-hours / kClear_h) - std::exp(-hours / kRise_h);
}
double kernel_peak_time() {
  return std::log(kClear_h / kRise_h) * kClear_h * kRise_h / (kClear_h - kRise_h);
}
double amplitude(const Needling& n) {
  const double depth_mm = n.effective_depth_um / 1000.0;
  return kPeakPerMm * depth_mm * std::sqrt(std::max(n.injured_fraction, 0.0) / kReferenceInjured);
}
}  // namespace

double oedema_relative(const Needling& n, double hours) {
  return amplitude(n) * kernel(hours) / kernel(kernel_peak_time());
}

double oedema_peak_between(const Needling& n, double h0, double h1) {
  double best = std::max(oedema_relative(n, h0), oedema_relative(n, h1));
  const double tp = kernel_peak_time();
  if (tp > h0 && tp < h1) best = std::max(best, oedema_relative(n, tp));
  return best;
}

double erythema(const Needling& n, double hours) {
  if (hours < 0.0) return 0.0;
  const double depth = std::clamp(n.effective_depth_um / 2000.0, 0.0, 1.0);
  const double start = std::clamp(0.25 + 0.5 * depth + 0.25 * n.bleeding_share, 0.0, 1.0);
  return start * std::exp(-hours / kErythema_h);
}

double flaking(const Needling& n, double hours) {
  const double d = hours / 24.0;
  if (d < 1.0 || d > 8.0) return 0.0;
  const double strength = std::clamp(0.4 + n.effective_depth_um / 1500.0, 0.0, 1.0);
  // A smooth bump from day 1 to day 8, highest at day 4.5.
  const double s = (d - 1.0) / 7.0;
  return strength * std::pow(std::sin(3.14159265358979 * s), 2.0);
}

}  // namespace dv::sim
