// Series behaviour beyond the §8 checks: saturation with sessions, warnings with ids and
// severities, never repeated, and conditions that change risk but not reward.
#include <algorithm>
#include <map>
#include <string>

#include <gtest/gtest.h>

#include "sim/course.h"
#include "sim/params.h"
#include "sim/tissue.h"
#include "sim/warnings.h"

namespace dv::sim {
namespace {

bool has_warning(const Course& c, const std::string& id) {
  return std::any_of(c.warnings().begin(), c.warnings().end(),
                     [&](const Warning& w) { return w.id == id; });
}

double final_collagen(const Scenario& sc) {
  return simulate(sc).daily().back().total_collagen;
}

TEST(SimSeries, MoreSessionsGiveMoreWithSaturation) {
  std::vector<double> v;
  for (int n = 1; n <= 12; ++n) {
    Scenario sc;
    sc.sessions = n;
    v.push_back(final_collagen(sc));
    if (n > 1) {
      EXPECT_GT(v[n - 1], v[n - 2]) << n;
    }
  }
  EXPECT_LT(v[11] - v[10], 0.5 * (v[1] - v[0]));  // saturation
  EXPECT_LT(v[11], central_params().collagen_max);
}

// Each warning id appears at most once per course, whatever the protocol.
TEST(SimSeries, WarningsAreNeverRepeated) {
  for (double weeks : {1.0, 2.0, 4.0}) {
    for (double mm : {0.25, 1.5, 3.0}) {
      Scenario sc;
      sc.sessions = 12;
      sc.interval_weeks = weeks;
      sc.needle_depth_mm = mm;
      sc.fitzpatrick = 6;
      sc.condition = Condition::rosacea;
      sc.topical = Topical::vitamin_c;
      std::map<std::string, int> seen;
      const Course c = simulate(sc);
      for (const Warning& w : c.warnings()) EXPECT_EQ(++seen[w.id], 1) << w.id;
    }
  }
}

TEST(SimSeries, EveryWarningIdIsKnown) {
  const auto& ids = all_warning_ids();
  for (Region r : kAllRegions) {
    for (double mm : {0.25, 1.0, 2.0, 3.0}) {
      Scenario sc;
      sc.region = r;
      sc.needle_depth_mm = mm;
      sc.interval_weeks = 1;
      sc.age_years = 70;
      sc.fitzpatrick = 5;
      sc.condition = Condition::hypertrophic_scar;
      const Course c = simulate(sc);
      for (const Warning& w : c.warnings()) {
        EXPECT_NE(std::find(ids.begin(), ids.end(), w.id), ids.end()) << w.id;
        EXPECT_FALSE(w.field.empty());
      }
    }
  }
}

// A 3 mm needle on the forehead passes the skin into the fat: the warning names what lies
// below; around the eyes (thin fat) it passes into the orbicularis oculi.
TEST(SimSeries, DepthWarningNamesTheStructureReached) {
  Scenario fh;
  fh.region = Region::forehead;
  fh.needle_depth_mm = 3.0;
  const Course c = simulate(fh);
  ASSERT_TRUE(has_warning(c, "depth.into_fat"));
  for (const Warning& w : c.warnings()) {
    if (w.id != "depth.into_fat") continue;
    EXPECT_EQ(w.severity, Severity::unsafe);
    const auto it = std::find_if(w.args.begin(), w.args.end(),
                                 [](const auto& a) { return a.first == "structure"; });
    ASSERT_NE(it, w.args.end());
    EXPECT_EQ(it->second, "frontalis");
  }
  Scenario eye;
  eye.region = Region::periorbital;
  eye.needle_depth_mm = 3.0;
  EXPECT_TRUE(has_warning(simulate(eye), "depth.beneath"));
}

TEST(SimSeries, HypertrophicScarIsNotRewardedAndCarriesMoreScarRisk) {
  Scenario plain, scar;
  scar.condition = Condition::hypertrophic_scar;
  EXPECT_LE(final_collagen(scar), final_collagen(plain) + 1e-9);
  EXPECT_GT(simulate(scar).daily().back().scarring_risk,
            simulate(plain).daily().back().scarring_risk);
  Scenario dark;
  dark.fitzpatrick = 5;
  EXPECT_TRUE(has_warning(simulate(dark), "fitzpatrick.pih"));
}

// Issue 8 §1 design: the model reads its constants from ModelParams; perturbing one changes
// the course, the central values reproduce simulate(scenario) bit for bit.
TEST(SimSeries, ParamsArePerturbable) {
  const Scenario sc;
  ModelParams p;
  EXPECT_EQ(simulate(sc, p).daily().back().total_collagen,
            simulate(sc).daily().back().total_collagen);
  p.collagen_synthesis_per_day *= 1.2;
  EXPECT_GT(simulate(sc, p).daily().back().total_collagen,
            simulate(sc).daily().back().total_collagen);
  ModelParams thin;
  thin.region[static_cast<std::size_t>(Region::cheek)].total_mm = 1.0;
  EXPECT_LT(simulate(sc, thin).skin().dermis_um(), simulate(sc).skin().dermis_um());
}

}  // namespace
}  // namespace dv::sim
