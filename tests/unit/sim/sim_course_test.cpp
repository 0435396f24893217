// Invariants of the course over many random valid scenarios: finite, non-negative, bounded
// indices, phases in order, determinism, and snapshots that interpolate without re-simulating.
#include <cmath>
#include <cstring>
#include <random>

#include <gtest/gtest.h>

#include "sim/course.h"

namespace dv::sim {
namespace {

Scenario random_scenario(std::mt19937_64& g) {
  auto pick = [&](auto const& all) { return all[g() % all.size()]; };
  auto real = [&](double lo, double hi) {
    return lo + (hi - lo) * static_cast<double>(g() >> 11) * 0x1.0p-53;
  };
  auto integer = [&](int lo, int hi) {
    return lo + static_cast<int>(g() % static_cast<unsigned>(hi - lo + 1));
  };
  Scenario sc;
  sc.region = pick(kAllRegions);
  sc.sex = pick(kAllSexes);
  sc.age_years = real(Limits::age_min, Limits::age_max);
  sc.fitzpatrick = integer(1, 6);
  sc.device = pick(kAllDevices);
  sc.needle_depth_mm = real(Limits::depth_min_mm, Limits::depth_max_mm);
  sc.passes = integer(1, 20);
  sc.sessions = integer(1, 6);
  sc.interval_weeks = real(1, 12);
  sc.follow_up_weeks = real(0, 30);
  sc.condition = pick(kAllConditions);
  sc.topical = pick(kAllTopicals);
  sc.seed = g();
  return sc;
}

void expect_sane(const Course& c, const std::string& what) {
  const auto& d = c.daily();
  ASSERT_EQ(d.size(), static_cast<std::size_t>(std::lround(c.end_day()))) << what;
  for (const DailyRow& r : d) {
    for (double v :
         {r.channel_depth_um, r.open_channels, r.inflammation, r.growth_factor, r.fibroblasts,
          r.collagen_I, r.collagen_III, r.elastin, r.total_collagen, r.epidermis_um, r.dermis_um}) {
      ASSERT_TRUE(std::isfinite(v)) << what << " day " << r.day;
      ASSERT_GE(v, 0.0) << what << " day " << r.day;
    }
    ASSERT_LE(r.open_channels, 1.0);
    ASSERT_LE(r.inflammation, 1.0);
    ASSERT_LE(r.growth_factor, 1.0);
    ASSERT_GE(r.total_collagen, 0.99) << what;  // needling never removes net collagen here
  }
  for (double t : {0.0, 0.3, 1.7, 5.0, c.end_day() * 0.5, c.end_day()}) {
    const Snapshot s = c.at(t);
    for (float v : s.fields.data) {
      ASSERT_TRUE(std::isfinite(v)) << what;
      ASSERT_GE(v, 0.0f) << what;
    }
    for (const ChannelState& ch : s.channels) {
      ASSERT_GE(ch.x_um, -1500.0);
      ASSERT_LE(ch.x_um, 1500.0);
      ASSERT_GE(ch.open_fraction, 0.0);
      ASSERT_LE(ch.open_fraction, 1.0);
    }
  }
}

TEST(SimCourse, RandomScenariosStayFiniteAndNonNegative) {
  std::mt19937_64 g(20240611);
  for (int i = 0; i < 40; ++i) {
    const Scenario sc = random_scenario(g);
    expect_sane(simulate(sc), "scenario " + std::to_string(i));
  }
}

TEST(SimCourse, PhasesComeInOrderAfterEverySession) {
  std::mt19937_64 g(7);
  for (int i = 0; i < 10; ++i) {
    const Course c = simulate(random_scenario(g));
    int last_session = 0;
    Phase last = Phase::needling;
    for (double t = 0.0; t <= c.end_day(); t += 0.05) {
      const Snapshot s = c.at(t);
      if (s.session != last_session) {
        EXPECT_EQ(s.session, last_session + 1);
        last_session = s.session;
        last = Phase::needling;
      }
      EXPECT_GE(static_cast<int>(s.phase), static_cast<int>(last)) << t;
      last = s.phase;
    }
  }
  const Course c = simulate(Scenario{});
  EXPECT_EQ(c.phase_at(0.0), Phase::needling);
  EXPECT_EQ(c.phase_at(0.05), Phase::haemostasis);
  EXPECT_EQ(c.phase_at(1.0), Phase::inflammation);
  EXPECT_EQ(c.phase_at(10.0), Phase::proliferation);
  EXPECT_EQ(c.phase_at(27.0), Phase::remodelling);
  EXPECT_EQ(c.phase_at(28.0), Phase::needling);
  EXPECT_EQ(phase_name(Phase::inflammation), "Inflammation");
}

TEST(SimCourse, SameScenarioSameBits) {
  std::mt19937_64 g(99);
  for (int i = 0; i < 3; ++i) {
    const Scenario sc = random_scenario(g);
    const Course a = simulate(sc), b = simulate(sc);
    ASSERT_EQ(a.daily().size(), b.daily().size());
    EXPECT_EQ(0,
              std::memcmp(a.daily().data(), b.daily().data(), a.daily().size() * sizeof(DailyRow)));
    const Snapshot sa = a.at(3.3), sb = b.at(3.3);
    EXPECT_EQ(sa.fields.data, sb.fields.data);
    ASSERT_EQ(sa.channels.size(), sb.channels.size());
    for (std::size_t k = 0; k < sa.channels.size(); ++k) {
      EXPECT_EQ(sa.channels[k].x_um, sb.channels[k].x_um);
    }
  }
  Scenario other;
  other.seed = 2;
  EXPECT_NE(simulate(Scenario{}).at(0.5).channels[0].x_um,
            simulate(other).at(0.5).channels[0].x_um);
}

TEST(SimCourse, SnapshotsInterpolateKeyframes) {
  const Course c = simulate(Scenario{});
  EXPECT_GT(c.keyframe_count(), 100u);
  // Keyframes sit at the end of each of the first days: the snapshot equals the daily row.
  EXPECT_NEAR(c.at(1.0).inflammation, c.daily()[0].inflammation, 1e-9);
  EXPECT_NEAR(c.at(2.0).growth_factor, c.daily()[1].growth_factor, 1e-9);
  // Just before the second session nothing is injured; at its start the channels are open.
  const double s2 = c.session_days()[1];
  EXPECT_EQ(c.at(s2 - 1e-6).session, 1);
  const Snapshot at2 = c.at(s2);
  EXPECT_EQ(at2.session, 2);
  EXPECT_EQ(at2.phase, Phase::needling);
  EXPECT_NEAR(at2.channels.at(0).open_fraction, 1.0, 1e-9);
  EXPECT_EQ(at2.channels[0].session, 2);
  // Between keyframes values lie between their neighbours (linear interpolation).
  const float a = c.at(0.5).fields.at(Field::neutrophils, 0, 300);
  const float m = c.at(0.52).fields.at(Field::neutrophils, 0, 300);
  const float b = c.at(0.5417).fields.at(Field::neutrophils, 0, 300);
  EXPECT_GE(m, std::min(a, b) - 1e-6f);
  EXPECT_LE(m, std::max(a, b) + 1e-6f);
  // Copies answer the same.
  const Course copy = c;
  EXPECT_EQ(copy.at(40.0).fields.data, c.at(40.0).fields.data);
  // Clamped outside the course.
  EXPECT_EQ(c.at(-5).day, 0.0);
  EXPECT_EQ(c.at(1e6).day, c.end_day());
}

TEST(SimCourse, DailyTableColumns) {
  const Course c = simulate(Scenario{});
  const auto& d = c.daily();
  ASSERT_EQ(d.size(), 84u + 182u + 1u);  // day 0 .. last session + 26 weeks
  for (const DailyRow& r : d) {
    const bool session_day = r.day % 28 == 0 && r.day <= 84;
    EXPECT_EQ(r.session, session_day ? r.day / 28 + 1 : 0) << r.day;
    EXPECT_EQ(r.bleeding, session_day ? c.needling().bleeding_share : 0.0);
    EXPECT_GE(r.barrier_open, 0.0);
    EXPECT_LE(r.barrier_open, r.open_channels + 1e-12);  // the barrier seals before the gap
    EXPECT_GE(r.pih_risk, 0.0);
    EXPECT_LE(r.pih_risk, 1.0);
    EXPECT_EQ(r.channel_depth_um, session_day ? c.needling().effective_depth_um : 0.0);
  }
  EXPECT_NEAR(d[0].epidermis_um, c.skin().epidermis_um(), 10.0);
  EXPECT_NEAR(d[0].dermis_um, c.skin().dermis_um(), 10.0);
}

}  // namespace
}  // namespace dv::sim
