// The document's band (issue 8 §2, §4): computed in the background after the central course,
// never shown for another scenario, a newer change cancels the running one, the pinned course
// keeps its band, and the sensitivity ranking arrives on request.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "doc/background_job.h"
#include "doc/document.h"

namespace dv::doc {
namespace {

constexpr int kMembers = 8;

sim::Scenario short_course(double depth_mm = 1.5) {
  sim::Scenario s;
  s.sessions = 1;
  s.follow_up_weeks = 13;
  s.needle_depth_mm = depth_mm;
  return s;
}

sim::Ensemble fresh(const sim::Scenario& s) {
  sim::EnsembleOptions o;
  o.members = kMembers;
  return *sim::run_ensemble(s, sim::central_params(), o);
}

TEST(DocumentEnsemble, OffByDefaultAndThenComputedInTheBackground) {
  Document d(short_course());
  EXPECT_EQ(d.ensemble(), nullptr);
  EXPECT_FALSE(d.ensemble_pending());
  d.set_ensemble_members(kMembers);
  d.wait_background();
  ASSERT_NE(d.ensemble(), nullptr);
  const sim::Ensemble want = fresh(short_course());
  EXPECT_EQ(d.ensemble()->band(sim::OutcomeColumn::total_collagen).high,
            want.band(sim::OutcomeColumn::total_collagen).high);
  EXPECT_EQ(d.ensemble()->band(sim::OutcomeColumn::total_collagen).central,
            want.band(sim::OutcomeColumn::total_collagen).central);
}

TEST(DocumentEnsemble, ANewerChangeCancelsTheRunningOneAndNoStaleBandIsShown) {
  Document d(short_course(1.5));
  d.set_ensemble_members(kMembers);
  d.wait_background();
  ASSERT_NE(d.ensemble(), nullptr);
  // Two quick changes: the band of the first scenario disappears at once, the one of the
  // second never arrives, the last one's does.
  Edits e1, e2;
  e1.scenario = short_course(1.0);
  e2.scenario = short_course(0.5);
  d.apply(e1);
  EXPECT_EQ(d.ensemble(), nullptr);
  d.apply(e2);
  EXPECT_EQ(d.ensemble(), nullptr);
  EXPECT_TRUE(d.ensemble_pending());
  // Polling never blocks; wait until it arrives.
  for (int i = 0; i < 2000 && !d.ensemble(); ++i) {
    d.poll_background();
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  ASSERT_NE(d.ensemble(), nullptr);
  EXPECT_FALSE(d.ensemble_pending());
  const sim::Ensemble want = fresh(short_course(0.5));
  EXPECT_EQ(d.ensemble()->band(sim::OutcomeColumn::total_collagen).low,
            want.band(sim::OutcomeColumn::total_collagen).low);
  EXPECT_EQ(d.ensemble()->band(sim::OutcomeColumn::channel_depth_um).central,
            want.band(sim::OutcomeColumn::channel_depth_um).central);
}

TEST(DocumentEnsemble, ThePinnedCourseKeepsItsBand) {
  Document d(short_course(1.5));
  d.set_ensemble_members(kMembers);
  d.wait_background();
  Edits pin;
  pin.pin_course = true;
  d.apply(pin);
  ASSERT_TRUE(d.pinned());
  ASSERT_NE(d.pinned()->ensemble, nullptr);
  const auto pinned_high = d.pinned()->ensemble->band(sim::OutcomeColumn::total_collagen).high;
  Edits change;
  change.scenario = short_course(0.5);
  d.apply(change);
  d.wait_background();
  ASSERT_NE(d.ensemble(), nullptr);
  EXPECT_EQ(d.pinned()->ensemble->band(sim::OutcomeColumn::total_collagen).high, pinned_high);
  EXPECT_NE(d.ensemble()->band(sim::OutcomeColumn::total_collagen).high, pinned_high);
  EXPECT_EQ(d.pinned()->daily.size(), d.pinned()->collagen.size());
}

TEST(DocumentEnsemble, SensitivityArrivesOnRequestAndIsDroppedWithTheScenario) {
  Document d(short_course(1.5));
  EXPECT_EQ(d.sensitivity(), nullptr);
  Edits want;
  want.want_sensitivity = true;
  d.apply(want);
  d.wait_background();
  ASSERT_NE(d.sensitivity(), nullptr);
  EXPECT_GT(d.sensitivity()->size(), 50u);
  Edits change;
  change.scenario = short_course(1.0);
  d.apply(change);
  EXPECT_EQ(d.sensitivity(), nullptr);
}

TEST(BackgroundJob, TheNewestStartWinsAndACancelledResultIsDropped) {
  BackgroundJob<int> job;
  std::atomic<bool> release{false};
  job.start(1, [&](std::stop_token stop) -> std::optional<int> {
    while (!release && !stop.stop_requested()) std::this_thread::yield();
    return 1;  // finished after being superseded: must be dropped
  });
  job.start(2, [](std::stop_token) -> std::optional<int> { return 2; });
  release = true;
  job.wait();
  const auto r = job.take();
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(*r, 2);
  EXPECT_EQ(job.result_tag(), 2u);
  EXPECT_FALSE(job.busy());
  job.start(3, [](std::stop_token) -> std::optional<int> { return 3; });
  job.cancel();
  job.wait();
  EXPECT_FALSE(job.take().has_value());
}

}  // namespace
}  // namespace dv::doc
