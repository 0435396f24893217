// The ensemble (issue 8 §2, §5): the band contains the central course, widens with the spread,
// collapses without it, is the same bit for bit on 1 and 2 threads, and a cancelled run leaves
// no band behind. Small ensembles on short courses keep the tests fast.
#include <chrono>
#include <cmath>
#include <stop_token>
#include <thread>

#include <gtest/gtest.h>

#include "sim/ensemble.h"
#include "sim/param_table.h"

namespace dv::sim {
namespace {

Scenario short_course() {
  Scenario sc;
  sc.sessions = 2;
  sc.follow_up_weeks = 14;
  return sc;
}

Ensemble run(const Scenario& sc, int members, int threads, double spread = 1.0) {
  EnsembleOptions o;
  o.members = members;
  o.threads = threads;
  o.spread_scale = spread;
  auto e = run_ensemble(sc, central_params(), o);
  EXPECT_TRUE(e.has_value());
  return e ? *e : Ensemble{};
}

double width_at(const Ensemble& e, OutcomeColumn o, std::size_t day) {
  return e.band(o).high[day] - e.band(o).low[day];
}

TEST(SimEnsemble, MemberZeroIsCentralOthersStayInTheirRanges) {
  const ModelParams& c = central_params();
  const ModelParams m0 = member_params(c, 1, 0);
  const ModelParams m5 = member_params(c, 1, 5);
  int differing = 0;
  for (const ParamRow& r : param_table()) {
    EXPECT_EQ(param_value(r, m0), param_value(r, c)) << r.name;
    const double v = param_value(r, m5);
    if (r.name.rfind("share_", 0) != 0) {  // the shares are renormalised
      EXPECT_GE(v, std::min(r.low, param_value(r, c))) << r.name;
      EXPECT_LE(v, std::max(r.high, param_value(r, c))) << r.name;
    }
    if (v != param_value(r, c)) ++differing;
  }
  EXPECT_GT(differing, 100);
  EXPECT_NEAR(m5.share_I + m5.share_III + m5.share_other, 1.0, 1e-12);
  // The same (seed, member) gives the same draw; another seed another.
  const ModelParams again = member_params(c, 1, 5);
  const ModelParams other = member_params(c, 2, 5);
  EXPECT_EQ(again.pen_fraction, m5.pen_fraction);
  EXPECT_NE(other.pen_fraction, m5.pen_fraction);
}

TEST(SimEnsemble, BandContainsTheCentralCourseEveryDay) {
  const Scenario sc;  // the default course
  const Ensemble e = run(sc, 24, 2);
  const Course central = simulate(sc);
  ASSERT_EQ(e.members, 24);
  for (int o = 0; o < kOutcomeColumnCount; ++o) {
    const Band& b = e.daily[static_cast<std::size_t>(o)];
    ASSERT_EQ(b.central.size(), central.daily().size());
    for (std::size_t d = 0; d < b.central.size(); ++d) {
      EXPECT_EQ(b.central[d], outcome_value(central.daily()[d], static_cast<OutcomeColumn>(o)));
      ASSERT_TRUE(std::isfinite(b.low[d]) && std::isfinite(b.high[d]));
      ASSERT_LE(b.low[d], b.central[d]) << key(static_cast<OutcomeColumn>(o)) << " day " << d;
      ASSERT_GE(b.high[d], b.central[d]) << key(static_cast<OutcomeColumn>(o)) << " day " << d;
    }
  }
  for (int s = 0; s < kKeyScalarCount; ++s) {
    const Band& b = e.keyframes[static_cast<std::size_t>(s)];
    ASSERT_EQ(b.central.size(), e.key_times.size());
    for (std::size_t k = 0; k < b.central.size(); ++k) {
      ASSERT_LE(b.low[k], b.central[k]);
      ASSERT_GE(b.high[k], b.central[k]);
    }
  }
  // People differ: the 3-month collagen band is not a point.
  const auto day = static_cast<std::size_t>(main_outcome_day(central));
  EXPECT_GT(width_at(e, OutcomeColumn::total_collagen, day), 0.05);
  EXPECT_GT(width_at(e, OutcomeColumn::dermis_um, day), 100.0);  // skin thickness differs, µm
}

TEST(SimEnsemble, WidensWhenTheSpreadWidens) {
  const Scenario sc = short_course();
  const Ensemble narrow = run(sc, 24, 2, 0.4);
  const Ensemble wide = run(sc, 24, 2, 1.0);
  const std::size_t day = narrow.band(OutcomeColumn::total_collagen).central.size() - 1;
  EXPECT_GT(width_at(wide, OutcomeColumn::total_collagen, day),
            1.3 * width_at(narrow, OutcomeColumn::total_collagen, day));
  EXPECT_GT(width_at(wide, OutcomeColumn::dermis_um, day),
            1.3 * width_at(narrow, OutcomeColumn::dermis_um, day));
}

TEST(SimEnsemble, CollapsesToTheCentralCourseWithoutSpread) {
  const Ensemble e = run(short_course(), 8, 2, 0.0);
  for (const Band& b : e.daily) {
    EXPECT_EQ(b.low, b.central);
    EXPECT_EQ(b.high, b.central);
  }
  for (const Band& b : e.keyframes) {
    EXPECT_EQ(b.low, b.central);
    EXPECT_EQ(b.high, b.central);
  }
}

TEST(SimEnsemble, SameBitsOnOneAndTwoThreadsAndAcrossRuns) {
  const Scenario sc = short_course();
  const Ensemble a = run(sc, 16, 1);
  const Ensemble b = run(sc, 16, 2);
  const Ensemble c = run(sc, 16, 2);
  for (int o = 0; o < kOutcomeColumnCount; ++o) {
    const auto i = static_cast<std::size_t>(o);
    EXPECT_EQ(a.daily[i].low, b.daily[i].low) << key(static_cast<OutcomeColumn>(o));
    EXPECT_EQ(a.daily[i].high, b.daily[i].high) << key(static_cast<OutcomeColumn>(o));
    EXPECT_EQ(b.daily[i].low, c.daily[i].low);
    EXPECT_EQ(b.daily[i].high, c.daily[i].high);
  }
  // The band follows the scenario's seed.
  Scenario other = sc;
  other.seed = 7;
  const Ensemble d = run(other, 16, 2);
  EXPECT_NE(d.band(OutcomeColumn::total_collagen).high, b.band(OutcomeColumn::total_collagen).high);
}

TEST(SimEnsemble, CancelledRunLeavesNoBandAndARestartIsFresh) {
  const Scenario first = short_course();
  std::stop_source already;
  already.request_stop();
  EnsembleOptions o;
  o.members = 16;
  EXPECT_FALSE(run_ensemble(first, central_params(), o, already.get_token()).has_value());

  // Cancel while running (a newer request), then run the newer scenario.
  std::stop_source src;
  std::optional<Ensemble> cancelled;
  std::thread t([&] {
    EnsembleOptions big = o;
    big.members = 256;
    cancelled = run_ensemble(first, central_params(), big, src.get_token());
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  src.request_stop();
  t.join();
  EXPECT_FALSE(cancelled.has_value());

  Scenario newer = first;
  newer.needle_depth_mm = 0.5;
  const Ensemble restarted = run(newer, 16, 2);
  const Ensemble fresh = run(newer, 16, 1);
  EXPECT_EQ(restarted.band(OutcomeColumn::total_collagen).high,
            fresh.band(OutcomeColumn::total_collagen).high);
  EXPECT_EQ(restarted.band(OutcomeColumn::total_collagen).central,
            fresh.band(OutcomeColumn::total_collagen).central);
  EXPECT_EQ(restarted.band(OutcomeColumn::channel_depth_um).central[0],
            simulate(newer).daily()[0].channel_depth_um);
}

TEST(SimEnsemble, ThinSkinAndLongNeedlesStayFinite) {
  Scenario sc = short_course();
  sc.region = Region::periorbital;
  sc.device = Device::roller;
  sc.passes = 20;
  sc.needle_depth_mm = 3.0;
  const Ensemble e = run(sc, 16, 2);
  for (const Band& b : e.daily)
    for (std::size_t d = 0; d < b.low.size(); ++d)
      ASSERT_TRUE(std::isfinite(b.low[d]) && std::isfinite(b.high[d]));
  EXPECT_LT(e.band(OutcomeColumn::total_collagen).high.back(), 2.6);
}

TEST(SimEnsemble, SensitivityIsRankedAndSkipsOtherRegions) {
  Scenario sc;
  sc.sessions = 1;
  sc.follow_up_weeks = 13;
  const auto s = sensitivity(sc, central_params(), 2);
  ASSERT_TRUE(s.has_value());
  ASSERT_GT(s->size(), 50u);
  for (std::size_t i = 1; i < s->size(); ++i) EXPECT_GE((*s)[i - 1].swing, (*s)[i].swing);
  for (const Sensitivity& v : *s) {
    const std::string& name = param_table()[v.row].name;
    EXPECT_TRUE(name.rfind("skin.", 0) != 0 || name.rfind("skin.cheek.", 0) == 0) << name;
  }
  EXPECT_GT(s->front().swing, 0.05);  // something moves 3-month collagen by 5 points or more
  std::stop_source stop;
  stop.request_stop();
  EXPECT_FALSE(sensitivity(sc, central_params(), 2, stop.get_token()).has_value());
}

}  // namespace
}  // namespace dv::sim
