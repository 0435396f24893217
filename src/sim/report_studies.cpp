// The published human studies of science.md §4a (and Lotfi 2013, Kang & Lu 2022) run through the
// model: protocol, what was measured, what the model gives.
#include "sim/report.h"
#include "sim/report_util.h"

namespace dv::sim {
using namespace report_util;

std::vector<StudyRow> study_rows(const ModelParams& p) {
  std::vector<StudyRow> rows;
  {
    const Course c = simulate(aust(), p);
    const DailyRow& m6 = row_after_last(c, 182);
    rows.push_back(
        {"Aust 2008 (PRS 121:1421)",
         "Medical Roll-CIT, 1-4 sessions (model: roller 1.5 mm, 15 passes, 3 monthly, "
         "cheek, 40 y)",
         "collagen and elastin 'considerable increase' at 6 months; stratum spinosum "
         "+40 % at 1 year",
         f("collagen +%.0f %%, elastin ×%.2f (new fibres +%.0f %%) at 6 months; ",
           100 * (m6.total_collagen - 1), m6.elastin, 100 * m6.elastin_new) +
             f("spinosum +%.0f %% at 1 year", 100 * spinosum_gain(c, row_after_last(c, 365), p))});
  }
  {
    const Course c = simulate(kenkel(), p);
    const DailyRow& r = row_after_last(c, 90);
    rows.push_back({"Kenkel 2021 (Aesthet Surg J)",
                    "4 monthly pen sessions, face and neck, 44-65 y (model: pen 1.5 mm, 4 passes, "
                    "cheek, 55 y)",
                    "3 months after: ultrasound dermal density +101.86 %; total elastin protein "
                    "unchanged; flow at 300 µm -25.8 % (face)",
                    f("ultrasound density +%.0f %%; collagen +%.0f %%; ",
                      100 * (r.ultrasound_density - 1), 100 * (r.total_collagen - 1)) +
                        f("elastin ×%.2f; perfusion %.0f %%", r.elastin, 100 * (r.perfusion - 1))});
  }
  {
    Scenario s;
    s.age_years = 50;
    s.fitzpatrick = 4;
    s.sessions = 6;
    s.interval_weeks = 2;
    s.device = Device::roller;
    s.passes = default_passes(Device::roller);
    const Course c = simulate(s, p);
    const DailyRow& r = row_after_last(c, 30);
    rows.push_back(
        {"El-Domyati 2015 (Int J Dermatol)",
         "6 sessions 2 weeks apart, photoaged, Fitzpatrick III-IV (model: roller 1.5 mm, "
         "15 passes, 50 y, type IV; 1 month after)",
         "collagen I, III, VII, new collagen and tropoelastin up; total elastin down",
         f("collagen I ×%.2f, III ×%.2f; ", r.collagen_I, r.collagen_III) +
             f("elastin ×%.2f, new fibres +%.0f %%", r.elastin, 100 * r.elastin_new)});
  }
  {
    const Course c = simulate(lotfi(), p);
    const DailyRow& r = row_after_last(c, 56);
    rows.push_back(
        {"Lotfi 2013 (§8.7)",
         "5 monthly 1.5 mm roller sessions (model: 15 passes, cheek, 40 y), 8 weeks after",
         "papillary collagen +53 %; epidermis +50 %",
         f("collagen (upper dermis) +%.0f %%; viable epidermis +%.0f %%",
           100 * (r.total_collagen - 1),
           100 * ((r.epidermis_um - c.skin().stratum_corneum_um) / c.skin().viable_epidermis_um -
                  1))});
  }
  {
    Scenario s;
    s.device = Device::roller;
    s.passes = default_passes(Device::roller);
    s.sessions = 3;
    s.condition = Condition::atrophic_acne_scars;
    const Course c = simulate(s, p);
    const DailyRow& r = row_after_last(c, 90);
    rows.push_back({"Schwarz & Laaff 2011 (PRS 127:146e)",
                    "Dermaroller MF8 1.5 mm, scars and striae, sessions not visible (model: 3 "
                    "monthly, 15 passes, cheek)",
                    "more elastic fibres; skin thicker (numbers not visible)",
                    f("new elastic fibres +%.0f %% (total ×%.2f); dermis %+.0f µm",
                      100 * r.elastin_new, r.elastin, r.dermis_um - c.skin().dermis_um())});
  }
  auto striae = [&](Region reg, int sessions, Device d, double mm) {
    Scenario s;
    s.region = reg;
    s.condition = Condition::stretch_marks;
    s.sessions = sessions;
    s.device = d;
    s.passes = default_passes(d);
    s.needle_depth_mm = mm;
    return simulate(s, p);
  };
  {
    const Course c = striae(Region::thigh, 2, Device::pen, 1.5);
    const DailyRow& r = row_after_last(c, 90);
    rows.push_back({"Alster & Li 2020 (Dermatol Surg 46:459)",
                    "striae, 1-3 monthly sessions, mean 1.8 (model: 2 pen sessions 1.5 mm, thigh)",
                    "all striae ≥ 50 % better (clinical grading)",
                    f("collagen +%.0f %% at 3 months; elastin ×%.2f (clinical grade not modelled)",
                      100 * (r.total_collagen - 1), r.elastin)});
  }
  {
    const Course c = striae(Region::abdomen, 3, Device::roller, 1.5);
    rows.push_back({"Park 2012 (Dermatol Surg)",
                    "striae, disk microneedle, 3 sessions 4 weeks apart (model: roller 1.5 mm, "
                    "abdomen)",
                    "43.8 % marked-excellent; mild pain, erythema, spotty bleeding",
                    f("bleeding: %.0f %% of channels", 100 * c.needling().bleeding_share)});
  }
  {
    const Course c = striae(Region::abdomen, 3, Device::pen, 1.5);
    const DailyRow& r = row_after_last(c, 30);
    rows.push_back({"Nassar 2016 (J Cosmet Laser Ther)",
                    "striae, 3 sessions 4 weeks apart (model: pen 1.5 mm, abdomen, 1 month after)",
                    "more collagen, fibroblasts and epidermal thickness",
                    f("collagen +%.0f %%; epidermis +%.0f µm", 100 * (r.total_collagen - 1),
                      r.epidermis_um - c.skin().epidermis_um())});
  }
  {
    const Course c = striae(Region::abdomen, 5, Device::pen, 1.5);
    const auto& d = c.daily();
    const std::size_t after3 = static_cast<std::size_t>(c.session_days()[2]) + 27;
    const DailyRow& r5 = row_after_last(c, 30);
    rows.push_back({"NAFL vs MN 2018 (Am J Clin Dermatol)",
                    "striae alba, 5 monthly sessions (model: pen 1.5 mm, abdomen)",
                    "collagen and elastic fibres up after sessions 3 and 5",
                    f("collagen +%.0f %% after 3, +%.0f %% after 5; new elastic fibres +%.0f %%",
                      100 * (d[after3].total_collagen - 1), 100 * (r5.total_collagen - 1),
                      100 * r5.elastin_new)});
  }
  {
    Scenario s;
    s.region = Region::forehead;
    s.device = Device::roller;
    s.passes = default_passes(Device::roller);
    s.needle_depth_mm = 0.5;
    const Course c = simulate(s, p);
    const DailyRow& r = row_after_last(c, 90);
    rows.push_back({"Silver & Kelkar 2020 (vibrational OCT)",
                    "roller on the forehead (model: 0.5 mm, 4 monthly sessions)",
                    "new collagen stiffer than normal collagen",
                    f("collagen +%.0f %% (type I share of new collagen rises with remodelling; "
                      "stiffness not modelled)",
                      100 * (r.total_collagen - 1))});
  }
  {
    Scenario base, prp;
    base.condition = prp.condition = Condition::atrophic_acne_scars;
    base.sessions = prp.sessions = 3;
    prp.topical = Topical::prp;
    const double g0 = gain3m(base, p), g1 = gain3m(prp, p);
    rows.push_back({"Kang & Lu 2022 (Front Med 8:788754), meta-analysis",
                    "acne scars, microneedling ± PRP; 4 RCTs + 10 split-face studies, 472 patients "
                    "(model: pen 1.5 mm, 3 monthly, cheek, ± PRP)",
                    "PRP: OR 2.97 (1.96-4.51) for > 50 % improvement; mean GQS -0.32",
                    f("collagen gain at 3 months +%.0f %% with PRP vs +%.0f %% without (×%.2f; "
                      "mapping from odds ratio assumed)",
                      100 * g1, 100 * g0, g1 / g0)});
  }
  return rows;
}

}  // namespace dv::sim
