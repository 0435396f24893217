// figure_options.h: how the figure is drawn (not part of the simulated scenario): which
// structures show, annotations, the cut plane and the stain. One home for the stain list and
// the cut limits.
#pragma once

#include <array>
#include <string>

#include "scene/scene.h"
#include "scene/skin_block.h"

namespace dv::scene {

/// Every stain, in the order menus and the S key cycle through them.
inline constexpr std::array kAllStains = {Stain::illustrated, Stain::hematoxylin_eosin,
                                          Stain::trichrome, Stain::elastin};

/// Every stain's key, comma-separated ("illustrated, he, trichrome, elastin"), for messages.
std::string stain_keys();

/// The stain after `s` in kAllStains (wrapping around).
constexpr Stain next_stain(Stain s) {
  for (std::size_t i = 0; i < kAllStains.size(); ++i) {
    if (kAllStains[i] == s) return kAllStains[(i + 1) % kAllStains.size()];
  }
  return kAllStains[0];
}

/// Allowed range of the cut plane, fraction of the block's depth moved back.
inline constexpr float kCutFractionMin = 0.0f;  ///< fraction
inline constexpr float kCutFractionMax = 0.8f;  ///< fraction

/// How the figure is drawn.
struct FigureOptions {
  Visibility visible = all_visible();  ///< per-structure toggles
  bool labels = true;                  ///< structure labels with leader lines
  bool legend = false;        ///< colour legend (off by default: the labels name the same things)
  bool scale_bar = true;      ///< scale bar
  bool title = true;          ///< title and subtitle at the top left
  float cut_fraction = 0.0f;  ///< front cut face moved back into the block, fraction 0–0.8
  Stain stain = Stain::illustrated;  ///< colouring of the cut faces
  bool soft_blood = false;           ///< blood drawn in a soft, pale tone (patient view)

  bool operator==(const FigureOptions&) const = default;
};

}  // namespace dv::scene
