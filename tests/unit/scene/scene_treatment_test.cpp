// Tier 1 (no GL): the treatment overlay follows the simulation: instance counts follow the
// fields' densities, the device shows only while needling, blood only when the needling bleeds,
// labels only for what is drawn; deterministic, finite, inside the block, within budget.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "scene/palette.h"
#include "scene/skin_block.h"
#include "scene/treatment.h"
#include "sim/course.h"

namespace dv::scene {
namespace {

sim::Course course_of(sim::Device d, double depth_mm, sim::Region r = sim::Region::cheek) {
  sim::Scenario sc;
  sc.region = r;
  sc.device = d;
  sc.needle_depth_mm = depth_mm;
  return sim::simulate(sc);
}

struct Built {
  Scene scene;
  TreatmentCounts counts;
  BlockLayout layout;
};

Built build(const sim::Course& c, const sim::Snapshot& snap, Stain stain = Stain::illustrated) {
  Built b;
  b.layout = build_skin_block(c.skin(), {}).layout;
  b.scene = build_treatment(c, snap, b.layout, {stain, 1}, &b.counts);
  return b;
}
Built build(const sim::Course& c, double day) {
  return build(c, c.at(day));
}

std::size_t triangles(const Scene& s) {
  std::size_t n = 0;
  for (const MeshBatch& m : s.batches) n += m.indices.size() / 3;
  return n;
}

bool has_label(const Scene& s, const std::string& text) {
  return std::any_of(s.labels.begin(), s.labels.end(),
                     [&](const Label& l) { return l.text == text; });
}

void fill(sim::Snapshot& snap, sim::Field f, float v) {
  for (int k = 0; k < snap.fields.nz; ++k) {
    for (int i = 0; i < snap.fields.nx; ++i) snap.fields.data[snap.fields.index(f, i, k)] = v;
  }
}

const sim::Course& default_course() {
  static const sim::Course c = sim::simulate(sim::Scenario{});
  return c;
}

TEST(Treatment, FibroblastInstancesFollowTheField) {
  const sim::Course& c = default_course();
  sim::Snapshot snap = c.at(14.0);
  int last = -1;
  for (float f : {1.0f, 1.5f, 2.0f, 2.5f}) {
    fill(snap, sim::Field::fibroblasts, f);
    const int n = build(c, snap).counts.fibroblasts;
    if (f == 1.0f) {
      EXPECT_EQ(n, 0) << "none recruited at baseline";
    }
    EXPECT_GT(n, last) << "fibroblasts " << f << "× baseline";
    last = n;
  }
  // Roughly proportional to the excess: twice the excess, about twice the cells.
  fill(snap, sim::Field::fibroblasts, 1.5f);
  const int half = build(c, snap).counts.fibroblasts;
  fill(snap, sim::Field::fibroblasts, 2.0f);
  const int full = build(c, snap).counts.fibroblasts;
  EXPECT_NEAR(static_cast<double>(full) / half, 2.0, 0.4);
  // And the simulated course: more at day 2 (≈2×) than in the first hours.
  EXPECT_GT(build(c, 2.0).counts.fibroblasts, 2 * build(c, 0.2).counts.fibroblasts + 10);
}

TEST(Treatment, ImmuneCellsFollowTheirFields) {
  const sim::Course& c = default_course();
  sim::Snapshot snap = c.at(1.0);
  fill(snap, sim::Field::neutrophils, 0.0f);
  fill(snap, sim::Field::macrophages, 0.0f);
  Built none = build(c, snap);
  EXPECT_EQ(none.counts.neutrophils, 0);
  EXPECT_EQ(none.counts.macrophages, 0);
  EXPECT_FALSE(has_label(none.scene, "label.neutrophils"));
  fill(snap, sim::Field::neutrophils, 0.5f);
  const int half = build(c, snap).counts.neutrophils;
  fill(snap, sim::Field::neutrophils, 1.0f);
  const int all = build(c, snap).counts.neutrophils;
  EXPECT_GT(half, 0);
  EXPECT_GT(all, half);
  // Neutrophils first, then macrophages: day 0.2 has more neutrophils than macrophages, day 5 the
  // reverse.
  const Built early = build(c, 0.2), late = build(c, 5.0);
  EXPECT_GT(early.counts.neutrophils, early.counts.macrophages);
  EXPECT_GT(late.counts.macrophages, late.counts.neutrophils);
  EXPECT_EQ(build(c, 120.0).counts.neutrophils, 0);
}

TEST(Treatment, MoreNewCollagenAtDay120ThanDay1) {
  const sim::Course& c = default_course();
  const Built d1 = build(c, 1.0), d120 = build(c, 120.0);
  EXPECT_GT(d120.counts.collagen_I, d1.counts.collagen_I + 20);
  EXPECT_GT(d120.counts.collagen_I + d120.counts.collagen_III,
            3 * (d1.counts.collagen_I + d1.counts.collagen_III));
  EXPECT_GT(d120.counts.elastin, d1.counts.elastin);
  EXPECT_TRUE(has_label(d120.scene, "label.new_collagen_i"));
  EXPECT_FALSE(has_label(d1.scene, "label.new_collagen_i"));
  // Collagen III comes first: at day 14 it outnumbers collagen I.
  const Built d14 = build(c, 14.0);
  EXPECT_GT(d14.counts.collagen_III, 0);
}

TEST(Treatment, DeviceOnlyWhileNeedling) {
  for (sim::Device d : {sim::Device::pen, sim::Device::roller, sim::Device::stamp}) {
    const sim::Course c = course_of(d, 1.0);
    const Built during = build(c, 0.004);
    EXPECT_TRUE(during.counts.device);
    EXPECT_TRUE(has_label(during.scene, "label.needle"));
    for (double day : {0.02, 1.0, 30.0}) {
      const Built after = build(c, day);
      EXPECT_FALSE(after.counts.device) << day;
      EXPECT_FALSE(has_label(after.scene, "label.needle")) << day;
    }
  }
}

TEST(Treatment, ChannelsAppearBehindTheDevice) {
  const sim::Course& c = default_course();
  const Built start = build(c, 0.0005), mid = build(c, 0.005), end = build(c, 0.0099);
  EXPECT_LT(start.counts.channels_open, mid.counts.channels_open);
  EXPECT_LT(mid.counts.channels_open, end.counts.channels_open);
  EXPECT_EQ(end.counts.channels_open, static_cast<int>(c.at(0.0099).channels.size()));
  // Closed two days later.
  EXPECT_EQ(build(c, 2.5).counts.channels_open, 0);
}

bool has_colour(const Scene& s, const glm::vec3& c) {
  for (const MeshBatch& m : s.batches) {
    for (const Vertex& v : m.vertices) {
      if (glm::length(glm::vec3(v.colour) - c) < 1e-4f) return true;
    }
  }
  return false;
}

TEST(Treatment, BloodOnlyWhenTheNeedlingBleeds) {
  const double day = 0.0125;  // a few minutes after needling
  const sim::Course deep = course_of(sim::Device::pen, 1.5),
                    shallow = course_of(sim::Device::roller, 0.25);
  ASSERT_TRUE(deep.needling().bleeding);
  ASSERT_FALSE(shallow.needling().bleeding);
  const Built d = build(deep, day), s = build(shallow, day);
  EXPECT_GT(d.counts.droplets, 10);
  EXPECT_EQ(s.counts.droplets, 0);
  EXPECT_FALSE(has_colour(s.scene, palette(Material::blood, Stain::illustrated)));
  EXPECT_FALSE(has_label(s.scene, "label.blood"));
  EXPECT_TRUE(has_label(d.scene, "label.blood"));
  EXPECT_GT(s.counts.channels_open, 0) << "shallow channels are still drawn";
}

TEST(Treatment, LabelsOnlyForWhatIsThere) {
  const sim::Course& c = default_course();
  const Built d60 = build(c, 60.0);
  EXPECT_FALSE(has_label(d60.scene, "label.clot"));
  EXPECT_FALSE(has_label(d60.scene, "label.micro_channel"));
  EXPECT_TRUE(has_label(d60.scene, "label.effective_depth"));
  const Built d02 = build(c, 0.2);
  EXPECT_TRUE(has_label(d02.scene, "label.micro_channel"));
  EXPECT_TRUE(has_label(d02.scene, "label.growth_factors"));
  for (const Label& l : d60.scene.labels) {
    const auto it = std::find_if(d60.scene.legend.begin(), d60.scene.legend.end(),
                                 [&](const LegendEntry& e) { return e.name == l.text; });
    if (l.text == "label.effective_depth" || l.text == "label.needle_length") {
      EXPECT_NE(it, d60.scene.legend.end());
    }
  }
}

TEST(Treatment, DeterministicFiniteInsideTheBlockAndWithinBudget) {
  for (sim::Device d : {sim::Device::pen, sim::Device::roller, sim::Device::stamp}) {
    const sim::Course c = course_of(d, d == sim::Device::roller ? 0.25 : 1.5);
    for (double day : {0.0, 0.004, 0.0099, 0.2, 1.0, 2.0, 5.0, 14.0, 30.0, 60.0, 90.0, 120.0}) {
      SCOPED_TRACE("day " + std::to_string(day));
      const Built a = build(c, day), b = build(c, day);
      ASSERT_EQ(a.scene.batches.size(), b.scene.batches.size());
      for (std::size_t i = 0; i < a.scene.batches.size(); ++i) {
        ASSERT_EQ(a.scene.batches[i].vertices.size(), b.scene.batches[i].vertices.size());
        for (std::size_t k = 0; k < a.scene.batches[i].vertices.size(); ++k) {
          ASSERT_EQ(a.scene.batches[i].vertices[k].position,
                    b.scene.batches[i].vertices[k].position);
        }
      }
      EXPECT_LE(triangles(a.scene), 25000u);
      const BlockLayout& l = a.layout;
      for (const MeshBatch& m : a.scene.batches) {
        for (const Vertex& v : m.vertices) {
          ASSERT_TRUE(std::isfinite(v.position.x) && std::isfinite(v.position.y) &&
                      std::isfinite(v.position.z));
          ASSERT_TRUE(std::isfinite(v.colour.r) && v.colour.a > 0.0f && v.colour.a <= 1.0f);
          if (a.counts.device) continue;  // the device stands above and around the block
          EXPECT_GE(v.position.x, -kBlockHalfWidth_mm - 0.14f);  // the ruler stands just left
          EXPECT_LE(v.position.x, kBlockHalfWidth_mm + 1e-3f);
          EXPECT_GE(v.position.y, l.block_bottom_y - 1e-3f);
          EXPECT_LE(v.position.y, 0.15f);
          EXPECT_GE(v.position.z, -kBlockHalfWidth_mm - 1e-3f);
          EXPECT_LE(v.position.z, l.front_z + kReliefMax_mm);
        }
      }
    }
  }
}

TEST(Treatment, EveryNewMaterialHasAColourInEveryStain) {
  for (Stain s : {Stain::illustrated, Stain::hematoxylin_eosin, Stain::trichrome, Stain::elastin}) {
    for (int m = static_cast<int>(Material::device_body); m < static_cast<int>(Material::count);
         ++m) {
      const glm::vec3 c = palette(static_cast<Material>(m), s);
      EXPECT_GT(c.r + c.g + c.b, 0.0f) << "material " << m << " stain " << stain_name(s);
    }
  }
  // Trichrome: both new collagens blue.
  for (Material m : {Material::new_collagen_I, Material::new_collagen_III}) {
    const glm::vec3 c = palette(m, Stain::trichrome);
    EXPECT_GT(c.b, c.r + 0.3f);
  }
}

}  // namespace
}  // namespace dv::scene

