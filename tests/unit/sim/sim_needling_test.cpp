// science.md §0a/§8.1 (geometry), §0b/§8.2 (penetration), §8.3 (bleeding) and the picture's
// constraints. The §8 statements themselves are asserted in sim_science_test.cpp.
#include <algorithm>

#include <gtest/gtest.h>

#include "sim/needling.h"
#include "sim/region_data.h"
#include "sim/scenario.h"
#include "sim/skin.h"

namespace dv::sim {
namespace {

Needling needle(Region r, Device d, double mm, double age = 40.0, Sex sex = Sex::female) {
  Scenario sc;
  sc.region = r;
  sc.device = d;
  sc.needle_depth_mm = mm;
  sc.age_years = age;
  sc.sex = sex;
  return compute_needling(sc, skin_layers(r, sex, age));
}

// §0a: the treated cheek is thicker than the zygoma; the face is split, no region renamed.
TEST(SimSkin, CheekIsTheTreatedCheekAndZygomaIsItsOwnRegion) {
  const double cheek = skin_layers(Region::cheek, Sex::female, 40).dermis_bottom_um();
  const double zyg = skin_layers(Region::zygoma, Sex::female, 40).dermis_bottom_um();
  EXPECT_NEAR(cheek, 1300, 20);
  EXPECT_NEAR(zyg, 1000, 20);
  EXPECT_EQ(key(Region::zygoma), "zygoma");
  EXPECT_EQ(parse_region("cheek"), Region::cheek);
  EXPECT_EQ(kAllRegions.back(), Region::zygoma);
  EXPECT_EQ(static_cast<int>(kAllRegions.size()), kRegionCount);
}

// Each region names what lies under its fat, and has a fat thickness.
TEST(SimSkin, EveryRegionHasFatAndAStructureBeneath) {
  for (Region r : kAllRegions) {
    const RegionFacts& f = region_facts(r);
    EXPECT_FALSE(f.beneath.empty()) << key(r);
    const SkinLayers s = skin_layers(r, Sex::female, 40);
    EXPECT_GT(s.subcutis_um, 0.0);
    EXPECT_GT(s.beneath_um(), s.dermis_bottom_um());
  }
  EXPECT_NEAR(skin_layers(Region::forehead, Sex::female, 40).subcutis_um, 2000, 1);  // Iyengar
}

TEST(SimSkin, GeometryStaysOrderedAtAllAges) {
  for (Region r : kAllRegions) {
    for (double age : {18.0, 40.0, 65.0, 90.0}) {
      for (Sex sex : kAllSexes) {
        const SkinLayers s = skin_layers(r, sex, age);
        EXPECT_GE(s.rete_ridge_height_um, 0.0);
        EXPECT_GT(s.capillary_loop_apex_um, s.stratum_corneum_um);
        EXPECT_LT(s.capillary_loop_apex_um, s.superficial_plexus_um);
        EXPECT_LT(s.superficial_plexus_um, s.deep_plexus_um);
        EXPECT_LT(s.total_low_um, s.total_high_um);
      }
    }
  }
}

// §8.2: never the full length; lax skin buries less; bounded below.
TEST(SimNeedling, PenetrationFractionDependsOnDeviceAndCompliance) {
  for (Region r : kAllRegions) {
    for (Device d : kAllDevices) {
      for (double mm : {0.1, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0}) {
        const Needling n = needle(r, d, mm);
        EXPECT_GE(n.penetration_fraction, 0.2 - 1e-12);
        EXPECT_LT(n.penetration_fraction, 0.95);
        EXPECT_GE(n.depth_high_um, n.effective_depth_um);
      }
    }
  }
  EXPECT_LT(needle(Region::periorbital, Device::pen, 1.0).effective_depth_um,
            needle(Region::forehead, Device::pen, 1.0).effective_depth_um);
}

// §0b: bleeding intensity = share of channels meeting a capillary loop, rising with depth and
// with channel width; none → spotty → pinpoint → uniform.
TEST(SimNeedling, BleedingIsAnIntensity) {
  double prev = -1.0;
  for (double mm : {0.25, 0.5, 0.75, 1.0, 1.5, 2.0}) {
    const Needling n = needle(Region::cheek, Device::pen, mm);
    EXPECT_GE(n.bleeding_share, prev) << mm;
    EXPECT_LE(n.bleeding_share, 1.0);
    prev = n.bleeding_share;
  }
  EXPECT_EQ(needle(Region::cheek, Device::roller, 0.25).bleeding_level, BleedingLevel::none);
  EXPECT_EQ(needle(Region::cheek, Device::pen, 1.5).bleeding_level, BleedingLevel::uniform);
  EXPECT_LT(needle(Region::cheek, Device::roller, 1.0).bleeding_share,
            needle(Region::cheek, Device::pen, 1.0).bleeding_share);
}

TEST(SimNeedling, LayersBreachedAndDensity) {
  const Needling shallow = needle(Region::cheek, Device::roller, 0.25);
  EXPECT_EQ(shallow.deepest_layer, Layer::viable_epidermis);
  EXPECT_FALSE(shallow.reaches_dermis);
  const Needling deep = needle(Region::cheek, Device::pen, 3.0);
  EXPECT_TRUE(deep.reaches_subcutis);
  EXPECT_EQ(deep.deepest_layer, Layer::subcutis);
  EXPECT_FALSE(needle(Region::cheek, Device::pen, 1.5).reaches_subcutis);  // §0 correction 2
  // Roller: 192 needles on a 2 × 2 cm drum ≈ 15 holes/cm² per pass; 15 passes ≈ 250 (F-L).
  Scenario sc;
  sc.device = Device::roller;
  sc.passes = 15;
  const Needling roll = compute_needling(sc, skin_layers(sc.region, sc.sex, sc.age_years));
  EXPECT_NEAR(roll.channels_per_cm2, 230, 30);
  EXPECT_NEAR(roll.channel_diameter_um, 50, 1e-9);  // Kalluri 2011 hole ≈ half the needle
  EXPECT_LT(roll.injured_fraction, 0.05);           // fractional: intact skin between channels
  EXPECT_EQ(default_passes(Device::roller), 15);
  EXPECT_GT(default_passes(Device::roller), default_passes(Device::pen));
}

// Two closures: the barrier reseals within hours, the epithelial gap later.
TEST(SimNeedling, BarrierClosesBeforeTheGap) {
  const Needling n = needle(Region::cheek, Device::pen, 1.5);
  for (double h : {0.5, 1.0, 2.0, 6.0, 12.0, 24.0}) {
    EXPECT_LE(barrier_open_fraction(n, h), open_fraction(n, h) + 1e-12) << h;
  }
  EXPECT_LT(barrier_open_fraction(n, 2.0), 0.1);
  EXPECT_GT(open_fraction(n, 12.0), 0.5);
}

TEST(SimNeedling, SectionChannelsAreDeterministicAndInside) {
  std::uint64_t a = 7, b = 7;
  const auto xa = section_channel_x(10, 3000, a);
  const auto xb = section_channel_x(10, 3000, b);
  EXPECT_EQ(xa, xb);
  for (std::size_t i = 0; i < xa.size(); ++i) {
    EXPECT_GT(xa[i], -1500);
    EXPECT_LT(xa[i], 1500);
    if (i > 0) {
      EXPECT_GT(xa[i], xa[i - 1]);
    }
  }
}

}  // namespace
}  // namespace dv::sim
