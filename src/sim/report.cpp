// The §8 statements and §4a studies, run on the model. Numbers appear in docs/MODEL.md through
// `dermaviz params --update-doc`.
#include "sim/report.h"
#include "sim/report_util.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "sim/course.h"
#include "sim/region_data.h"
#include "sim/tissue.h"

namespace dv::sim {
using namespace report_util;

std::vector<ScienceCheck> science_checks(const ModelParams& p) {
  std::vector<ScienceCheck> out;
  auto add = [&](std::string sec, std::string st, std::string target, std::string model,
                 bool pass) {
    out.push_back({std::move(sec), std::move(st), std::move(target), std::move(model), pass});
  };

  // ---- 8.1 Geometry
  {
    const SkinLayers ch = skin_layers(Region::cheek, Sex::female, 40, p);
    const double total = ch.dermis_bottom_um() / 1000.0;
    add("8.1", "Treated cheek, woman of 40: total skin", "1.3 mm (1.0-1.8)", f("%.2f mm", total),
        total > 1.2 && total < 1.4);
    bool inside = true;
    for (Region r : kAllRegions) {
      const double t = skin_layers(r, Sex::female, 40, p).dermis_bottom_um() / 1000.0;
      const RegionFacts& fa = region_facts(r);
      inside = inside && t >= fa.total_low_mm && t <= fa.total_high_mm;
    }
    add("8.1", "Every region's total skin inside its §0a range", "all 15 regions",
        inside ? "all inside" : "some outside", inside);
    const double fe = skin_layers(Region::forehead, Sex::female, 40, p).dermis_bottom_um();
    const double ey = skin_layers(Region::periorbital, Sex::female, 40, p).dermis_bottom_um();
    add("8.1", "Forehead clearly thicker than the eyelid", "ratio > 1.3 (§0a 1.2 / 0.75 mm)",
        f("ratio %.2f", fe / ey), fe / ey > 1.3);
    const double back = skin_layers(Region::back, Sex::female, 40, p).dermis_bottom_um() / 1000.0;
    add("8.1", "Back about 2 mm or more", ">= 1.9 mm", f("%.2f mm", back), back >= 1.9);
    double lo = 9, hi = 0;
    for (Region r : kAllRegions) {
      const double m = skin_layers(r, Sex::male, 40, p).dermis_bottom_um() /
                       skin_layers(r, Sex::female, 40, p).dermis_bottom_um();
      lo = std::min(lo, m);
      hi = std::max(hi, m);
    }
    add("8.1", "Male skin thicker", "+15 to +30 % (total skin; ±2 points)",
        f("+%.0f to +%.0f %%", 100 * (lo - 1), 100 * (hi - 1)), lo >= 1.13 && hi <= 1.32);
    bool epi_ok = true;
    for (Region r : kAllRegions) {
      if (r == Region::hand_dorsum) continue;  // Lee & Hwang: 138-189 µm, thickest off palm
      const SkinLayers s = skin_layers(r, Sex::female, 40, p);
      const bool face = std::find(std::begin(kFace), std::end(kFace), r) != std::end(kFace);
      const double v = s.viable_epidermis_um;
      if (face)
        epi_ok = epi_ok && v >= 30 && v <= 65;
      else if (r != Region::neck)
        epi_ok = epi_ok && v >= 55 && v <= 85;
      epi_ok = epi_ok && s.stratum_corneum_um >= 11 && s.stratum_corneum_um <= 23;
    }
    add("8.1", "Viable epidermis and stratum corneum (histology)",
        "face 30-65 µm, trunk/limbs 55-85 µm, SC 11-23 µm (hand excluded)",
        epi_ok ? "all inside" : "some outside", epi_ok);
  }
  // ---- 8.2 Penetration
  {
    auto frac = [&](Device d) {
      Scenario s;
      s.device = d;
      return compute_needling(s, skin_layers(s.region, s.sex, s.age_years, p), p)
          .penetration_fraction;
    };
    const double pen = frac(Device::pen), roll = frac(Device::roller), st = frac(Device::stamp);
    add("8.2", "Pen channel depth / set depth (1.5 mm, cheek)", "0.8 (0.65-0.95)", f("%.2f", pen),
        pen >= 0.65 && pen <= 0.95);
    add("8.2", "Roller channel depth / set depth (1.5 mm, cheek)", "0.3-0.6", f("%.2f", roll),
        roll >= 0.3 && roll <= 0.6);
    add("8.2", "Stamp between roller and pen; never the full length", "roller < stamp < pen < 1",
        f("%.2f", st), roll < st && st < pen && pen < 1.0);
  }
  // ---- 8.3 Bleeding
  {
    bool none = true, pin = true;
    double min_share = 1.0;
    for (Region r : kFace) {
      for (double age : {18.0, 40.0, 90.0}) {
        for (Sex sex : kAllSexes) {
          Scenario s;
          s.region = r;
          s.age_years = age;
          s.sex = sex;
          s.device = Device::roller;
          s.needle_depth_mm = 0.25;
          none = none && compute_needling(s, skin_layers(r, sex, age, p), p).bleeding_share <= 0.02;
          s.device = Device::pen;
          for (double mm : {1.0, 1.5}) {
            s.needle_depth_mm = mm;
            const double sh = compute_needling(s, skin_layers(r, sex, age, p), p).bleeding_share;
            min_share = std::min(min_share, sh);
            pin = pin && sh >= 0.3;
          }
        }
      }
    }
    add("8.3", "No bleeding from a 0.25 mm roller (face, 18-90 y, both sexes)",
        "bleeding share <= 2 %", none ? "none" : "bleeds", none);
    add("8.3", "Pinpoint bleeding from a pen at 1.0-1.5 mm on the face",
        "share of bleeding channels >= 30 %", f("lowest %.0f %%", 100 * min_share), pin);
    Scenario a, b;
    a.needle_depth_mm = 0.5;
    const double s05 = compute_needling(a, skin_layers(a.region, a.sex, 40, p), p).bleeding_share;
    const double s15 = compute_needling(b, skin_layers(b.region, b.sex, 40, p), p).bleeding_share;
    add("8.3", "More bleeding with depth (pen, cheek)", "share(1.5 mm) > share(0.5 mm)",
        f("%.0f %% vs %.0f %%", 100 * s15, 100 * s05), s15 > s05);
  }
  // ---- 8.4 Closure
  {
    Scenario s;
    const Needling n = compute_needling(s, skin_layers(s.region, s.sex, 40, p), p);
    Scenario r;
    r.device = Device::roller;
    r.needle_depth_mm = 0.5;
    const Needling nr = compute_needling(r, skin_layers(r.region, r.sex, 40, p), p);
    s.needle_depth_mm = 3.0;
    const Needling n3 = compute_needling(s, skin_layers(s.region, s.sex, 40, p), p);
    const double b2 = barrier_open_fraction(n, 2.0);
    add("8.4", "Barrier back within about 2 h (unoccluded)", "<= 10 % broken at 2 h",
        f("%.1f %% at 2 h", 100 * b2), b2 <= 0.1);
    const double g48 = open_fraction(n3, 48.0);
    add("8.4", "Epithelial gaps close later, deeper later, all by about 48 h",
        "gap half-time > barrier; 3 mm later than 0.5 mm roller; <= 10 % open at 48 h (3 mm)",
        f("half-times %.1f h (roller 0.5) / %.1f h (pen 1.5) / %.1f h (pen 3.0)",
          nr.closure_half_time_h, n.closure_half_time_h, n3.closure_half_time_h) +
            f("; %.0f %% open at 48 h (3 mm)", 100 * g48),
        n.closure_half_time_h > 4 * n.barrier_half_time_h &&
            nr.closure_half_time_h < n.closure_half_time_h && g48 <= 0.1);
  }
  const Course def = simulate(Scenario{}, p);
  // ---- 8.5 Inflammation
  {
    double peak_lo = 9, peak_hi = 0, end_hi = 0;
    for (const PhaseTimes& ph : def.phase_times()) {
      peak_lo = std::min(peak_lo, ph.inflammation_peak_days);
      peak_hi = std::max(peak_hi, ph.inflammation_peak_days);
      end_hi = std::max(end_hi, ph.inflammation_end_days);
    }
    add("8.5", "Inflammation peaks within 1-2 days, resolved within about a week",
        "peak 0.5-2 d; below 25 % of peak before 7 d",
        f("peak %.1f-%.1f d; resolved by %.1f d", peak_lo, peak_hi, end_hi),
        peak_lo >= 0.5 && peak_hi <= 2.0 && end_hi < 7.0);
  }
  // ---- 8.6 Collagen order
  {
    const auto& d = def.daily();
    auto mI = [&](int day) {
      return p.share_I * (d[static_cast<std::size_t>(day)].collagen_I - 1);
    };
    auto mIII = [&](int day) {
      return p.share_III * (d[static_cast<std::size_t>(day)].collagen_III - 1);
    };
    const bool first = mIII(1) > 3.0 * std::max(mI(1), 1e-9);
    const bool rise = mI(4) - mI(2) > 3.0 * (mI(1) - mI(0));
    const bool dom = mI(14) - mI(13) > mIII(14) - mIII(13);
    const std::size_t last = d.size() - 1;
    const bool months = d[last].collagen_III < d[120].collagen_III && d[last].collagen_III > 1.0;
    add("8.6",
        "Type III first (24-48 h), type I from 72 h, I dominates by week 2, III->I for months",
        "all four", f("III:I at 48 h %.1f:1", mIII(1) / std::max(mI(1), 1e-9)),
        first && rise && dom && months);
  }
  // ---- 8.7 Series by histology, ultrasound, elastin, flow
  {
    const Course lc = simulate(lotfi(), p);
    const DailyRow& l8 = row_after_last(lc, 56);
    const double lg = l8.total_collagen - 1;
    add("8.7", "Lotfi 2013: 5 monthly 1.5 mm roller sessions, 8 weeks after: papillary collagen",
        "+53 % (±25 points: one small study)", f("+%.0f %% (upper dermis)", 100 * lg),
        lg >= 0.28 && lg <= 0.78);
    const double le =
        (l8.epidermis_um - lc.skin().stratum_corneum_um) / lc.skin().viable_epidermis_um - 1;
    add("8.7", "Lotfi 2013: epidermis", "+50 % (±25 points)", f("+%.0f %% (viable)", 100 * le),
        le >= 0.25 && le <= 0.75);
    Scenario one;
    one.sessions = 1;
    const double g1 = gain3m(one, p), g4 = gain3m(Scenario{}, p);
    add("8.7", "One session does much less than a series (pen 1.5 mm, 3 months after)",
        "gain(1) < 0.6 × gain(4); series tens of percent (+20 to +90 %)",
        f("+%.0f %% vs +%.0f %%", 100 * g1, 100 * g4), g1 < 0.6 * g4 && g4 > 0.2 && g4 < 0.9);
    const Course kc = simulate(kenkel(), p);
    const DailyRow& k3 = row_after_last(kc, 90);
    add("8.7", "Kenkel 2021 ultrasound dermal density, 3 months after 4 monthly pen sessions",
        "+102 % (±20 points), a separate output, not collagen",
        f("+%.0f %% (collagen +%.0f %%)", 100 * (k3.ultrasound_density - 1),
          100 * (k3.total_collagen - 1)),
        std::abs(k3.ultrasound_density - 2.02) <= 0.2);
    add("8.7", "Kenkel 2021 total elastin unchanged at 3 months", "×0.85-1.05",
        f("×%.2f", k3.elastin), k3.elastin >= 0.85 && k3.elastin <= 1.05);
    add("8.7", "Kenkel 2021 superficial blood flow lower at 3 months", "-25.8 % (±10 points)",
        f("%.0f %%", 100 * (k3.perfusion - 1)), std::abs(k3.perfusion - 0.742) <= 0.1);
  }
  // ---- 8.8 Epidermis
  {
    const Course ac = simulate(aust(), p);
    const double sg = spinosum_gain(ac, row_after_last(ac, 365), p);
    add("8.8", "Aust 2008: stratum spinosum 1 year after 1-4 roller sessions (3 here)",
        "+40 % (±15 points)", f("+%.0f %%", 100 * sg), sg >= 0.25 && sg <= 0.55);
  }
  // ---- 8.9 Age
  {
    const double r = skin_layers(Region::cheek, Sex::female, 50, p).dermis_um() /
                     skin_layers(Region::cheek, Sex::female, 40, p).dermis_um();
    Scenario y, o;
    y.age_years = 24;
    o.age_years = 85;
    const double pc = response_factors(o, p).collagen / response_factors(y, p).collagen;
    y.age_years = 40;
    o.age_years = 70;
    const double slow =
        compute_needling(o, skin_layers(o.region, o.sex, 70, p), p).closure_half_time_h /
        compute_needling(y, skin_layers(y.region, y.sex, 40, p), p).closure_half_time_h;
    add("8.9", "Dermis thins about 6 % per decade", "×0.94 per decade (±0.01)", f("×%.3f", r),
        std::abs(r - 0.94) <= 0.011);
    add("8.9", "Procollagen I output about 30 % lower at 80+ than at 18-29", "×0.68 (±0.04)",
        f("×%.2f", pc), std::abs(pc - 0.68) <= 0.04);
    add("8.9", "Re-epithelialisation slower after 65", "gap half-time ×1.15 or more at 70 vs 40",
        f("×%.2f", slow), slow >= 1.15);
  }
  // ---- 8.10 Kinetics (rates are model constants; the lag is measured on the course)
  {
    add("8.10", "TGF-β decay 9-15 /d; macrophage loss 0.2-0.6 /d", "inside both ranges",
        f("%.1f /d; %.2f /d", p.gf_decay_per_day, p.macrophage_loss_per_day),
        p.gf_decay_per_day >= 9 && p.gf_decay_per_day <= 15 && p.macrophage_loss_per_day >= 0.2 &&
            p.macrophage_loss_per_day <= 0.6);
    add("8.10", "Fibroblasts proliferate at about 0.9 /d and die at about 0.12 /d",
        "0.85-0.95; 0.10-0.14",
        f("%.3f /d; %.2f /d", p.fibroblast_growth_per_day, p.fibroblast_death_per_day),
        std::abs(p.fibroblast_growth_per_day - 0.9) <= 0.05 &&
            std::abs(p.fibroblast_death_per_day - 0.12) <= 0.02);
    double peak = 0;
    for (int d = 0; d < 20; ++d)
      peak = std::max(peak, def.daily()[static_cast<std::size_t>(d)].fibroblasts - 1);
    const double at24 = def.daily()[0].fibroblasts - 1;
    add("8.10", "Fibroblast activation lag of 1-2 days", "excess at 24 h < 15 % of its peak",
        f("%.0f %% of peak at 24 h", 100 * at24 / peak), at24 < 0.15 * peak);
  }
  // ---- 8.11 Dose-response and fractional injury
  {
    const Needling n = def.needling();
    add("8.11", "Injury is fractional (intact tissue between channels)",
        "injured share of the area < 50 % at usual settings",
        f("%.0f %% (pen 4 passes)", 100 * n.injured_fraction), n.injured_fraction < 0.5);
    // Every region, pen, whole dermis. Regions whose usual range spans at least ×2 in depth must
    // gain ×1.3 end to end; the narrow ranges (abdomen, thigh: 1.5-2.0 mm) at least ×1.15.
    bool depth_ok = true;
    double worst_wide = 99, worst_narrow = 99;
    std::string which;
    for (Region r : kAllRegions) {
      const SkinLayers s = skin_layers(r, Sex::female, 40, p);
      double prev = -1, first = 0, last = 0;
      for (int i = 0; i <= 2; ++i) {
        Scenario sc;
        sc.region = r;
        sc.needle_depth_mm =
            s.usual_depth_min_mm + i * (s.usual_depth_max_mm - s.usual_depth_min_mm) / 2;
        const double g = dermis_gain3m(sc, p);
        depth_ok = depth_ok && g > prev;
        prev = g;
        if (i == 0) first = g;
        last = g;
      }
      const bool wide = s.usual_depth_max_mm >= 2.0 * s.usual_depth_min_mm - 1e-9;
      double& worst = wide ? worst_wide : worst_narrow;
      if (last / first < worst) {
        worst = last / first;
        if (wide) which = std::string(key(r));
      }
    }
    add("8.11",
        "Deeper inside each region's usual range gives more (pen, whole dermis, 15 regions)",
        "rising everywhere; low→high end ≥ ×1.3 (≥ ×1.15 where the range is narrower than ×2)",
        f("lowest ×%.2f (wide, ", worst_wide) + which + f("), ×%.2f (narrow)", worst_narrow),
        depth_ok && worst_wide >= 1.3 && worst_narrow >= 1.15);
    auto passes = [&](Device d, int np) {
      Scenario sc;
      sc.device = d;
      sc.passes = np;
      return gain3m(sc, p);
    };
    const auto up = usual_passes(Device::pen), ur = usual_passes(Device::roller);
    const double pp = passes(Device::pen, up.second) / passes(Device::pen, up.first);
    const double pr = passes(Device::roller, ur.second) / passes(Device::roller, ur.first);
    add("8.11", "More passes inside the usual range give more",
        "low→high end ≥ ×1.3 (pen 2→6, roller 10→20)", f("pen ×%.2f, roller ×%.2f", pp, pr),
        pp >= 1.3 && pr >= 1.3);
    Scenario s1, s6;
    s1.sessions = 1;
    s6.sessions = 6;
    const double ss = gain3m(s6, p) / gain3m(s1, p);
    add("8.11", "More sessions give more", "1→6 sessions ≥ ×1.3", f("×%.2f", ss), ss >= 1.3);
    Scenario a20, a80;
    a20.age_years = 20;
    a80.age_years = 80;
    const double aa = gain3m(a20, p) / gain3m(a80, p);
    add("8.11", "A younger patient gains more", "20 y vs 80 y ≥ ×1.3", f("×%.2f", aa), aa >= 1.3);
    Scenario d3;
    d3.needle_depth_mm = 3.0;
    const double beyond = gain3m(d3, p) / gain3m(Scenario{}, p);
    const double p20 = passes(Device::pen, 20) / passes(Device::pen, up.second);
    add("8.11", "Saturates past the usual range", "3.0 vs 1.5 mm and 20 vs 6 passes: < ×1.2",
        f("×%.2f, ×%.2f", beyond, p20), beyond < 1.2 && p20 < 1.2);
  }
  // ---- 8.12 Conditions change risk, not reward
  {
    const double base = gain3m(Scenario{}, p);
    const double pih0 = def.daily().back().pih_risk;
    bool ok = true;
    double hi = 0;
    for (Condition c : {Condition::active_acne, Condition::rosacea, Condition::eczema}) {
      Scenario s;
      s.condition = c;
      const Course cc = simulate(s, p);
      const double g = row_after_last(cc, 90).total_collagen - 1;
      hi = std::max(hi, g / base);
      ok = ok && g <= base + 1e-9 && cc.daily().back().pih_risk > pih0 &&
           worst(cc) == Severity::unsafe;
    }
    add("8.12", "Treating active acne, rosacea or eczema: no extra benefit, more risk",
        "gain ≤ untreated-condition gain; PIH risk higher; 'unsafe' warning",
        f("gain ×%.3f of baseline case", hi), ok);
    auto dermis = [&](Condition c) {
      Scenario s;
      s.condition = c;
      return simulate(s, p).skin().dermis_um();
    };
    const double d0 = dermis(Condition::none);
    const double ds = dermis(Condition::stretch_marks) / d0;
    const double da = dermis(Condition::atrophic_acne_scars) / d0;
    const double dh = dermis(Condition::hypertrophic_scar) / d0;
    add("8.12", "Scars and stretch marks differ in geometry",
        "stretch marks and atrophic scars thinner dermis, hypertrophic scar thicker",
        f("dermis ×%.2f / ×%.2f / ×%.2f", ds, da, dh), ds < 1 && da < 1 && dh > 1);
    Scenario f1, f6;
    f1.fitzpatrick = 1;
    f6.fitzpatrick = 6;
    const double g1 = gain3m(f1, p), g6 = gain3m(f6, p);
    add("8.12", "Skin type changes risk, not collagen", "equal gain for Fitzpatrick I and VI",
        f("+%.1f %% vs +%.1f %%", 100 * g1, 100 * g6), std::abs(g1 - g6) < 1e-9);
  }
  // ---- 8.13 Elastin
  {
    Scenario el;
    el.age_years = 55;
    el.sessions = 6;
    el.interval_weeks = 2;
    const Course ec = simulate(el, p);
    const DailyRow& r = row_after_last(ec, 30);
    add("8.13", "Elastin: old material cleared, new fibres added, total unchanged or lower",
        "total ≤ ×1.02 and new fibres > 0 (El-Domyati-like series)",
        f("total ×%.2f, new fibres +%.0f %%", r.elastin, 100 * r.elastin_new),
        r.elastin <= 1.02 && r.elastin_new > 0.0);
  }
  // ---- 8.14 Risks by person and product
  {
    double prev = -1;
    bool up = true;
    for (int t = 1; t <= 6; ++t) {
      Scenario s;
      s.fitzpatrick = t;
      const double r = simulate(s, p).daily().back().pih_risk;
      up = up && r > prev;
      prev = r;
    }
    Scenario sh;
    sh.needle_depth_mm = 0.5;
    const bool deeper = simulate(sh, p).daily().back().pih_risk < def.daily().back().pih_risk;
    add("8.14", "PIH risk grows with Fitzpatrick type and with depth", "rising I→VI; 0.5 < 1.5 mm",
        f("type VI: %.0f %% over the course", 100 * prev), up && deeper);
    Scenario vc;
    vc.topical = Topical::vitamin_c;
    const Course vcc = simulate(vc, p);
    add("8.14", "Vitamin C serum with a motorised pen: granuloma risk", "'unsafe' warning",
        has(vcc, "topical.vitamin_c_granuloma") ? "warned (unsafe)" : "no warning",
        has(vcc, "topical.vitamin_c_granuloma") && worst(vcc) == Severity::unsafe);
  }
  // ---- 8.15 Intervals
  {
    const bool def_ok = !has(def, "interval.too_soon");
    Scenario wr;
    wr.device = Device::roller;
    wr.needle_depth_mm = 0.25;
    wr.interval_weeks = 1;
    const bool roller_ok = !has(simulate(wr, p), "interval.too_soon");
    Scenario deep;
    deep.needle_depth_mm = 3.0;
    deep.interval_weeks = 2;
    const Course dc = simulate(deep, p);
    Scenario weekly;
    weekly.interval_weeks = 1;
    weekly.sessions = 12;
    const Course wc = simulate(weekly, p);
    const auto count = std::count_if(wc.warnings().begin(), wc.warnings().end(),
                                     [](const Warning& w) { return w.id == "interval.too_soon"; });
    const bool harm = wc.daily().back().scarring_risk > def.daily().back().scarring_risk &&
                      wc.daily().back().pih_risk > def.daily().back().pih_risk;
    add("8.15", "A session during the previous one's proliferation, at depth, adds harm",
        "none at 4 weeks or for a weekly 0.25 mm roller; 'unsafe' for 3 mm every 2 weeks and 12 "
        "weekly 1.5 mm sessions (once); PIH and scarring risk up",
        f("weekly 1.5 mm: scarring %.0f %%, PIH %.0f %%", 100 * wc.daily().back().scarring_risk,
          100 * wc.daily().back().pih_risk),
        def_ok && roller_ok && has(dc, "interval.too_soon") && worst(dc) == Severity::unsafe &&
            count == 1 && worst(wc) == Severity::unsafe && harm);
  }
  // ---- 8.16 People differ; default calm; usual range agrees with the warnings
  {
    bool ranges = true;
    for (Region r : kAllRegions) {
      const SkinLayers s = skin_layers(r, Sex::female, 40, p);
      ranges =
          ranges && s.total_low_um < s.dermis_bottom_um() && s.dermis_bottom_um() < s.total_high_um;
    }
    add("8.16", "Every region has a between-person range around its central skin",
        "low < central < high", ranges ? "all" : "some missing", ranges);
    bool calm = worst(def) != Severity::unsafe;
    bool agree = true;
    for (Region r : kAllRegions) {
      const SkinLayers s = skin_layers(r, Sex::female, 40, p);
      Scenario in;
      in.region = r;
      in.needle_depth_mm = s.usual_depth_max_mm;
      const Course c = simulate(in, p);
      for (const Warning& w : c.warnings())
        agree = agree && !(w.field == "needle_depth_mm" && w.severity != Severity::note);
      in.needle_depth_mm = std::min(3.0, s.usual_depth_max_mm + 0.25);
      agree = agree && has(simulate(in, p), "depth.deeper_than_usual");
    }
    add("8.16", "Default scenario calm; 'usual here' agrees with the depth warnings",
        "no 'unsafe' by default; at the usual maximum at most a note; beyond it a caution",
        calm && agree ? "yes" : "no", calm && agree);
  }
  return out;
}

std::string checks_markdown(const std::vector<ScienceCheck>& checks) {
  std::string s = "| § | statement | target | model | ok |\n|---|---|---|---|---|\n";
  for (const ScienceCheck& c : checks) {
    s += "| " + c.section + " | " + c.statement + " | " + c.target + " | " + c.model + " | " +
         (c.pass ? "yes" : "**no**") + " |\n";
  }
  return s;
}

std::string studies_markdown(const std::vector<StudyRow>& rows) {
  std::string s = "| study | protocol | measured | model |\n|---|---|---|---|\n";
  for (const StudyRow& r : rows) {
    s += "| " + r.study + " | " + r.protocol + " | " + r.measured + " | " + r.model + " |\n";
  }
  return s;
}

bool splice_generated(std::string& doc, const std::string& name, const std::string& content) {
  const std::string begin = "<!-- BEGIN GENERATED: " + name + " -->";
  const std::string end = "<!-- END GENERATED: " + name + " -->";
  const std::size_t b = doc.find(begin);
  if (b == std::string::npos) return false;
  const std::size_t e = doc.find(end, b);
  if (e == std::string::npos) return false;
  const std::size_t from = b + begin.size();
  doc.replace(from, e - from, "\n" + content);
  return true;
}

}  // namespace dv::sim
