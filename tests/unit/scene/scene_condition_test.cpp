// The treated condition is visible in the block (issue 11 §1): acne-scar dips that fill partly
// over the course, a raised scar that flattens, line folds, a thinner dermis in a stretch mark.
#include <gtest/gtest.h>

#include <algorithm>

#include "scene/block_geometry.h"
#include "scene/skin_block.h"
#include "sim/course.h"
#include "sim/skin.h"

namespace dv::scene {
namespace {

const sim::SkinLayers kCheek = sim::skin_layers(sim::Region::cheek, sim::Sex::female, 40);

// Lowest and highest surface point over the top of the block, mm.
std::pair<float, float> surface_range(const BlockGeometry& g) {
  float lo = 1e9f, hi = -1e9f;
  for (float x = -1.5f; x <= 1.5f; x += 0.02f) {
    for (float z = -1.5f; z <= 1.5f; z += 0.02f) {
      lo = std::min(lo, g.surface(x, z));
      hi = std::max(hi, g.surface(x, z));
    }
  }
  return {lo, hi};
}

float lowest_vertex_on_top(const Scene& s) {
  float top = -1e9f;
  for (const MeshBatch& b : s.batches) {
    for (const auto& v : b.vertices) top = std::max(top, v.position.y);
  }
  return top;
}

TEST(SceneCondition, AcneScarsAreDipsThatFillPartly) {
  const BlockGeometry none(kCheek, 1.5f, 1);
  const BlockGeometry scars(kCheek, 1.5f, 1, sim::Condition::atrophic_acne_scars, 0.0f);
  const BlockGeometry filled(kCheek, 1.5f, 1, sim::Condition::atrophic_acne_scars, 1.0f);
  const float plain = surface_range(none).first;
  const float deep = surface_range(scars).first;
  const float later = surface_range(filled).first;
  EXPECT_LT(deep, plain - 0.1f);    // dips of tenths of a millimetre
  EXPECT_GT(later, deep + 0.05f);   // filled partly…
  EXPECT_LT(later, plain - 0.05f);  // …not all the way
}

TEST(SceneCondition, RaisedScarFlattensAndLinesAreFolds) {
  const float plain = surface_range(BlockGeometry(kCheek, 1.5f, 1)).second;
  const float raised =
      surface_range(BlockGeometry(kCheek, 1.5f, 1, sim::Condition::hypertrophic_scar, 0.0f)).second;
  const float flatter =
      surface_range(BlockGeometry(kCheek, 1.5f, 1, sim::Condition::hypertrophic_scar, 1.0f)).second;
  EXPECT_GT(raised, plain + 0.2f);
  EXPECT_LT(flatter, raised - 0.05f);
  const float fold =
      surface_range(BlockGeometry(kCheek, 1.5f, 1, sim::Condition::wrinkles, 0.0f)).first;
  EXPECT_LT(fold, surface_range(BlockGeometry(kCheek, 1.5f, 1)).first - 0.08f);
}

TEST(SceneCondition, StretchMarkThinsTheDermis) {
  const BlockGeometry none(kCheek, 1.5f, 1);
  const BlockGeometry mark(kCheek, 1.5f, 1, sim::Condition::stretch_marks, 0.0f);
  EXPECT_GT(mark.dermis_bottom(0.3f, 0.0f), none.dermis_bottom(0.3f, 0.0f) + 0.2f * none.dermis_mm);
  EXPECT_NEAR(mark.dermis_bottom(-1.4f, 0.0f), none.dermis_bottom(-1.4f, 0.0f), 1e-3f);
}

TEST(SceneCondition, TheBuiltBlockChangesAndTheCourseFillsIt) {
  BlockOptions opt;
  const Scene plain = build_skin_block(kCheek, opt);
  opt.condition = sim::Condition::hypertrophic_scar;
  const Scene scar = build_skin_block(kCheek, opt);
  EXPECT_GT(scar.block_max.y, plain.block_max.y + 0.2f);
  EXPECT_GT(lowest_vertex_on_top(scar), lowest_vertex_on_top(plain));
  sim::Scenario s;
  s.condition = sim::Condition::atrophic_acne_scars;
  const sim::Course c = sim::simulate(s);
  EXPECT_EQ(condition_fill(c, 0.0), 0.0f);
  EXPECT_GT(condition_fill(c, c.end_day()), 0.5f);
}

}  // namespace
}  // namespace dv::scene
