// Tier 1 (no GL): the skin block holds every structure inside its bounds, to scale for the region.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <set>

#include "scene/palette.h"
#include "scene/skin_block.h"
#include "sim/skin.h"

namespace dv::scene {
namespace {

constexpr sim::Region kRegions[] = {
    sim::Region::forehead, sim::Region::cheek,   sim::Region::periorbital, sim::Region::neck,
    sim::Region::back,     sim::Region::abdomen, sim::Region::thigh};

Scene block(sim::Region r, float cut = 0.0f, std::uint32_t seed = 1,
            Stain stain = Stain::illustrated) {
  BlockOptions opt;
  opt.cut_fraction = cut;
  opt.seed = seed;
  opt.stain = stain;
  return build_skin_block(sim::skin_layers(r, sim::Sex::female, 40.0), opt);
}

std::size_t triangles(const Scene& s, Structure which) {
  std::size_t n = 0;
  for (const MeshBatch& m : s.batches) {
    if (m.structure == which) n += m.indices.size() / 3;
  }
  return n;
}

TEST(SkinBlock, EveryStructureHasTrianglesInsideTheBlock) {
  for (sim::Region r : kRegions) {
    for (float cut : {0.0f, 0.5f, 0.8f}) {
      const Scene s = block(r, cut);
      SCOPED_TRACE(std::string(sim::key(r)) + " cut " + std::to_string(cut));
      for (std::size_t i = 0; i <= static_cast<std::size_t>(Structure::sweat_gland); ++i) {
        EXPECT_GT(triangles(s, static_cast<Structure>(i)), 0u)
            << structure_key(static_cast<Structure>(i));
      }
      const BlockLayout& l = s.layout;
      const float tol = kReliefMax_mm;
      for (const MeshBatch& m : s.batches) {
        for (std::uint32_t idx : m.indices) ASSERT_LT(idx, m.vertices.size());
        for (const Vertex& v : m.vertices) {
          const glm::vec3& p = v.position;
          ASSERT_TRUE(std::isfinite(p.x) && std::isfinite(p.y) && std::isfinite(p.z));
          ASSERT_TRUE(std::isfinite(v.normal.x) && std::isfinite(v.normal.y) &&
                      std::isfinite(v.normal.z));
          EXPECT_NEAR(glm::length(v.normal), 1.0f, 1e-3f);
          ASSERT_GE(p.y, l.block_bottom_y - 1e-4f);
          ASSERT_TRUE(p.x >= s.block_min.x && p.y >= s.block_min.y && p.z >= s.block_min.z);
          ASSERT_TRUE(p.x <= s.block_max.x && p.y <= s.block_max.y && p.z <= s.block_max.z);
          if (m.structure == Structure::hair_follicle && p.y > 0.0f)
            continue;  // hairs above the skin
          // Inside the nominal block plus the relief standing proud of the cut faces.
          ASSERT_GE(p.x, -kBlockHalfWidth_mm - 1e-4f);
          ASSERT_LE(p.x, l.right_x + tol);
          ASSERT_GE(p.z, -kBlockHalfWidth_mm - 1e-4f);
          ASSERT_LE(p.z, l.front_z + tol);
          // Only hairs rise above the surface relief.
          if (m.structure != Structure::hair_follicle) {
            ASSERT_LE(p.y, 0.05f) << structure_key(m.structure);
          }
        }
      }
      EXPECT_GT(s.block_max.y, 0.2f) << "the hair shaft extends the top bound";
    }
  }
}

TEST(SkinBlock, LayoutMatchesSkinLayers) {
  for (sim::Region r : kRegions) {
    const sim::SkinLayers skin = sim::skin_layers(r, sim::Sex::female, 40.0);
    const Scene s = build_skin_block(skin, {});
    const BlockLayout& l = s.layout;
    EXPECT_FLOAT_EQ(l.surface_y, 0.0f);
    EXPECT_NEAR(l.corneum_bottom_y, -skin.stratum_corneum_um / 1000.0, 1e-6);
    EXPECT_NEAR(l.junction_y, -skin.epidermis_um() / 1000.0, 1e-6);
    EXPECT_NEAR(l.papillary_bottom_y, -skin.papillary_bottom_um() / 1000.0, 1e-6);
    EXPECT_NEAR(l.dermis_bottom_y, -skin.dermis_bottom_um() / 1000.0, 1e-6);
    EXPECT_NEAR(l.block_bottom_y, l.dermis_bottom_y - kSubcutisShown_mm, 1e-6);
    EXPECT_NEAR(l.papilla_tip_y,
                -(skin.junction_depth_um() - 0.5 * skin.rete_ridge_height_um) / 1000.0, 1e-6);
    EXPECT_FLOAT_EQ(l.front_z, kBlockHalfWidth_mm);
    EXPECT_NEAR(s.block_min.y, l.block_bottom_y, 1e-5);
  }
}

TEST(SkinBlock, ThickerDermisGivesDeeperBand) {
  const Scene cheek = block(sim::Region::cheek), back = block(sim::Region::back);
  EXPECT_LT(back.layout.dermis_bottom_y, cheek.layout.dermis_bottom_y - 0.6f);  // §0a 2.1 vs 1.3 mm
  // The back's reticular dermis reaches below where the cheek's subcutis starts.
  EXPECT_LT(back.layout.dermis_bottom_y, cheek.layout.dermis_bottom_y);
  EXPECT_LT(back.block_min.y, cheek.block_min.y);
}

TEST(SkinBlock, CutFractionMovesTheFrontFace) {
  const Scene a = block(sim::Region::cheek, 0.0f), b = block(sim::Region::cheek, 0.8f);
  EXPECT_FLOAT_EQ(a.layout.front_z, 1.5f);
  EXPECT_NEAR(b.layout.front_z, -0.9f, 1e-5);
  EXPECT_NEAR(b.layout.front_z, -0.9f, 1e-5);
  EXPECT_LT(triangles(b, Structure::stratum_corneum), triangles(a, Structure::stratum_corneum));
}

TEST(SkinBlock, LabelsNameEveryStructure) {
  const Scene s = block(sim::Region::cheek);
  std::set<Structure> labelled;
  std::set<std::string> texts;
  for (const Label& l : s.labels) {
    labelled.insert(l.structure);
    EXPECT_TRUE(texts.insert(l.text).second) << "duplicate label " << l.text;
    EXPECT_GE(l.anchor.x, s.block_min.x);
    EXPECT_LE(l.anchor.x, s.block_max.x);
    EXPECT_GE(l.anchor.y, s.block_min.y);
    EXPECT_LE(l.anchor.y, s.block_max.y);
  }
  for (std::size_t i = 0; i <= static_cast<std::size_t>(Structure::sweat_gland); ++i) {
    EXPECT_TRUE(labelled.count(static_cast<Structure>(i)))
        << structure_key(static_cast<Structure>(i));
  }
  for (const char* t :
       {"label.stratum_corneum", "label.epidermis", "label.dermal_papilla",
        "label.papillary_dermis", "label.reticular_dermis", "label.subcutis",
        "label.capillary_loop", "label.superficial_plexus", "label.deep_plexus",
        "label.collagen_bundle", "label.elastin_fibre", "label.fibroblast", "label.hair_follicle",
        "label.hair_shaft", "label.sebaceous_gland", "label.sweat_gland", "label.sweat_duct"}) {
    EXPECT_TRUE(texts.count(t)) << t;
  }
}

TEST(SkinBlock, LegendColoursAreDistinguishable) {
  const Scene s = block(sim::Region::cheek);
  ASSERT_GE(s.legend.size(), 13u);
  for (std::size_t i = 0; i < s.legend.size(); ++i) {
    for (std::size_t j = i + 1; j < s.legend.size(); ++j) {
      const glm::vec3 a = linear_to_srgb(s.legend[i].colour),
                      b = linear_to_srgb(s.legend[j].colour);
      EXPECT_GT(glm::length(a - b), 0.09f) << s.legend[i].name << " vs " << s.legend[j].name;
    }
  }
}

TEST(SkinBlock, SameSeedSameMeshOtherSeedOtherMesh) {
  const Scene a = block(sim::Region::neck, 0.3f, 7), b = block(sim::Region::neck, 0.3f, 7);
  const Scene c = block(sim::Region::neck, 0.3f, 8);
  ASSERT_EQ(a.batches.size(), b.batches.size());
  bool differs = false;
  for (std::size_t i = 0; i < a.batches.size(); ++i) {
    ASSERT_EQ(a.batches[i].vertices.size(), b.batches[i].vertices.size());
    ASSERT_EQ(a.batches[i].indices, b.batches[i].indices);
    for (std::size_t k = 0; k < a.batches[i].vertices.size(); ++k) {
      ASSERT_EQ(a.batches[i].vertices[k].position, b.batches[i].vertices[k].position);
      ASSERT_EQ(a.batches[i].vertices[k].colour, b.batches[i].vertices[k].colour);
    }
    if (i < c.batches.size() && c.batches[i].vertices.size() != a.batches[i].vertices.size())
      differs = true;
  }
  EXPECT_TRUE(differs);
}

TEST(SkinBlock, StainsChangeColoursAndParse) {
  for (Stain st :
       {Stain::illustrated, Stain::hematoxylin_eosin, Stain::trichrome, Stain::elastin}) {
    EXPECT_EQ(parse_stain(stain_name(st)), st);
  }
  EXPECT_FALSE(parse_stain("purple").has_value());
  EXPECT_EQ(stain_name(Stain::hematoxylin_eosin), "he");
  // Trichrome: collagen blue; elastin stain: elastin near black.
  const glm::vec3 tri = linear_to_srgb(palette(Material::collagen_bundle, Stain::trichrome));
  EXPECT_GT(tri.b, tri.r);
  const glm::vec3 el = linear_to_srgb(palette(Material::elastin, Stain::elastin));
  EXPECT_LT(el.r + el.g + el.b, 0.3f);
}

TEST(SkinBlock, TriangleBudget) {
  for (sim::Region r : kRegions) {
    const Scene s = block(r);
    std::size_t n = 0;
    for (const MeshBatch& m : s.batches) n += m.indices.size() / 3;
    std::printf("%-12s %zu triangles\n", std::string(sim::key(r)).c_str(), n);
    EXPECT_LE(n, 250000u) << sim::key(r);
  }
}

TEST(SceneNames, EveryStructureHasAName) {
  for (std::size_t i = 0; i < kStructureCount; ++i) {
    EXPECT_NE(structure_key(static_cast<Structure>(i)), "?");
  }
  const Visibility v = all_visible();
  for (bool b : v) EXPECT_TRUE(b);
}

}  // namespace
}  // namespace dv::scene
