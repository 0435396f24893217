// Issue 14 §4: a product enters the channels while the barrier is open and not after; small
// molecules reach and spread further than large ones; serums not made for the dermis warn.
#include <gtest/gtest.h>

#include <algorithm>

#include "sim/course.h"
#include "sim/topical.h"

namespace dv::sim {
namespace {

Needling default_needling() {
  const Scenario sc;
  return compute_needling(sc, skin_layers(sc.region, sc.sex, sc.age_years));
}

TEST(Topical, ReachesDeeperWhileTheBarrierIsOpenAndNotAfter) {
  const Needling n = default_needling();
  for (Topical t : {Topical::vitamin_c, Topical::growth_factor_serum, Topical::hyaluronic_serum}) {
    SCOPED_TRACE(std::string(key(t)));
    const double open = topical_reach_um(t, n, 0.25);
    const double sealed = topical_reach_um(t, n, 24.0);
    EXPECT_GT(open, 200.0);                        // down the channels into the dermis
    EXPECT_LE(open, n.effective_depth_um);         // never below the channel
    EXPECT_LT(sealed, 20.0);                       // a day later: the stratum corneum at most
    EXPECT_GT(open, topical_reach_um(t, n, 3.0));  // the barrier reseals within hours
  }
  EXPECT_EQ(topical_reach_um(Topical::none, n, 0.25), 0.0);
}

TEST(Topical, SmallMoleculesReachAndSpreadMoreThanLarge) {
  const Needling n = default_needling();
  EXPECT_GT(topical_reach_um(Topical::vitamin_c, n, 0.25),
            topical_reach_um(Topical::hyaluronic_serum, n, 0.25));
  EXPECT_GT(topical_spread_um(Topical::peptide_serum),
            topical_spread_um(Topical::growth_factor_serum));
  EXPECT_GT(topical_spread_um(Topical::growth_factor_serum), topical_spread_um(Topical::prp));
  // Intact skin: small molecules into the stratum corneum, large ones not at all.
  EXPECT_GT(topical_reach_um(Topical::vitamin_c, n, 48.0), 0.0);
  EXPECT_LT(topical_reach_um(Topical::hyaluronic_serum, n, 48.0), 1.0);
  EXPECT_LT(topical_remaining(48.0), 0.05);
}

TEST(Topical, SerumsNotMadeForTheDermisWarnOfGranulomas) {
  auto has = [](const Course& c, const std::string& id) {
    return std::any_of(c.warnings().begin(), c.warnings().end(),
                       [&](const Warning& w) { return w.id == id; });
  };
  Scenario sc;
  sc.follow_up_weeks = 1;
  sc.sessions = 1;
  for (Topical t : {Topical::growth_factor_serum, Topical::peptide_serum}) {
    sc.topical = t;
    EXPECT_TRUE(has(simulate(sc), "topical.not_for_dermis")) << key(t);
  }
  sc.topical = Topical::vitamin_c;
  EXPECT_TRUE(has(simulate(sc), "topical.vitamin_c_granuloma"));
  sc.topical = Topical::growth_factor_serum;
  sc.needle_depth_mm = 0.1;  // stays in the epidermis: no warning
  EXPECT_FALSE(has(simulate(sc), "topical.not_for_dermis"));
}

}  // namespace
}  // namespace dv::sim
