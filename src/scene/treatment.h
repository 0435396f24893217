// treatment.h: the picture of issue 4: the needling device, micro-channels, blood and the healing
// response, built for one time of a simulated course and drawn over the static skin block.
#pragma once

#include <cstdint>

#include "scene/scene.h"
#include "scene/skin_block.h"
#include "sim/course.h"

namespace dv::scene {

/// Choices that shape the treatment overlay.
struct TreatmentOptions {
  Stain stain = Stain::illustrated;  ///< colour scheme (the block's stain)
  std::uint32_t seed = 1;            ///< seed of every placement; use the block's seed
  bool soft_blood = false;           ///< blood and clot in soft, pale tones (patient view)
  float condition_fill = 0.0f;       ///< the block's condition_fill (BlockOptions)
};

/// Everything that changes with time, drawn over the static block with
/// SceneRenderer::DrawMode::draw_over: the device and needles (while needling), channels (cut face
/// + pores on top), blood and droplets, clot, neutrophils, macrophages, growth-factor halo
/// (translucent batch), fibroblasts recruited above baseline, new capillaries, new collagen III and
/// collagen I fibres, new elastin, and the depth ruler. Batches use Structure::treatment (device,
/// needles, channels, blood, ruler) or Structure::healing (the rest). Labels and legend entries
/// only for what is currently visible. Deterministic for (course, snap.day, opt); instances sit in
/// fixed candidate pools, each shown while the local field passes its own threshold, so counts
/// follow the simulated densities and nothing jumps between frames.
Scene build_treatment(const sim::Course& course, const sim::Snapshot& snap,
                      const BlockLayout& layout, const TreatmentOptions& opt);

/// Instances of each kind in a treatment scene (for tests, benchmarks and the UI's info line).
struct TreatmentCounts {
  int channels_open = 0;  ///< channels with an open hole on the cut face
  int droplets = 0;       ///< blood droplets on the surface
  int neutrophils = 0;    ///< neutrophils drawn
  int macrophages = 0;    ///< macrophages drawn
  int fibroblasts = 0;    ///< fibroblasts drawn above the baseline
  int capillaries = 0;    ///< new capillary sprouts drawn
  int collagen_III = 0;   ///< new collagen III fibres drawn
  int collagen_I = 0;     ///< new collagen I bundles drawn
  int elastin = 0;        ///< new elastin fibres drawn
  bool device = false;    ///< the device is drawn
};

/// Same as build_treatment, also reporting how many instances of each kind were drawn.
Scene build_treatment(const sim::Course& course, const sim::Snapshot& snap,
                      const BlockLayout& layout, const TreatmentOptions& opt,
                      TreatmentCounts* counts);

}  // namespace dv::scene
