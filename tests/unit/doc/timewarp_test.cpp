#include <gtest/gtest.h>

#include "doc/timewarp.h"
#include "sim/regimes.h"

namespace dv::doc {
namespace {

TEST(TimeWarp, DefaultCoursePlaysInAboutAMinuteWithTheNeedlingVisible) {
  // 4 sessions 4 weeks apart, 26 weeks of follow-up after the last.
  const TimeWarp w({0, 28, 56, 84}, 84 + 26 * 7);
  EXPECT_GT(w.total_seconds(), 45.0);
  EXPECT_LT(w.total_seconds(), 80.0);
  EXPECT_GE(w.seconds_at(sim::kNeedlingEnd_d), 3.0);  // needles on screen for seconds
}

TEST(TimeWarp, RateGoesFromSecondsToHoursToWeeks) {
  const TimeWarp w({0, 28}, 200);
  const double needling = w.rate_at(0.001) * 86400.0;  // simulated seconds per second
  const double early = w.rate_at(1.0) * 24.0;          // simulated hours per second
  const double late = w.rate_at(150.0) / 7.0;          // simulated weeks per second
  EXPECT_LT(needling, 600.0);
  EXPECT_GT(early, 2.0);
  EXPECT_LT(early, 24.0);
  EXPECT_GT(late, 1.0);
}

TEST(TimeWarp, DayAndSecondsAreInverse) {
  const TimeWarp w({0, 10, 20}, 120);
  for (double d : {0.0, 0.005, 0.5, 3.0, 9.99, 10.0, 10.2, 47.0, 119.0}) {
    EXPECT_NEAR(w.day_at(w.seconds_at(d)), d, 1e-9) << d;
  }
  EXPECT_DOUBLE_EQ(w.day_at(-5.0), 0.0);
  EXPECT_DOUBLE_EQ(w.day_at(1e9), 120.0);
}

TEST(TimeWarp, SecondsIncreaseMonotonically) {
  const TimeWarp w({0, 7, 14, 21}, 60);
  double prev = -1.0;
  for (double d = 0.0; d <= 60.0; d += 0.01) {
    const double s = w.seconds_at(d);
    EXPECT_GE(s, prev);
    prev = s;
  }
}

}  // namespace
}  // namespace dv::doc
