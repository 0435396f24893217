// Assembly of the treatment overlay: the needling clock, the block geometry matched to the drawn
// block, the parts, and the legend.
#include "scene/treatment.h"

#include <algorithm>

#include "scene/treatment_parts.h"

namespace dv::scene {
namespace {
// The needle row sweeps across the front edge from just left of the block to just right of it
// during the needling phase (the sim's ≈15 min, kNeedlingDuration_d).
constexpr float kSweepStart_mm = -1.7f;
constexpr float kSweepEnd_mm = 1.7f;

// The block's boundaries as drawn (layout means) with the region's micro-anatomy, so that the
// wavy junction and surface here are the ones the block drew with the same seed.
sim::SkinLayers matched_skin(const sim::SkinLayers& base, const BlockLayout& l) {
  sim::SkinLayers s = base;
  s.stratum_corneum_um = -static_cast<double>(l.corneum_bottom_y) * 1000.0;
  s.viable_epidermis_um = static_cast<double>(l.corneum_bottom_y - l.junction_y) * 1000.0;
  s.papillary_dermis_um = static_cast<double>(l.junction_y - l.papillary_bottom_y) * 1000.0;
  s.reticular_dermis_um = static_cast<double>(l.papillary_bottom_y - l.dermis_bottom_y) * 1000.0;
  return s;
}
}  // namespace

MeshBatch& TreatBuilder::batch(Structure s, bool translucent, float specular) {
  for (MeshBatch& m : scene.batches) {
    if (m.structure == s && m.translucent == translucent && m.specular == specular) return m;
  }
  // Reserved up front in build_treatment, so earlier references stay valid.
  MeshBatch& m = scene.batches.emplace_back();
  m.structure = s;
  m.translucent = translucent;
  m.specular = specular;
  return m;
}

void TreatBuilder::label(const std::string& text, const glm::vec3& anchor, Structure s) {
  add_label_once(scene, text, anchor, s);
}

void TreatBuilder::legend(const std::string& name, Material m, Structure s) {
  for (const LegendEntry& e : scene.legend) {
    if (e.name == name) return;
  }
  scene.legend.push_back({name, col(m), s});
}

double TreatBuilder::hours_since_made(float x_mm) const {
  const double t =
      std::clamp((x_mm - kSweepStart_mm) / (kSweepEnd_mm - kSweepStart_mm), 0.0f, 1.0f);
  return hours - t * sim::param::kNeedlingDuration_d * 24.0;
}

Scene build_treatment(const sim::Course& course, const sim::Snapshot& snap,
                      const BlockLayout& layout, const TreatmentOptions& opt,
                      TreatmentCounts* counts_out) {
  Scene scene;
  scene.batches.reserve(24);
  scene.layout = layout;
  TreatmentCounts counts;
  const float h = kBlockHalfWidth_mm;
  const double days = std::max(0.0, snap.days_since_session);
  const float progress = static_cast<float>(std::min(1.0, days / sim::param::kNeedlingDuration_d));
  TreatBuilder b{course,
                 snap,
                 layout,
                 BlockGeometry(matched_skin(course.skin(), layout), layout.front_z, opt.seed,
                               course.scenario().condition, opt.condition_fill),
                 opt.stain,
                 opt.seed,
                 scene,
                 Face{{0, 0, layout.front_z}, {1, 0, 0}, {0, 0, 1}, -h, h},
                 counts,
                 days * 24.0,
                 progress,
                 snap.phase == sim::Phase::needling,
                 kSweepStart_mm + progress * (kSweepEnd_mm - kSweepStart_mm),
                 opt.soft_blood};
  build_ruler(b);
  build_healing_matrix(b);
  build_healing_cells(b);
  build_channels(b);
  build_device(b);

  finish_scene(scene, glm::vec3(1e9f), glm::vec3(-1e9f));
  if (counts_out) *counts_out = counts;
  return scene;
}

Scene build_treatment(const sim::Course& course, const sim::Snapshot& snap,
                      const BlockLayout& layout, const TreatmentOptions& opt) {
  return build_treatment(course, snap, layout, opt, nullptr);
}

}  // namespace dv::scene
