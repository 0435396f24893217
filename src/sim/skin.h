// skin.h: layer thicknesses and micro-anatomy of the skin by body region, sex and age.
#pragma once

#include <string_view>

#include "sim/params.h"
#include "sim/scenario.h"

namespace dv::sim {

/// Geometry of one skin site. Depths are measured from the skin surface downwards.
struct SkinLayers {
  double stratum_corneum_um;    ///< stratum corneum thickness, µm
  double viable_epidermis_um;   ///< mean viable (cellular) epidermis thickness, µm
  double papillary_dermis_um;   ///< papillary dermis thickness below the mean junction, µm
  double reticular_dermis_um;   ///< reticular dermis thickness, µm
  double subcutis_um;           ///< subcutaneous fat thickness (full, not only the part drawn), µm
  double rete_ridge_height_um;  ///< peak-to-trough amplitude of the dermal-epidermal junction, µm
  double papilla_spacing_um;    ///< centre-to-centre distance of dermal papillae, µm
  double capillary_loop_apex_um;  ///< depth of the capillary-loop tops below the surface, µm
  double superficial_plexus_um;   ///< depth of the superficial vascular plexus, µm
  double deep_plexus_um;          ///< depth of the deep plexus (dermis-subcutis border), µm
  double usual_depth_min_mm;      ///< shallow end of the usual needle setting for the region, mm
  double usual_depth_max_mm;      ///< deep end of the usual needle setting for the region, mm
  double total_low_um;            ///< thin end of the between-person range of total skin, µm
  double total_high_um;           ///< thick end of that range, µm
  double subcutis_low_um;         ///< thin end of the fat range, µm

  /// Stratum corneum + viable epidermis, µm.
  double epidermis_um() const { return stratum_corneum_um + viable_epidermis_um; }
  /// Papillary + reticular dermis, µm.
  double dermis_um() const { return papillary_dermis_um + reticular_dermis_um; }
  /// Depth of the mean dermal-epidermal junction below the surface, µm.
  double junction_depth_um() const { return epidermis_um(); }
  /// Depth of the papillary/reticular border, µm.
  double papillary_bottom_um() const { return epidermis_um() + papillary_dermis_um; }
  /// Depth of the dermis/subcutis border, µm.
  double dermis_bottom_um() const { return epidermis_um() + dermis_um(); }
  /// Depth of the top of the structure under the fat (muscle, fascia, periosteum), µm.
  double beneath_um() const { return dermis_bottom_um() + subcutis_um; }
};

/// The skin of `region` for a person of `sex` and `age_years` (18–90), central values of `p`.
SkinLayers skin_layers(Region region, Sex sex, double age_years,
                       const ModelParams& p = central_params());

/// Age factor applied to dermal thickness (1 at 40 years; about −6 % per decade).
double dermis_age_factor(double age_years, const ModelParams& p = central_params());

}  // namespace dv::sim
