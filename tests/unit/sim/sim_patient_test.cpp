// Issue 11: the recovery strip, the checklist and the patient summary.
#include <gtest/gtest.h>

#include <numeric>

#include "sim/contraindications.h"
#include "sim/patient_summary.h"
#include "sim/recovery.h"

namespace dv::sim {
namespace {

const RecoverySpan* find(const RecoveryStrip& r, RecoveryItem i) {
  for (const RecoverySpan& s : r.spans) {
    if (s.item == i) return &s;
  }
  return nullptr;
}

Scenario one_session(Region region, double depth_mm) {
  Scenario s;
  s.region = region;
  s.needle_depth_mm = depth_mm;
  s.sessions = 1;
  s.follow_up_weeks = 16;
  return s;
}

TEST(Recovery, PublishedDowntimeByDepth) {
  EXPECT_EQ(published_downtime_days(0.25), std::make_pair(2, 3));
  EXPECT_EQ(published_downtime_days(1.0), std::make_pair(4, 5));
  EXPECT_EQ(published_downtime_days(1.5), std::make_pair(4, 5));
  EXPECT_EQ(published_downtime_days(2.5), std::make_pair(6, 7));
}

TEST(Recovery, DeeperNeedleLongerRednessBleedingAndFlaking) {
  const RecoveryStrip shallow = recovery_strip(simulate(one_session(Region::cheek, 0.25)));
  const RecoveryStrip usual = recovery_strip(simulate(one_session(Region::cheek, 1.0)));
  const RecoveryStrip deep = recovery_strip(simulate(one_session(Region::cheek, 2.0)));
  // Redness: about a day at 0.25 mm, into the published 4–5 days at 1.0 mm, longer deeper.
  EXPECT_LE(find(shallow, RecoveryItem::redness)->to_day_high, 2);
  EXPECT_GE(find(usual, RecoveryItem::redness)->to_day_high, 3);
  EXPECT_LE(find(usual, RecoveryItem::redness)->to_day_high, usual.downtime_high_days);
  EXPECT_GT(find(deep, RecoveryItem::redness)->to_day_high,
            find(usual, RecoveryItem::redness)->to_day_high);
  // Redness 24–48 h for most (science.md §4b) once the needle reaches the dermis.
  EXPECT_EQ(find(usual, RecoveryItem::redness)->to_day_low, 1);
  // No bleeding with a 0.25 mm roller (§8.3); pinpoint bleeding at 1.0 mm on the face.
  Scenario roller = one_session(Region::cheek, 0.25);
  roller.device = Device::roller;
  const RecoveryStrip rolled = recovery_strip(simulate(roller));
  EXPECT_EQ(find(rolled, RecoveryItem::bleeding), nullptr);
  ASSERT_NE(find(usual, RecoveryItem::bleeding), nullptr);
  EXPECT_EQ(find(usual, RecoveryItem::bleeding)->to_day_high, 0);
  ASSERT_NE(find(usual, RecoveryItem::flaking), nullptr);
  ASSERT_NE(find(deep, RecoveryItem::flaking), nullptr);
  EXPECT_GT(find(deep, RecoveryItem::flaking)->to_day_high,
            find(usual, RecoveryItem::flaking)->to_day_high);
  // The seal is back within hours; the tiny openings take longer (§0b).
  EXPECT_LT(usual.barrier_hours, 6.0);
  EXPECT_GT(usual.gaps_closed_hours, usual.barrier_hours);
  EXPECT_LT(usual.gaps_closed_hours, 72.0);
  // Strong skincare waits at least until the downtime ends.
  EXPECT_GE(find(usual, RecoveryItem::actives)->to_day_low, usual.downtime_low_days);
}

TEST(Recovery, RegionChangesTheStrip) {
  // The same 1.0 mm needle around the eyes (thin skin) and on the back (thick skin).
  const RecoveryStrip eye = recovery_strip(simulate(one_session(Region::periorbital, 1.0)));
  const RecoveryStrip back = recovery_strip(simulate(one_session(Region::back, 1.0)));
  EXPECT_NE(eye.visible_days, back.visible_days);
  EXPECT_NE(eye.gaps_closed_hours, back.gaps_closed_hours);
  bool differs = false;
  for (const RecoverySpan& a : eye.spans) {
    const RecoverySpan* b = find(back, a.item);
    differs = differs || !b || b->to_day_low != a.to_day_low || b->to_day_high != a.to_day_high;
  }
  for (const RecoverySpan& b : back.spans) differs = differs || !find(eye, b.item);
  EXPECT_TRUE(differs);
}

TEST(Recovery, SpansAreOrderedAndOnTheStrip) {
  const Course c = simulate(Scenario{});
  for (int session = 1; session <= 4; ++session) {
    const RecoveryStrip r = recovery_strip(c, session);
    EXPECT_DOUBLE_EQ(r.session_day, c.session_days()[static_cast<std::size_t>(session - 1)]);
    for (const RecoverySpan& s : r.spans) {
      EXPECT_LE(0, s.from_day);
      EXPECT_LE(s.from_day, s.to_day_low) << key(s.item);
      EXPECT_LE(s.to_day_low, s.to_day_high) << key(s.item);
      EXPECT_LE(s.to_day_high, kRecoveryDays) << key(s.item);
      EXPECT_EQ(holds_on(s, s.from_day), s.from_day <= s.to_day_low ? 2 : 1);
      EXPECT_EQ(holds_on(s, s.to_day_high + 1), 0);
    }
    EXPECT_DOUBLE_EQ(course_day(r, c, 3.0), r.session_day + 3.0);
  }
  // Results: first changes within weeks, building over months (§4b: 4–6 weeks, 3–6 months).
  const RecoveryStrip r = recovery_strip(c);
  EXPECT_GT(r.first_change_weeks, 0.5);
  EXPECT_LT(r.first_change_weeks, 8.0);
  EXPECT_GT(r.building_months, 2.0);
}

TEST(Recovery, SunAvoidanceLongerForSkinThatMarks) {
  Scenario s = one_session(Region::cheek, 1.0);
  const RecoveryStrip light = recovery_strip(simulate(s));
  s.fitzpatrick = 5;
  const RecoveryStrip dark = recovery_strip(simulate(s));
  EXPECT_GT(find(dark, RecoveryItem::sun)->to_day_low, find(light, RecoveryItem::sun)->to_day_low);
}

TEST(Checklist, KeysRoundTripAndBitsStayPut) {
  for (Check c : kAllChecks) EXPECT_EQ(parse_check(key(c)), c);
  EXPECT_FALSE(parse_check("nonsense"));
  Scenario s;
  for (Check c : kAllChecks) {
    const Scenario t = with_check(s, c, true);
    EXPECT_TRUE(checked(t, c));
    EXPECT_FALSE(checked(with_check(t, c, false), c));
    for (Check o : kAllChecks) {
      if (o != c) {
        EXPECT_FALSE(checked(t, o));
      }
    }
  }
}

TEST(Checklist, ATickedItemChangesTheAdvice) {
  const Scenario plan;  // 1.5 mm pen on the cheek
  const Decision none = decide(plan);
  EXPECT_EQ(none.overall, Advice::go_ahead);
  EXPECT_TRUE(none.treat_today);
  EXPECT_DOUBLE_EQ(none.advised_depth_mm, plan.needle_depth_mm);
  for (Check c : kAllChecks) {
    const Decision d = decide(with_check(plan, c, true));
    EXPECT_NE(d.overall, Advice::go_ahead) << key(c);
    ASSERT_EQ(d.items.size(), 1u);
    EXPECT_FALSE(d.items[0].reason.empty());
  }
  // A history of PIH: treat, shallower.
  const Decision pih = decide(with_check(plan, Check::pih_history, true));
  EXPECT_EQ(pih.overall, Advice::shallower);
  EXPECT_TRUE(pih.treat_today);
  EXPECT_LT(pih.advised_depth_mm, plan.needle_depth_mm);
  // Pregnancy: not today; the strongest advice wins.
  Scenario both = with_check(plan, Check::pih_history, true);
  both = with_check(both, Check::pregnancy, true);
  const Decision d = decide(both);
  EXPECT_EQ(d.overall, Advice::wait);
  EXPECT_FALSE(d.treat_today);
  EXPECT_EQ(d.items.size(), 2u);
  EXPECT_EQ(decide(with_check(plan, Check::keloid, true)).overall, Advice::do_not_treat);
  EXPECT_EQ(decide(with_check(plan, Check::isotretinoin, true)).items[0].wait_weeks, 26.0);
  // Choosing active acne as the condition ticks its item.
  Scenario acne = plan;
  acne.condition = Condition::active_acne;
  EXPECT_EQ(decide(acne).overall, Advice::treat_first);
}

TEST(PatientSummary, IconCountsSumTo100AndFollowTheBand) {
  for (auto [lo, c, hi] : {std::array{1.0, 1.05, 1.1}, std::array{1.2, 1.5, 1.8},
                           std::array{1.0, 1.25, 1.6}, std::array{1.4, 1.4, 1.4}}) {
    const auto p = people_per_band(lo, c, hi);
    EXPECT_EQ(p[0] + p[1] + p[2], 100);
    for (int v : p) EXPECT_GE(v, 0);
  }
  EXPECT_EQ(people_per_band(1.4, 1.4, 1.4)[0], 100);
  EXPECT_EQ(people_per_band(1.0, 1.02, 1.04)[2], 100);
  // The median sits at the central value: a central gain right at the clear edge → 50 clear.
  EXPECT_EQ(people_per_band(1.1, kClearGain, 1.5)[0], 50);
}

TEST(PatientSummary, MoreSessionsMoreClearResults) {
  Scenario one = Scenario{};
  one.sessions = 1;
  const OutcomeSummary a = outcome_summary(simulate(one), nullptr);
  const OutcomeSummary b = outcome_summary(simulate(Scenario{}), nullptr);
  EXPECT_LT(a.central_pct, b.central_pct);
  EXPECT_EQ(b.months_after_last, 3);
  EXPECT_FALSE(b.from_band);
  EXPECT_EQ(b.people[0] + b.people[1] + b.people[2], 100);
}

TEST(PatientSummary, RisksInGroupsRaisedForDarkerSkinAndVitaminC) {
  Scenario s;
  const auto light = risk_lines(simulate(s), nullptr);
  s.fitzpatrick = 6;
  s.topical = Topical::vitamin_c;
  const auto dark = risk_lines(simulate(s), nullptr);
  auto get = [](const std::vector<RiskLine>& v, std::string_view k) {
    for (const RiskLine& r : v) {
      if (r.key == k) return r;
    }
    return RiskLine{};
  };
  EXPECT_FALSE(get(light, "pih").raised);
  EXPECT_TRUE(get(dark, "pih").raised);
  EXPECT_GT(get(dark, "pih").per_100_high, get(light, "pih").per_100_high);
  EXPECT_TRUE(get(dark, "granuloma").raised);
  for (std::size_t i = 1; i < dark.size(); ++i) EXPECT_LE(dark[i - 1].group, dark[i].group);
  EXPECT_EQ(dark.front().group, RiskGroup::common);
  EXPECT_EQ(alternative_ids(Condition::atrophic_acne_scars).size(), 3u);
}

}  // namespace
}  // namespace dv::sim
