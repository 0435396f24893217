// Assembly of the skin block: layout, parts, bounds, legend.
#include "scene/skin_block.h"

#include <algorithm>

#include "scene/block_parts.h"
#include "scene/figure_options.h"

namespace dv::scene {

std::string_view stain_name(Stain s) {
  switch (s) {
    case Stain::illustrated: return "illustrated";
    case Stain::hematoxylin_eosin: return "he";
    case Stain::trichrome: return "trichrome";
    case Stain::elastin: return "elastin";
  }
  return "illustrated";
}

std::string stain_keys() {
  std::string out;
  for (Stain s : kAllStains) out += (out.empty() ? "" : ", ") + std::string(stain_name(s));
  return out;
}

std::optional<Stain> parse_stain(std::string_view key) {
  for (Stain s : {Stain::illustrated, Stain::hematoxylin_eosin, Stain::trichrome, Stain::elastin}) {
    if (stain_name(s) == key) return s;
  }
  return std::nullopt;
}

MeshBatch& BlockBuilder::batch(Structure s, float specular, Lod lod) {
  for (MeshBatch& m : scene.batches) {
    if (m.structure == s && m.specular == specular && m.lod == lod) return m;
  }
  // Reserved up front in build_skin_block, so earlier references stay valid.
  MeshBatch& m = scene.batches.emplace_back();
  m.structure = s;
  m.specular = specular;
  m.lod = lod;
  return m;
}

void BlockBuilder::label(const std::string& text, const glm::vec3& anchor, Structure s) {
  add_label_once(scene, text, anchor, s);
}

namespace {

void add_legend(BlockBuilder& b) {
  const struct {
    const char* name;
    Material m;
    Structure s;
  } rows[] = {
      {"label.stratum_corneum", Material::corneum, Structure::stratum_corneum},
      {"label.epidermis", Material::keratinocyte, Structure::epidermis},
      {"label.papillary_dermis", Material::papillary_dermis, Structure::papillary_dermis},
      {"label.reticular_dermis", Material::reticular_dermis, Structure::reticular_dermis},
      {"label.subcutis", Material::fat, Structure::subcutis},
      {"label.capillary_loop", Material::capillary, Structure::capillaries},
      {"label.arteriole", Material::arteriole, Structure::vessels},
      {"label.venule", Material::venule, Structure::vessels},
      {"label.collagen_bundle", Material::collagen_bundle, Structure::collagen},
      {"label.elastin_fibre", Material::elastin, Structure::elastin},
      {"label.fibroblast", Material::fibroblast, Structure::fibroblasts},
      {"label.hair_follicle", Material::follicle_sheath, Structure::hair_follicle},
      {"label.hair_shaft", Material::hair, Structure::hair_follicle},
      {"label.sebaceous_gland", Material::sebaceous, Structure::sebaceous_gland},
      {"label.sweat_gland", Material::sweat_gland, Structure::sweat_gland},
  };
  for (const auto& r : rows) b.scene.legend.push_back({r.name, b.col(r.m), r.s});
}

}  // namespace

Scene build_skin_block(const sim::SkinLayers& skin, const BlockOptions& opt) {
  const float h = kBlockHalfWidth_mm;
  const float cut = std::clamp(opt.cut_fraction, 0.0f, 0.8f);
  const float front_z = h - cut * 2.0f * h;
  const BlockGeometry geo(skin, front_z, opt.seed);

  Scene scene;
  scene.batches.reserve(64);
  BlockBuilder b{geo, opt.stain, scene, Face{{0, 0, front_z}, {1, 0, 0}, {0, 0, 1}, -h, h},
                 Face{{h, 0, 0}, {0, 0, 1}, {1, 0, 0}, -h, front_z}};
  build_slabs(b);
  build_epidermis_cells(b, b.front);
  build_epidermis_cells(b, b.right);
  build_dermis_fibres(b, b.front);
  build_dermis_fibres(b, b.right);
  build_vessels(b, b.front);
  build_vessels(b, b.right);
  build_fat(b, b.front);
  build_fat(b, b.right);
  build_appendages(b);
  add_legend(b);

  BlockLayout& l = scene.layout;
  l.surface_y = 0.0f;
  l.corneum_bottom_y = -geo.corneum_mm;
  l.junction_y = -geo.junction_mm;
  l.papilla_tip_y = -geo.junction_mm + 0.5f * geo.ridge_mm;
  l.papillary_bottom_y = -geo.papillary_mm;
  l.dermis_bottom_y = -geo.dermis_mm;
  l.block_bottom_y = geo.block_bottom();
  l.front_z = front_z;
  l.right_x = h;
  l.wave_mm = 0.035f;

  // Bounds: everything drawn, including relief standing proud of the faces and the hair shaft.
  finish_scene(scene, {-h, geo.block_bottom(), -h}, {h, 0.0f, front_z});
  return scene;
}

}  // namespace dv::scene
