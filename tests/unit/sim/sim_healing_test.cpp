// science.md §8.4 (closure), §8.5 (inflammation), §8.6 (collagen order), §8.10 (kinetics).
#include <cmath>

#include <gtest/gtest.h>

#include "sim/course.h"
#include "sim/params.h"
#include "sim/tissue.h"

namespace dv::sim {
namespace {

const Course& default_course() {
  static const Course c = simulate(Scenario{});
  return c;
}

Needling cheek(Device d, double mm, double age = 40.0) {
  Scenario sc;
  sc.device = d;
  sc.needle_depth_mm = mm;
  sc.age_years = age;
  return compute_needling(sc, skin_layers(sc.region, sc.sex, sc.age_years));
}

// §8.4: channels close within hours to a day or two; longer needles close later;
// re-epithelialisation complete by 48 h. Kalluri 2011: 770 µm roller holes closed by 18 h.
TEST(SimHealing, ChannelsCloseWithinTwoDays) {
  const Needling pen = cheek(Device::pen, 1.5);
  EXPECT_GT(open_fraction(pen, 0.0), 0.999);
  EXPECT_GT(open_fraction(pen, 4.0), 0.9);
  EXPECT_LT(open_fraction(pen, 48.0), 0.01);
  EXPECT_LT(open_fraction(cheek(Device::roller, 0.77), 18.0), 0.05);
  EXPECT_LT(cheek(Device::roller, 0.25).closure_half_time_h, pen.closure_half_time_h);
  EXPECT_LT(cheek(Device::pen, 0.5).closure_half_time_h, pen.closure_half_time_h);
  const auto& d = default_course().daily();
  EXPECT_GT(d[0].open_channels, 0.0);
  EXPECT_LT(d[1].open_channels, 0.01);  // end of day 1 = 48 h
  // Snapshots show the same closing channels.
  EXPECT_NEAR(default_course().at(0.5).channels.at(0).open_fraction, open_fraction(pen, 12.0),
              1e-12);
}

// §8.5: inflammation peaks within 1–2 days and is largely resolved within about a week.
TEST(SimHealing, InflammationPeaksEarlyAndResolvesWithinAWeek) {
  for (const PhaseTimes& ph : default_course().phase_times()) {
    EXPECT_GE(ph.inflammation_peak_days, 0.5);
    EXPECT_LE(ph.inflammation_peak_days, 2.0);
    EXPECT_LT(ph.inflammation_end_days, 7.0);
  }
  const auto& d = default_course().daily();
  const double peak = default_course().phase_times()[0].inflammation_peak;
  EXPECT_LT(d[6].inflammation, 0.2 * peak);  // end of day 6 = 7 days after needling
}

// §8.6: type III first (24–48 h), type I rises from ~72 h and dominates new deposition by
// week 2; III → I remodelling goes on for months. Masses are shares of total collagen.
TEST(SimHealing, CollagenIIIComesFirstThenTypeI) {
  const auto& d = default_course().daily();
  auto mass_I = [&](int day) { return central_params().share_I * (d[day].collagen_I - 1.0); };
  auto mass_III = [&](int day) { return central_params().share_III * (d[day].collagen_III - 1.0); };
  EXPECT_GT(mass_III(1), 5.0 * mass_I(1));                          // at 48 h: mostly III
  EXPECT_GT(mass_I(4) - mass_I(2), 3.0 * (mass_I(1) - mass_I(0)));  // I takes off after 72 h
  EXPECT_GT(mass_I(14) - mass_I(13), mass_III(14) - mass_III(13));  // I dominates by week 2
  const int last = static_cast<int>(d.size()) - 1;
  EXPECT_LT(d[last].collagen_III, d[120].collagen_III);  // III still being replaced ...
  EXPECT_GT(d[last].collagen_III, 1.0);                  // ... months after the last session
  EXPECT_GT(d[last].collagen_I, d[120].collagen_I * 0.85);
}

TissueState uniform(const TissueParams& tp, Field f, float v) {
  TissueState st = baseline_state(tp);
  const std::size_t cells = static_cast<std::size_t>(tp.nx) * tp.nz;
  std::fill_n(st.fields.begin() + static_cast<long>(static_cast<std::size_t>(f) * cells), cells, v);
  return st;
}

double mean(const TissueParams& tp, const TissueState& st, Field f) {
  const std::size_t cells = static_cast<std::size_t>(tp.nx) * tp.nz;
  double s = 0.0;
  int n = 0;
  for (int k = 0; k < tp.nz; ++k) {
    if (tp.dermis_row[k] == 0.0f) continue;
    for (int i = 0; i < tp.nx; ++i) {
      s += st.fields[static_cast<std::size_t>(f) * cells + static_cast<std::size_t>(k) * tp.nx + i];
      ++n;
    }
  }
  return s / n;
}

// §8.10: TGF-β decays at 9–15 /d (half-life 1–2 h); macrophages are lost at 0.2–0.6 /d;
// fibroblasts proliferate at ≈0.9 /d and die at ≈0.12 /d. Checked on the running model.
TEST(SimHealing, KineticsMatchPublishedRates) {
  const TissueParams tp = make_tissue_params(skin_layers(Region::cheek, Sex::female, 40), {});
  {
    TissueState st = uniform(tp, Field::growth_factor, 0.8f);
    step(tp, st, 1.0 / 24.0, 0.0, 0.0);
    const double rate = -std::log(mean(tp, st, Field::growth_factor) / 0.8) * 24.0;
    EXPECT_GE(rate, 9.0);
    EXPECT_LE(rate, 15.0);
    EXPECT_GE(std::log(2.0) / rate * 24.0, 1.0);  // half-life, h
    EXPECT_LE(std::log(2.0) / rate * 24.0, 2.0);
  }
  {
    TissueState st = uniform(tp, Field::macrophages, 0.8f);
    for (int i = 0; i < 24; ++i) step(tp, st, 1.0 / 24.0, 0.0, 0.0);
    const double rate = -std::log(mean(tp, st, Field::macrophages) / 0.8);
    EXPECT_GE(rate, 0.2 - 0.02);
    EXPECT_LE(rate, 0.6 + 0.02);
  }
  {
    TissueState st = uniform(tp, Field::fibroblasts, 2.0f);
    for (int i = 0; i < 24; ++i) step(tp, st, 1.0 / 24.0, 0.0, 0.0);
    const double rate = -std::log(mean(tp, st, Field::fibroblasts) - 1.0);
    EXPECT_NEAR(rate, 0.12, 0.01);
  }
  EXPECT_NEAR(central_params().fibroblast_growth_per_day, 0.9, 0.05);
  {  // proliferation at full growth-factor drive, low density: ≈0.9 /d × h(G)
    TissueState st = uniform(tp, Field::fibroblasts, 1.0f);
    for (int i = 0; i < 6; ++i) {
      std::fill_n(st.alarmin.begin(), st.alarmin.size(), 1.0f);
      std::fill_n(st.wound.begin(), st.wound.size(), 0.0f);
      step(tp, st, 1.0 / 24.0, 0.0, 0.0);
    }
    EXPECT_GT(mean(tp, st, Field::fibroblasts), 1.0);
  }
}

TEST(SimHealing, FieldsHaveTheDocumentedMeaning) {
  const Course& c = default_course();
  const Snapshot before = c.at(0.0);
  EXPECT_EQ(before.phase, Phase::needling);
  const Snapshot s = c.at(3.0);
  const FieldGrid& g = s.fields;
  EXPECT_EQ(g.nx * g.nz * kFieldCount, static_cast<int>(g.data.size()));
  EXPECT_DOUBLE_EQ(g.width_um, 3000.0);
  const SkinLayers& skin = c.skin();
  const double mid = skin.junction_depth_um() + 0.5 * skin.dermis_um();
  // Matrix fields are 0 in the epidermis and ≥ baseline-ish in the dermis.
  EXPECT_EQ(g.at(Field::collagen_I, 0.0, 5.0), 0.0f);
  EXPECT_GT(g.at(Field::collagen_I, 0.0, mid), 0.9f);
  // Inflammation sits around the channels: more at a channel than between channels when
  // channels are sparse (one roller pass).
  Scenario sc;
  sc.device = Device::roller;
  sc.passes = 1;
  const Course roll = simulate(sc);
  const Snapshot r = roll.at(1.0);
  ASSERT_EQ(r.channels.size(), 1u);
  const double x = r.channels[0].x_um;
  const double far = x > 0 ? x - 1400 : x + 1400;
  EXPECT_GT(r.fields.at(Field::neutrophils, x, 100), 2 * r.fields.at(Field::neutrophils, far, 100));
}

}  // namespace
}  // namespace dv::sim
