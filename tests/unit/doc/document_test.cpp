// The document and its clock, with no GL and no ImGui: edits apply in one place, the clock
// advances on the warped timeline, values outside their ranges never get in.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "doc/document.h"
#include "sim/outcome.h"
#include "sim/scenario_fields.h"

namespace dv::doc {
namespace {

TEST(Document, StartsPausedAtDayZeroWithTheCourseOfItsScenario) {
  const Document d;
  EXPECT_EQ(d.playback().day, 0.0);
  EXPECT_FALSE(d.animating());
  EXPECT_EQ(d.course().end_day(), sim::simulate(sim::Scenario{}).end_day());
}

TEST(Document, AdvanceMovesOnlyWhilePlayingAndStopsAtTheEnd) {
  Document d;
  d.advance(1.0);
  EXPECT_EQ(d.playback().day, 0.0);
  Edits play;
  play.playing = true;
  d.apply(play);
  d.advance(1.0);
  EXPECT_GT(d.playback().day, 0.0);
  EXPECT_NEAR(d.playback().day, d.warp().day_at(1.0), 1e-12);
  d.advance(1e6);
  EXPECT_EQ(d.playback().day, d.course().end_day());
  EXPECT_FALSE(d.animating());
  d.apply(play);  // playing from the end starts again
  EXPECT_EQ(d.playback().day, 0.0);
}

TEST(Document, NewScenarioResimulatesAndKeepsTheTime) {
  Document d;
  Edits seek;
  seek.seek_day = 30.0;
  d.apply(seek);
  const auto gen = d.course_generation();
  Edits e;
  e.edit_scenario(d.scenario()).sessions = 1;
  d.apply(e);
  EXPECT_EQ(d.scenario().sessions, 1);
  EXPECT_GT(d.course_generation(), gen);
  EXPECT_EQ(d.playback().day, 30.0);
  EXPECT_EQ(d.course().session_days().size(), 1u);
  Edits same;
  same.scenario = d.scenario();
  const auto gen2 = d.course_generation();
  d.apply(same);  // an unchanged scenario is not simulated again
  EXPECT_EQ(d.course_generation(), gen2);
}

TEST(Document, TimeAndCutStayInRange) {
  Document d;
  Edits e;
  e.seek_day = -5.0;
  d.apply(e);
  EXPECT_EQ(d.playback().day, 0.0);
  e.seek_day = std::numeric_limits<double>::quiet_NaN();
  d.apply(e);
  EXPECT_EQ(d.playback().day, 0.0);
  e.seek_day = 1e9;
  d.apply(e);
  EXPECT_EQ(d.playback().day, d.course().end_day());
  Edits cut;
  cut.edit_figure(d.figure()).cut_fraction = 3.0f;
  d.apply(cut);
  EXPECT_EQ(d.figure().cut_fraction, scene::kCutFractionMax);
  Edits speed;
  speed.speed = -2.0f;
  d.apply(speed);
  EXPECT_GT(d.playback().speed, 0.0f);
}

TEST(Document, PinKeepsTheCourseToCompare) {
  Document d;
  EXPECT_FALSE(d.pinned());
  Edits pin;
  pin.pin_course = true;
  d.apply(pin);
  ASSERT_TRUE(d.pinned());
  EXPECT_EQ(d.pinned()->scenario, d.scenario());
  EXPECT_EQ(d.pinned()->collagen, sim::collagen_curve(d.course()));
}

TEST(Stains, NextCyclesThroughEveryStainOnce) {
  scene::Stain s = scene::kAllStains[0];
  for (std::size_t i = 0; i < scene::kAllStains.size(); ++i) {
    EXPECT_EQ(s, scene::kAllStains[i]);
    s = scene::next_stain(s);
  }
  EXPECT_EQ(s, scene::kAllStains[0]);
}

}  // namespace
}  // namespace dv::doc

namespace dv::doc {
namespace {

TEST(Document, ScenarioValuesOutsideTheFileRangesAreClamped) {
  // Issue 9: the GUI accepted depth −1, 5 and 20 mm, 0 passes and age 150.
  Document d;
  for (double depth : {-1.0, 5.0, 20.0}) {
    Edits e;
    e.edit_scenario(d.scenario()).needle_depth_mm = depth;
    e.edit_scenario(d.scenario()).passes = 0;
    e.edit_scenario(d.scenario()).age_years = 150.0;
    d.apply(e);
    EXPECT_TRUE(sim::in_range(d.scenario())) << depth;
    EXPECT_GE(d.scenario().needle_depth_mm, sim::Limits::depth_min_mm);
    EXPECT_LE(d.scenario().needle_depth_mm, sim::Limits::depth_max_mm);
    EXPECT_EQ(d.scenario().passes, sim::Limits::passes_min);
    EXPECT_EQ(d.scenario().age_years, sim::Limits::age_max);
  }
  sim::Scenario bad;
  bad.sessions = 0;
  EXPECT_EQ(Document(bad).scenario().sessions, sim::Limits::sessions_min);
}

}  // namespace
}  // namespace dv::doc
