// Quiz topic "patients": PIH risk by skin type, who the model warns about, age and collagen,
// age and closure, skin type and collagen, inflamed skin, sex and skin thickness.
#include <algorithm>
#include <cmath>

#include "sim/quiz_internal.h"

namespace dv::sim::quiz {
namespace {

constexpr QuizTopic kTopic = QuizTopic::patients;

Scenario series(Rng& r) {
  Scenario s = random_scenario(r, kFaceRegions, 3, 13.0);
  constexpr std::array kUsual = {0.75, 1.0, 1.25, 1.5};
  s.needle_depth_mm = r.pick(std::span<const double>(kUsual));
  return s;
}

double at_three_months(const Course& c) {
  return c.daily()[static_cast<std::size_t>(three_months_after(c))].total_collagen;
}

int ab_answer(double a, double b, double rel) {
  if (std::abs(a - b) < rel * std::max(std::abs(a), std::abs(b))) return 2;
  return a > b ? 0 : 1;
}

ShowWhy inflammation_view(const Scenario& s) {
  ShowWhy w;
  w.scenario = s;
  w.day = 0.0;
  w.play_to_day = 1.5;
  w.curve = OutcomeColumn::inflammation;
  w.hide = {"hair_follicle", "sebaceous_gland", "sweat_gland"};
  return w;
}

QuizQuestion pih_type(std::uint64_t seed) {
  QuizQuestion q = start("patients.pih_type", kTopic, seed);
  Rng r{seed};
  const Scenario s = series(r);
  std::vector<int> types;
  while (types.size() < 3) {
    const int t = r.integer(1, 6);
    if (std::find(types.begin(), types.end(), t) == types.end()) types.push_back(t);
  }
  std::vector<double> risk;
  for (int t : types) {
    Scenario p = s;
    p.fitzpatrick = t;
    risk.push_back(run(p).daily().back().pih_risk);
    q.scenarios.push_back(p);
    q.choices.push_back({"quiz.choice.fitzpatrick", {{"type", std::to_string(t)}}});
  }
  q.answer = static_cast<int>(std::max_element(risk.begin(), risk.end()) - risk.begin());
  q.question = {"quiz.q.pih_type", protocol_args(s)};
  std::vector<std::pair<std::string, std::string>> why = protocol_args(s);
  for (std::size_t i = 0; i < 3; ++i) {
    why.push_back({"type" + std::to_string(i), std::to_string(types[i])});
    why.push_back({"risk" + std::to_string(i), fmt(100.0 * risk[i], "%.1f")});
  }
  q.explanation = {"quiz.why.pih_type", why};
  q.show = inflammation_view(q.scenarios[static_cast<std::size_t>(q.answer)]);
  q.show.curve = OutcomeColumn::pih_risk;
  return q;
}

// Severity rank of the strongest warning about the patient (not the depth or the interval).
int patient_severity(const Course& c) {
  int worst = -1;
  for (const Warning& w : c.warnings()) {
    if (w.field == "needle_depth_mm" || w.field == "interval_weeks" || w.field == "sessions")
      continue;
    worst = std::max(worst, static_cast<int>(w.severity));
  }
  return worst;
}

QuizQuestion needs_care(std::uint64_t seed) {
  QuizQuestion q = start("patients.needs_care", kTopic, seed);
  Rng r{seed};
  Scenario base = series(r);
  base.sessions = 1;
  base.follow_up_weeks = 0.0;
  base.needle_depth_mm = 1.0;
  base.device = Device::pen;
  base.passes = default_passes(base.device);
  constexpr std::array kOk = {Condition::fine_lines, Condition::wrinkles,
                              Condition::atrophic_acne_scars, Condition::enlarged_pores};
  std::vector<Scenario> people;
  for (int i = 0; i < 4; ++i) {
    Scenario p = base;
    p.age_years = static_cast<double>(r.integer(25, 60));
    p.fitzpatrick = r.integer(1, 3);
    p.sex = r.uniform() < 0.5 ? Sex::female : Sex::male;
    p.condition = r.pick(std::span<const Condition>(kOk));
    people.push_back(p);
  }
  // One of them with something the model warns about at caution or above.
  Scenario& special = people[static_cast<std::size_t>(r.integer(0, 3))];
  switch (r.integer(0, 4)) {
    case 0: special.condition = Condition::active_acne; break;
    case 1: special.condition = Condition::rosacea; break;
    case 2: special.condition = Condition::eczema; break;
    case 3: special.fitzpatrick = r.integer(5, 6); break;
    default: special.topical = Topical::vitamin_c; break;
  }
  int worst = -2;
  for (std::size_t i = 0; i < people.size(); ++i) {
    const int sev = patient_severity(run(people[i]));
    if (sev > worst) {
      worst = sev;
      q.answer = static_cast<int>(i);
    }
    const Scenario& p = people[i];
    q.choices.push_back(
        {p.topical == Topical::vitamin_c ? "quiz.choice.patient_topical" : "quiz.choice.patient",
         with(protocol_args(p), {{"quiz_condition", std::string(key(p.condition))},
                                 {"quiz_topical", std::string(key(p.topical))}})});
  }
  q.scenarios = people;
  const Scenario& right = people[static_cast<std::size_t>(q.answer)];
  std::string reason = "condition";
  if (right.topical == Topical::vitamin_c) reason = "vitamin_c";
  if (right.fitzpatrick >= 5) reason = "skin_type";
  q.question = {"quiz.q.needs_care", protocol_args(base)};
  q.explanation = {
      "quiz.why.needs_care." + reason,
      with(protocol_args(right), {{"quiz_condition", std::string(key(right.condition))}})};
  q.show = inflammation_view(right);
  return q;
}

QuizQuestion age_collagen(std::uint64_t seed) {
  QuizQuestion q = start("patients.age_collagen", kTopic, seed);
  Rng r{seed};
  Scenario a = series(r);
  Scenario b = a;
  a.age_years = r.integer(20, 35);
  b.age_years = r.integer(65, 85);
  if (r.uniform() < 0.5) std::swap(a.age_years, b.age_years);
  const double ga = at_three_months(run(a)) - 1.0, gb = at_three_months(run(b)) - 1.0;
  q.question = {"quiz.q.age_collagen",
                with(protocol_args(a),
                     {{"age_a", fmt(a.age_years, "%.0f")}, {"age_b", fmt(b.age_years, "%.0f")}})};
  q.choices = ab_same_choices();
  q.answer = ab_answer(ga, gb, 0.05);
  q.explanation = {"quiz.why.age_collagen",
                   with(protocol_args(a), {{"age_a", fmt(a.age_years, "%.0f")},
                                           {"age_b", fmt(b.age_years, "%.0f")},
                                           {"gain_a", fmt(100.0 * ga, "%+.0f")},
                                           {"gain_b", fmt(100.0 * gb, "%+.0f")}})};
  q.scenarios = {a, b};
  q.show.scenario = ga >= gb ? a : b;
  q.show.day = three_months_after(run(q.show.scenario));
  q.show.stain = "trichrome";
  q.show.curve = OutcomeColumn::total_collagen;
  return q;
}

QuizQuestion age_closure(std::uint64_t seed) {
  QuizQuestion q = start("patients.age_closure", kTopic, seed);
  Rng r{seed};
  Scenario a = random_scenario(r, kFaceRegions, 1, 0.0);
  Scenario b = a;
  a.age_years = r.integer(20, 50);
  b.age_years = r.integer(66, 85);
  if (r.uniform() < 0.5) std::swap(a.age_years, b.age_years);
  const Needling na = compute_needling(a, skin_layers(a.region, a.sex, a.age_years));
  const Needling nb = compute_needling(b, skin_layers(b.region, b.sex, b.age_years));
  q.question = {"quiz.q.age_closure",
                with(protocol_args(a),
                     {{"age_a", fmt(a.age_years, "%.0f")}, {"age_b", fmt(b.age_years, "%.0f")}})};
  q.choices = ab_same_choices();
  q.answer = ab_answer(na.closure_half_time_h, nb.closure_half_time_h, 0.05);
  q.explanation = {"quiz.why.age_closure",
                   with(protocol_args(a), {{"age_a", fmt(a.age_years, "%.0f")},
                                           {"age_b", fmt(b.age_years, "%.0f")},
                                           {"hours_a", fmt(na.closure_half_time_h, "%.0f")},
                                           {"hours_b", fmt(nb.closure_half_time_h, "%.0f")}})};
  q.scenarios = {a, b};
  q.show.scenario = na.closure_half_time_h >= nb.closure_half_time_h ? a : b;
  q.show.day = 0.0;
  q.show.play_to_day = 1.0;
  q.show.curve = OutcomeColumn::open_channels;
  return q;
}

QuizQuestion type_collagen(std::uint64_t seed) {
  QuizQuestion q = start("patients.type_collagen", kTopic, seed);
  Rng r{seed};
  Scenario a = series(r);
  Scenario b = a;
  a.fitzpatrick = r.integer(1, 2);
  b.fitzpatrick = r.integer(5, 6);
  if (r.uniform() < 0.5) std::swap(a.fitzpatrick, b.fitzpatrick);
  const Course ca = run(a), cb = run(b);
  const double ga = at_three_months(ca) - 1.0, gb = at_three_months(cb) - 1.0;
  q.question = {"quiz.q.type_collagen",
                with(protocol_args(a), {{"type_a", std::to_string(a.fitzpatrick)},
                                        {"type_b", std::to_string(b.fitzpatrick)}})};
  q.choices = ab_same_choices();
  q.answer = ab_answer(ga, gb, 0.05);
  q.explanation = {
      "quiz.why.type_collagen",
      with(protocol_args(a), {{"type_a", std::to_string(a.fitzpatrick)},
                              {"type_b", std::to_string(b.fitzpatrick)},
                              {"gain_a", fmt(100.0 * ga, "%+.0f")},
                              {"gain_b", fmt(100.0 * gb, "%+.0f")},
                              {"risk_a", fmt(100.0 * ca.daily().back().pih_risk, "%.1f")},
                              {"risk_b", fmt(100.0 * cb.daily().back().pih_risk, "%.1f")}})};
  q.scenarios = {a, b};
  q.show.scenario = a.fitzpatrick > b.fitzpatrick ? a : b;
  q.show.day = three_months_after(ca);
  q.show.curve = OutcomeColumn::pih_risk;
  return q;
}

QuizQuestion inflamed_skin(std::uint64_t seed) {
  QuizQuestion q = start("patients.inflamed_skin", kTopic, seed);
  Rng r{seed};
  Scenario calm = series(r);
  calm.fitzpatrick = r.integer(2, 5);
  Scenario flare = calm;
  constexpr std::array kFlare = {Condition::active_acne, Condition::rosacea, Condition::eczema};
  flare.condition = r.pick(std::span<const Condition>(kFlare));
  const Course cc = run(calm), cf = run(flare);
  const double gc = at_three_months(cc) - 1.0, gf = at_three_months(cf) - 1.0;
  const double rc = cc.daily().back().pih_risk, rf = cf.daily().back().pih_risk;
  const bool more_collagen = gf > gc + 0.02 * std::abs(gc);
  const bool more_risk = rf > rc * 1.05;
  q.choices = {{"quiz.choice.flare.more_more", {}},
               {"quiz.choice.flare.more_same", {}},
               {"quiz.choice.flare.same_more", {}},
               {"quiz.choice.flare.same_same", {}}};
  q.answer = more_collagen ? (more_risk ? 0 : 1) : (more_risk ? 2 : 3);
  q.question = {"quiz.q.inflamed_skin",
                with(protocol_args(calm), {{"quiz_condition", std::string(key(flare.condition))}})};
  q.explanation = {"quiz.why.inflamed_skin",
                   with(protocol_args(calm), {{"quiz_condition", std::string(key(flare.condition))},
                                              {"gain_calm", fmt(100.0 * gc, "%+.0f")},
                                              {"gain_flare", fmt(100.0 * gf, "%+.0f")},
                                              {"risk_calm", fmt(100.0 * rc, "%.1f")},
                                              {"risk_flare", fmt(100.0 * rf, "%.1f")}})};
  q.scenarios = {calm, flare};
  q.show = inflammation_view(flare);
  return q;
}

QuizQuestion sex_thickness(std::uint64_t seed) {
  QuizQuestion q = start("patients.sex_thickness", kTopic, seed);
  Rng r{seed};
  Scenario w = usual_setting(random_scenario(r, kAllRegions, 1, 0.0));
  w.sex = Sex::female;
  Scenario m = w;
  m.sex = Sex::male;
  const SkinLayers kw = skin_layers(w.region, w.sex, w.age_years);
  const SkinLayers km = skin_layers(m.region, m.sex, m.age_years);
  const double tw = kw.epidermis_um() + kw.dermis_um(), tm = km.epidermis_um() + km.dermis_um();
  q.question = {"quiz.q.sex_thickness", protocol_args(w)};
  q.choices = {{"quiz.choice.woman", {}}, {"quiz.choice.man", {}}, {"quiz.choice.same", {}}};
  q.answer = ab_answer(tw, tm, 0.05);
  q.explanation = {"quiz.why.sex_thickness",
                   with(protocol_args(w), {{"woman_mm", fmt(tw / 1000.0)},
                                           {"man_mm", fmt(tm / 1000.0)},
                                           {"pct", fmt(100.0 * (tm / tw - 1.0), "%.0f")}})};
  q.scenarios = {w, m};
  q.show.scenario = m;
  q.show.day = 0.02;
  q.show.curve = OutcomeColumn::dermis_um;
  return q;
}

QuizQuestion age_dermis(std::uint64_t seed) {
  QuizQuestion q = start("patients.age_dermis", kTopic, seed);
  Rng r{seed};
  Scenario a = usual_setting(random_scenario(r, kAllRegions, 1, 0.0));
  Scenario b = a;
  a.age_years = r.integer(20, 35);
  b.age_years = r.integer(60, 85);
  if (r.uniform() < 0.5) std::swap(a.age_years, b.age_years);
  const double da = skin_layers(a.region, a.sex, a.age_years).dermis_um();
  const double db = skin_layers(b.region, b.sex, b.age_years).dermis_um();
  q.question = {"quiz.q.age_dermis", with(protocol_args(a), {{"age_a", fmt(a.age_years, "%.0f")},
                                                             {"age_b", fmt(b.age_years, "%.0f")}})};
  q.choices = ab_same_choices();
  q.answer = ab_answer(da, db, 0.05);
  q.explanation = {"quiz.why.age_dermis",
                   with(protocol_args(a), {{"age_a", fmt(a.age_years, "%.0f")},
                                           {"age_b", fmt(b.age_years, "%.0f")},
                                           {"mm_a", fmt(da / 1000.0)},
                                           {"mm_b", fmt(db / 1000.0)}})};
  q.scenarios = {a, b};
  q.show.scenario = da >= db ? a : b;
  q.show.day = 0.02;
  q.show.curve = OutcomeColumn::dermis_um;
  return q;
}

}  // namespace

std::vector<QuizTemplate> patient_templates() {
  return {{"patients.pih_type", kTopic, pih_type},
          {"patients.needs_care", kTopic, needs_care},
          {"patients.age_collagen", kTopic, age_collagen},
          {"patients.age_closure", kTopic, age_closure},
          {"patients.type_collagen", kTopic, type_collagen},
          {"patients.inflamed_skin", kTopic, inflamed_skin},
          {"patients.sex_thickness", kTopic, sex_thickness},
          {"patients.age_dermis", kTopic, age_dermis}};
}

}  // namespace dv::sim::quiz
