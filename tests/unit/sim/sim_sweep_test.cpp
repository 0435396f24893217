// Sweeps (issue 12 §3, §6): rows in order, the central value inside its band, the same bits
// for the same seed and on 1 or 2 threads, cancellation, values and spec errors.
#include <stop_token>

#include <gtest/gtest.h>

#include "sim/sweep.h"

namespace dv::sim {
namespace {

Scenario short_course() {
  Scenario sc;
  sc.sessions = 2;
  sc.follow_up_weeks = 13;
  return sc;
}

SweepSpec depth_spec(int threads) {
  SweepSpec s;
  s.param = "needle_depth_mm";
  s.values = sweep_values(*find_scenario_field(s.param), 0.5, 2.0, 4).value();
  s.members = 8;
  s.threads = threads;
  return s;
}

TEST(SimSweep, RowsInOrderCentralInsideItsBand) {
  const auto sw = run_sweep(short_course(), depth_spec(2));
  ASSERT_TRUE(sw);
  ASSERT_EQ(sw->rows.size(), 4u);
  for (std::size_t i = 0; i < sw->rows.size(); ++i) {
    const SweepRow& r = sw->rows[i];
    if (i > 0) {
      EXPECT_GT(r.value, sw->rows[i - 1].value);
    }
    EXPECT_LE(r.p10, r.central);
    EXPECT_GE(r.p90, r.central);
    EXPECT_LT(r.p10, r.p90) << "an ensemble of 8 has a spread";
    // The default day: 90 days after the last session (session 2 on day 28).
    EXPECT_EQ(r.day, 28 + 90);
    // The central value is the central course's, read from its daily table.
    Scenario sc = short_course();
    sc.needle_depth_mm = r.value;
    EXPECT_DOUBLE_EQ(r.central,
                     simulate(sc).daily()[static_cast<std::size_t>(r.day)].total_collagen);
  }
  // Deeper inside the usual cheek range gives more collagen (science.md §8.11).
  EXPECT_GT(sw->rows[2].central, sw->rows[0].central);
}

TEST(SimSweep, SameBitsForTheSeedAndOnOneOrTwoThreads) {
  const auto a = run_sweep(short_course(), depth_spec(1));
  const auto b = run_sweep(short_course(), depth_spec(2));
  const auto c = run_sweep(short_course(), depth_spec(2));
  ASSERT_TRUE(a && b && c);
  for (std::size_t i = 0; i < a->rows.size(); ++i) {
    EXPECT_EQ(a->rows[i].central, b->rows[i].central);
    EXPECT_EQ(a->rows[i].p10, b->rows[i].p10);
    EXPECT_EQ(a->rows[i].p90, b->rows[i].p90);
    EXPECT_EQ(b->rows[i].p90, c->rows[i].p90);
  }
  Scenario other = short_course();
  other.seed = 99;
  const auto d = run_sweep(other, depth_spec(2));
  ASSERT_TRUE(d);
  EXPECT_NE(d->rows[1].p90, a->rows[1].p90) << "another seed draws other members";
}

TEST(SimSweep, CategoriesDeviceSetsItsPassesAndSessionDayColumns) {
  SweepSpec s;
  s.param = "device";
  s.values = all_choices(*find_scenario_field("device"));
  s.outcome = OutcomeColumn::channel_depth_um;
  s.members = 8;
  const auto sw = run_sweep(short_course(), s);
  ASSERT_TRUE(sw);
  ASSERT_EQ(sw->rows.size(), 4u);  // roller, pen, stamp, home roller
  EXPECT_EQ(sw->rows[0].label, "roller");
  EXPECT_EQ(sw->rows[3].label, "home_roller");
  EXPECT_EQ(sw->rows[1].label, "pen");
  EXPECT_EQ(sw->rows[0].day, 0) << "channel depth is read on the session day";
  // Roller < pen (science.md §8.2), read on day 0 of each course.
  EXPECT_LT(sw->rows[0].central, sw->rows[1].central);
  EXPECT_GT(sw->rows[0].central, 0.0);
  EXPECT_EQ(with_setting(Scenario{}, "device", 0).passes, default_passes(Device::roller));
}

TEST(SimSweep, CancelledSweepGivesNothingProgressCounts) {
  std::stop_source src;
  int calls = 0;
  const auto sw =
      run_sweep(short_course(), depth_spec(2), src.get_token(), [&](int done, int total) {
        ++calls;
        EXPECT_EQ(total, 4);
        if (done == 2) src.request_stop();
      });
  EXPECT_FALSE(sw);
  EXPECT_EQ(calls, 2);
}

TEST(SimSweep, ValuesAndSpecErrors) {
  const ScenarioField& passes = *find_scenario_field("passes");
  const auto v = sweep_values(passes, 1, 4, 10);
  ASSERT_TRUE(v);
  EXPECT_EQ(v.value(), (std::vector<double>{1, 2, 3, 4})) << "integers rounded, no repeats";
  const auto bad = sweep_values(*find_scenario_field("needle_depth_mm"), 0.0, 2.0, 5);
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.message().find("needle_depth_mm"), std::string::npos);
  EXPECT_NE(bad.message().find("0.1-3"), std::string::npos);
  EXPECT_FALSE(sweep_values(passes, 1, 4, 1));
  SweepSpec s;
  s.param = "seed";
  s.values = {1, 2};
  EXPECT_NE(sweep_spec_error(s).find("needle_depth_mm"), std::string::npos) << "lists the keys";
  s.param = "passes";
  s.values = {1};
  EXPECT_FALSE(sweep_spec_error(s).empty());
  s.values = {1, 2};
  EXPECT_TRUE(sweep_spec_error(s).empty());
  EXPECT_TRUE(usual_range(Scenario{}, "needle_depth_mm"));
  EXPECT_FALSE(usual_range(Scenario{}, "age_years"));
  EXPECT_EQ(parse_outcome_column("pih_risk"), OutcomeColumn::pih_risk);
  EXPECT_FALSE(parse_outcome_column("collagen"));
}

}  // namespace
}  // namespace dv::sim
