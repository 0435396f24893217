// Tier 1 (no GL): the lighter block drawn while the camera moves (issue 13), and building the
// block on a worker thread.
#include <gtest/gtest.h>

#include <thread>

#include "scene/block_build.h"
#include "scene/skin_block.h"
#include "sim/skin.h"

namespace dv::scene {
namespace {

struct Counts {
  std::size_t full = 0, moving = 0;  // triangles drawn at each level of detail
};

Counts count(const Scene& s) {
  Counts c;
  for (const MeshBatch& m : s.batches) {
    const std::size_t t = m.indices.size() / 3;
    if (m.lod != Lod::moving_only) c.full += t;
    if (m.lod != Lod::full_only) c.moving += t;
  }
  return c;
}

Scene cheek() {
  return build_skin_block(sim::skin_layers(sim::Region::cheek, sim::Sex::female, 40.0), {});
}

TEST(BlockLod, MovingDetailIsAtMostHalfTheTriangles) {
  const Counts c = count(cheek());
  EXPECT_GT(c.moving, 0u);
  EXPECT_LE(c.moving * 2, c.full) << "moving " << c.moving << " full " << c.full;
}

TEST(BlockLod, EveryLayerAndTheTopSurfaceAreDrawnAtBothLevels) {
  // While moving, the block keeps its layers (as bands) and a top surface: only detail goes.
  const Scene s = cheek();
  for (Structure st : {Structure::stratum_corneum, Structure::epidermis,
                       Structure::papillary_dermis, Structure::reticular_dermis,
                       Structure::subcutis, Structure::vessels, Structure::capillaries}) {
    bool full = false, moving = false;
    for (const MeshBatch& m : s.batches) {
      if (m.structure != st || m.indices.empty()) continue;
      full |= m.lod != Lod::moving_only;
      moving |= m.lod != Lod::full_only;
    }
    EXPECT_TRUE(full && moving) << structure_key(st);
  }
  // The coarse top surface stands in for the fine one and covers the same square.
  const MeshBatch *fine = nullptr, *coarse = nullptr;
  for (const MeshBatch& m : s.batches) {
    if (m.structure == Structure::stratum_corneum && m.specular > 0.0f) {
      (m.lod == Lod::full_only ? fine : coarse) = &m;
    }
  }
  ASSERT_TRUE(fine && coarse);
  EXPECT_LT(coarse->indices.size() * 4, fine->indices.size());
  EXPECT_EQ(fine->vertices.front().position.x, coarse->vertices.front().position.x);
  EXPECT_EQ(fine->vertices.back().position.z, coarse->vertices.back().position.z);
}

TEST(BlockBuild, WorkerThreadGivesTheSameSceneBitForBit) {
  const sim::SkinLayers skin = sim::skin_layers(sim::Region::back, sim::Sex::male, 60.0);
  BlockOptions opt;
  opt.seed = 5;
  opt.cut_fraction = 0.25f;
  BlockBuild job = BlockBuild::start(skin, opt);
  EXPECT_TRUE(job.pending());
  EXPECT_EQ(job.options().seed, 5u);
  const Scene here = build_skin_block(skin, opt);
  while (!job.ready()) std::this_thread::yield();
  const Scene there = job.take();
  EXPECT_FALSE(job.pending());
  ASSERT_EQ(here.batches.size(), there.batches.size());
  for (std::size_t i = 0; i < here.batches.size(); ++i) {
    ASSERT_EQ(here.batches[i].indices, there.batches[i].indices);
    ASSERT_EQ(here.batches[i].vertices.size(), there.batches[i].vertices.size());
    for (std::size_t k = 0; k < here.batches[i].vertices.size(); ++k) {
      ASSERT_EQ(here.batches[i].vertices[k].position, there.batches[i].vertices[k].position);
    }
  }
  EXPECT_EQ(here.labels.size(), there.labels.size());
  EXPECT_EQ(here.block_max, there.block_max);
}

TEST(BlockBuild, ANewerBuildReplacesAnOlderOne) {
  const sim::SkinLayers cheek_skin = sim::skin_layers(sim::Region::cheek, sim::Sex::female, 40.0);
  const sim::SkinLayers back_skin = sim::skin_layers(sim::Region::back, sim::Sex::female, 40.0);
  BlockBuild job = BlockBuild::start(cheek_skin, {});
  job = BlockBuild::start(back_skin, {});  // the cheek build is waited for and dropped
  const Scene s = job.take();
  EXPECT_EQ(s.layout.dermis_bottom_y, build_skin_block(back_skin, {}).layout.dermis_bottom_y);
  EXPECT_FALSE(job.ready());
}

}  // namespace
}  // namespace dv::scene
