// Tier 1 (no GL): the anatomy of issue 14 (nerves, sensory corpuscles, arrector pili,
// melanocytes) sits inside the block, in the right layer and to scale; melanin and the skin
// tone follow the Fitzpatrick type.
#include <gtest/gtest.h>

#include <cstdio>

#include "scene/palette.h"
#include "scene/skin_block.h"
#include "sim/pigment.h"
#include "sim/skin.h"

namespace dv::scene {
namespace {

constexpr Structure kNew[] = {Structure::nerves, Structure::receptors, Structure::arrector_pili,
                              Structure::melanocytes};

Scene block(sim::Region r, int fitzpatrick = 3) {
  BlockOptions opt;
  opt.fitzpatrick = fitzpatrick;
  return build_skin_block(sim::skin_layers(r, sim::Sex::female, 40.0), opt);
}

struct Extent {
  glm::vec3 lo{1e9f}, hi{-1e9f};
  std::size_t triangles = 0;
};

Extent extent(const Scene& s, Structure which) {
  Extent e;
  for (const MeshBatch& m : s.batches) {
    if (m.structure != which) continue;
    e.triangles += m.indices.size() / 3;
    for (const Vertex& v : m.vertices) {
      e.lo = glm::min(e.lo, v.position);
      e.hi = glm::max(e.hi, v.position);
    }
  }
  return e;
}

double melanin_area(const Scene& s) {
  // Projected area of the melanin-coloured triangles on the front face (x–y plane).
  const glm::vec3 mel = palette(Material::melanin, Stain::illustrated);
  double area = 0.0;
  for (const MeshBatch& m : s.batches) {
    if (m.structure != Structure::melanocytes) continue;
    for (std::size_t i = 0; i + 2 < m.indices.size(); i += 3) {
      const Vertex& a = m.vertices[m.indices[i]];
      if (glm::length(glm::vec3(a.colour) - mel) > 1e-3f) continue;
      const glm::vec3 p = a.position, q = m.vertices[m.indices[i + 1]].position,
                      r = m.vertices[m.indices[i + 2]].position;
      area += 0.5 *
              std::abs(static_cast<double>((q.x - p.x) * (r.y - p.y) - (r.x - p.x) * (q.y - p.y)));
    }
  }
  return area;
}

TEST(Anatomy, NewStructuresAreInsideTheBlockInTheirLayers) {
  for (sim::Region r :
       {sim::Region::cheek, sim::Region::forehead, sim::Region::periorbital, sim::Region::back}) {
    SCOPED_TRACE(std::string(sim::key(r)));
    const Scene s = block(r);
    const BlockLayout& l = s.layout;
    for (Structure st : kNew) {
      const Extent e = extent(s, st);
      SCOPED_TRACE(std::string(structure_key(st)));
      ASSERT_GT(e.triangles, 0u);
      EXPECT_GE(e.lo.y, l.block_bottom_y - 1e-4f);
      EXPECT_LE(e.hi.y, l.surface_y + l.wave_mm);
      EXPECT_GE(e.lo.x, -kBlockHalfWidth_mm - 1e-4f);
      EXPECT_LE(e.hi.x, kBlockHalfWidth_mm + kReliefMax_mm);
      EXPECT_LE(e.hi.z, l.front_z + kReliefMax_mm);
    }
    // Melanocytes and melanin stay in the epidermis (above the deepest rete ridge).
    const Extent mel = extent(s, Structure::melanocytes);
    EXPECT_GT(mel.lo.y, l.junction_y - 0.5f * (l.papilla_tip_y - l.junction_y) * 2.0f - 0.02f);
    EXPECT_LT(mel.hi.y, l.corneum_bottom_y + l.wave_mm);
    // Nerves reach up into the epidermis (free endings) and down to the deep dermis.
    const Extent nerves = extent(s, Structure::nerves);
    EXPECT_GT(nerves.hi.y, l.junction_y);
    EXPECT_LT(nerves.hi.y, l.corneum_bottom_y + l.wave_mm);
    EXPECT_LT(nerves.lo.y, l.papillary_bottom_y);
    // The arrector pili runs from the follicle up into the papillary dermis, below the junction.
    const Extent ap = extent(s, Structure::arrector_pili);
    EXPECT_LT(ap.hi.y, l.papilla_tip_y);
    EXPECT_GT(ap.hi.y, l.papillary_bottom_y - 0.1f);
  }
}

TEST(Anatomy, SensoryCorpusclesToScale) {
  const Scene s = block(sim::Region::cheek);
  const Extent e = extent(s, Structure::receptors);
  // The Pacinian corpuscle (0.5–2 mm long, Bell 1994) lies below the dermis in the subcutis;
  // the receptors' horizontal extent is dominated by it with its axon.
  EXPECT_LT(e.lo.y, s.layout.dermis_bottom_y);
  EXPECT_GT(e.hi.x - e.lo.x, 0.5f);
  EXPECT_LT(e.hi.x - e.lo.x, 2.0f);
  // Meissner's corpuscles reach up into the papillae, under the junction's tips.
  EXPECT_GT(e.hi.y, s.layout.papillary_bottom_y);
  EXPECT_LT(e.hi.y, s.layout.papilla_tip_y + 0.01f);
}

TEST(Anatomy, HiddenStructuresHaveTheirOwnLabelsAndLegend) {
  const Scene s = block(sim::Region::cheek);
  for (Structure st : kNew) {
    bool label = false, legend = false;
    for (const Label& l : s.labels) label |= l.structure == st;
    for (const LegendEntry& e : s.legend) legend |= e.structure == st;
    EXPECT_TRUE(label) << structure_key(st);
    EXPECT_TRUE(legend) << structure_key(st);
  }
  EXPECT_EQ(structure_key(Structure::nerves), "nerves");
  EXPECT_EQ(structure_key(Structure::receptors), "receptors");
  EXPECT_EQ(structure_key(Structure::arrector_pili), "arrector_pili");
  EXPECT_EQ(structure_key(Structure::melanocytes), "melanocytes");
}

TEST(Anatomy, MelaninIncreasesWithFitzpatrickType) {
  double prev_model = 0.0, prev_area = 0.0;
  for (int t = 1; t <= 6; ++t) {
    const double m = sim::melanin_relative(t);
    EXPECT_GT(m, prev_model) << "type " << t;
    const double a = melanin_area(block(sim::Region::cheek, t));
    EXPECT_GT(a, prev_area) << "type " << t;
    prev_model = m;
    prev_area = a;
  }
  // Alaluf 2002: the darkest skin about twice the melanin of the lightest.
  EXPECT_NEAR(sim::melanin_relative(6) / sim::melanin_relative(1), 2.0, 0.3);
}

TEST(Anatomy, FitzpatrickColoursDifferAndAreOrderedByLightness) {
  auto luminance = [](const glm::vec3& lin) {
    return 0.2126f * lin.r + 0.7152f * lin.g + 0.0722f * lin.b;
  };
  float prev = 2.0f;
  for (int t = 1; t <= 6; ++t) {
    const glm::vec3 c = skin_surface_colour(t, Stain::illustrated);
    EXPECT_LT(luminance(c), prev) << "type " << t;
    if (t > 1) {
      const glm::vec3 a = linear_to_srgb(skin_surface_colour(t - 1, Stain::illustrated));
      EXPECT_GT(glm::length(linear_to_srgb(c) - a), 0.04f) << "type " << t;
    }
    prev = luminance(c);
  }
  // The surface drawn on the block is that colour.
  for (int t : {1, 6}) {
    const Scene s = block(sim::Region::cheek, t);
    bool found = false;
    const glm::vec3 want = skin_surface_colour(t, Stain::illustrated);
    for (const MeshBatch& m : s.batches) {
      if (m.structure != Structure::stratum_corneum) continue;
      for (const Vertex& v : m.vertices) {
        if (v.normal.y > 0.99f && glm::length(glm::vec3(v.colour) - want) < 0.08f) found = true;
      }
    }
    EXPECT_TRUE(found) << "type " << t;
  }
}

TEST(Anatomy, TriangleCountsPerNewStructure) {
  const Scene s = block(sim::Region::cheek, 6);
  std::size_t total = 0;
  for (const MeshBatch& m : s.batches) total += m.indices.size() / 3;
  for (Structure st : kNew) {
    const Extent e = extent(s, st);
    std::printf("%-14s %zu triangles\n", std::string(structure_key(st)).c_str(), e.triangles);
    EXPECT_LT(e.triangles, 8000u) << structure_key(st);
  }
  std::printf("block total   %zu triangles\n", total);
}

}  // namespace
}  // namespace dv::scene