namespace dv::scene {
namespace {

// The wipe's "new matrix" tint: fibres that did not show on the earlier day are the ones laid
// down since; the later the earlier day, the fewer; none since the same day.
TEST(Treatment, MatrixLaidDownSinceAnEarlierDayIsTintedAndListed) {
  const sim::Course& c = default_course();
  const BlockLayout layout = build_skin_block(c.skin(), {}).layout;
  const sim::Snapshot now = c.at(120.0);
  const auto tinted = [&](double since_day, Scene* out = nullptr) {
    const sim::Snapshot since = c.at(since_day);
    TreatmentOptions o;
    o.new_since = &since;
    TreatmentCounts counts;
    Scene s = build_treatment(c, now, layout, o, &counts);
    if (out) *out = std::move(s);
    return counts;
  };
  Scene from_start;
  const TreatmentCounts all = tinted(0.0, &from_start);
  const int fibres = all.collagen_I + all.collagen_III + all.elastin;
  EXPECT_EQ(all.new_since, fibres);  // at day 0 there was no new matrix at all
  EXPECT_TRUE(std::any_of(from_start.legend.begin(), from_start.legend.end(),
                          [](const LegendEntry& e) { return e.name == "label.new_since"; }));
  const TreatmentCounts since60 = tinted(60.0);
  EXPECT_GT(since60.new_since, 0);
  EXPECT_LT(since60.new_since, all.new_since);
  EXPECT_EQ(tinted(120.0).new_since, 0);
  // The tint changes colours only: the same fibres are drawn.
  EXPECT_EQ(since60.collagen_I, all.collagen_I);
  TreatmentCounts plain;
  build_treatment(c, now, layout, TreatmentOptions{}, &plain);
  EXPECT_EQ(plain.new_since, 0);
  EXPECT_EQ(plain.collagen_III, all.collagen_III);
}

}  // namespace
}  // namespace dv::scene
