// Names of the toggleable structures and the all-visible default.
#include "scene/scene.h"

namespace dv::scene {

std::string_view structure_key(Structure s) {
  switch (s) {
    case Structure::stratum_corneum: return "stratum_corneum";
    case Structure::epidermis: return "epidermis";
    case Structure::papillary_dermis: return "papillary_dermis";
    case Structure::reticular_dermis: return "reticular_dermis";
    case Structure::subcutis: return "subcutis";
    case Structure::capillaries: return "capillary_loops";
    case Structure::vessels: return "plexus_vessels";
    case Structure::collagen: return "collagen";
    case Structure::elastin: return "elastin_fibres";
    case Structure::fibroblasts: return "fibroblasts";
    case Structure::hair_follicle: return "hair_follicle";
    case Structure::sebaceous_gland: return "sebaceous_gland";
    case Structure::sweat_gland: return "sweat_gland";
    case Structure::treatment: return "treatment";
    case Structure::healing: return "healing";
    case Structure::nerves: return "nerves";
    case Structure::receptors: return "receptors";
    case Structure::arrector_pili: return "arrector_pili";
    case Structure::melanocytes: return "melanocytes";
    case Structure::count: break;
  }
  return "?";
}

std::string layer_label_id(Structure s) {
  return "label." + std::string(structure_key(s));
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
