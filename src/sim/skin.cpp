// Sex and age scaling of the per-region skin (region_data.cpp, science.md §0a). Epidermis and
// stratum corneum are histology values (§8.1); the dermis is the total minus the epidermis.
#include "sim/skin.h"

#include <algorithm>
#include <cmath>

#include "sim/region_data.h"

namespace dv::sim {
namespace {
constexpr double kReferenceAge_years = 40.0;
constexpr double kRidgeReferenceAge_years = 26.6;  // Timár: young group mean age
}  // namespace

double dermis_age_factor(double age_years, const ModelParams& p) {
  // Thickness rises to about 20 years and falls after (Tan 1982); held flat below 20.
  const double a = std::max(age_years, 20.0);
  return std::clamp(1.0 - p.dermis_loss_per_year * (a - kReferenceAge_years), 0.6, 1.2);
}

SkinLayers skin_layers(Region region, Sex sex, double age_years, const ModelParams& p) {
  const RegionParams& r = p.region[static_cast<std::size_t>(region)];
  const RegionFacts& f = region_facts(region);
  const bool male = sex == Sex::male;
  const double a = std::max(age_years, 20.0);

  const double epi_loss = male ? p.epidermis_loss_per_year_male : p.epidermis_loss_per_year_female;
  const double epi = r.viable_epi_um * (male ? p.male_epidermis_factor : 1.0) *
                     std::clamp(1.0 - epi_loss * (a - kReferenceAge_years), 0.6, 1.2);
  // Total skin of a woman of 40 → dermis; men and age scale the dermis.
  const double epi_ref = r.sc_um + r.viable_epi_um;
  const double sex_age = (male ? r.male_factor : 1.0) * dermis_age_factor(age_years, p);
  const double dermis_ref = r.total_mm * 1000.0 - epi_ref;
  const double dermis = dermis_ref * sex_age;

  const double papillary =
      std::clamp(p.papillary_share * dermis, p.papillary_min_um, p.papillary_max_um);
  const double ridge =
      r.ridge_um *
      std::clamp(1.0 - p.ridge_loss_per_year * (age_years - kRidgeReferenceAge_years), 0.4, 1.0);

  SkinLayers s{};
  s.stratum_corneum_um = r.sc_um;
  s.viable_epidermis_um = epi;
  s.papillary_dermis_um = papillary;
  s.reticular_dermis_um = dermis - papillary;
  s.subcutis_um = r.fat_mm * 1000.0;
  // Thin, old epidermis can leave no room for ridges: the amplitude never goes negative.
  s.rete_ridge_height_um = std::max(0.0, std::min(ridge, 2.0 * (epi - p.suprapapillary_plate_um)));
  s.papilla_spacing_um = 1000.0 / std::sqrt(p.papilla_density_per_mm2);
  const double papilla_tip = s.junction_depth_um() - 0.5 * s.rete_ridge_height_um;
  s.capillary_loop_apex_um = papilla_tip + p.loop_below_papilla_tip_um;
  s.superficial_plexus_um = s.papillary_bottom_um();
  s.deep_plexus_um = s.dermis_bottom_um();
  s.usual_depth_min_mm = r.usual_min_mm;
  s.usual_depth_max_mm = r.usual_max_mm;
  // Between-person range, scaled like the central value.
  s.total_low_um = (f.total_low_mm * 1000.0 - epi_ref) * sex_age + s.epidermis_um();
  s.total_high_um = (f.total_high_mm * 1000.0 - epi_ref) * sex_age + s.epidermis_um();
  s.subcutis_low_um = f.fat_low_mm * 1000.0;
  return s;
}

}  // namespace dv::sim
