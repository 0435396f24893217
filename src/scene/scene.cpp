// Names of the toggleable structures and the all-visible default.
#include "scene/scene.h"

namespace dv::scene {

std::string_view structure_name(Structure s) {
  switch (s) {
    case Structure::stratum_corneum: return "Stratum corneum";
    case Structure::epidermis: return "Epidermis";
    case Structure::papillary_dermis: return "Papillary dermis";
    case Structure::reticular_dermis: return "Reticular dermis";
    case Structure::subcutis: return "Subcutis (fat)";
    case Structure::capillaries: return "Capillary loops";
    case Structure::vessels: return "Plexus vessels";
    case Structure::collagen: return "Collagen";
    case Structure::elastin: return "Elastin fibres";
    case Structure::fibroblasts: return "Fibroblasts";
    case Structure::hair_follicle: return "Hair follicle";
    case Structure::sebaceous_gland: return "Sebaceous gland";
    case Structure::sweat_gland: return "Sweat gland";
    case Structure::treatment: return "Treatment";
    case Structure::healing: return "Healing";
    case Structure::count: break;
  }
  return "?";
}

Visibility all_visible() {
  Visibility v;
  v.fill(true);
  return v;
}

void add_label_once(Scene& scene, const std::string& text, const glm::vec3& anchor, Structure s) {
  for (const Label& l : scene.labels) {
    if (l.text == text) return;
  }
  scene.labels.push_back({text, anchor, s});
}

void finish_scene(Scene& scene, glm::vec3 lo, glm::vec3 hi) {
  std::erase_if(scene.batches, [](const MeshBatch& m) { return m.indices.empty(); });
  for (const MeshBatch& m : scene.batches) {
    for (const Vertex& v : m.vertices) {
      lo = glm::min(lo, v.position);
      hi = glm::max(hi, v.position);
    }
  }
  scene.block_min = lo;
  scene.block_max = hi;
}

}  // namespace dv::scene
