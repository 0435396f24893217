// Issue 14 §6: a home roller's needles are at most 0.5 mm; a longer setting in a scenario file
// is a usage error (exit 2) naming the limit; the app clamps instead; its note says what it
// reaches and the risks a clinic avoids.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "app/scenario_file.h"
#include "app/simulate_cmd.h"
#include "sim/course.h"
#include "sim/scenario_fields.h"

namespace dv::app {
namespace {
namespace fs = std::filesystem;

fs::path write_scenario(const std::string& json) {
  const fs::path p =
      fs::temp_directory_path() /
      ("dv_home_roller_" +
       std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()) + ".json");
  std::ofstream(p) << json;
  return p;
}

TEST(HomeRoller, LongerNeedleIsAUsageErrorNamingTheLimit) {
  const fs::path p = write_scenario(R"({"device": "home_roller", "needle_depth_mm": 1.0})");
  std::ostringstream out, err;
  const int rc = run_simulate({p, "-", 0}, out, err);
  fs::remove(p);
  EXPECT_EQ(rc, 2);
  EXPECT_NE(err.str().find("needle_depth_mm"), std::string::npos) << err.str();
  EXPECT_NE(err.str().find("0.5 mm"), std::string::npos) << err.str();
  EXPECT_NE(err.str().find("home_roller"), std::string::npos) << err.str();
  EXPECT_TRUE(out.str().empty());
}

TEST(HomeRoller, HalfAMillimetreIsAcceptedWithItsNote) {
  const fs::path p = write_scenario(R"({"device": "home_roller", "needle_depth_mm": 0.5})");
  std::ostringstream out, err;
  EXPECT_EQ(run_simulate({p, "-", 0}, out, err), 0) << err.str();
  fs::remove(p);
  EXPECT_NE(err.str().find("device.home_roller"), std::string::npos) << err.str();
  EXPECT_NE(err.str().find("tram-track"), std::string::npos) << err.str();
}

TEST(HomeRoller, TheAppClampsInsteadOfRefusing) {
  sim::Scenario sc;
  sc.device = sim::Device::home_roller;
  sc.needle_depth_mm = 1.5;
  EXPECT_FALSE(sim::in_range(sc));
  EXPECT_DOUBLE_EQ(sim::clamped(sc).needle_depth_mm, sim::kHomeRollerMaxDepth_mm);
  // It reaches less than the clinic pen's usual setting and stays out of the reticular dermis.
  const sim::Course c = sim::simulate(sim::clamped(sc));
  EXPECT_LT(c.needling().effective_depth_um, 350.0);
  EXPECT_LT(c.needling().effective_depth_um, c.skin().papillary_bottom_um());
}

}  // namespace
}  // namespace dv::app
