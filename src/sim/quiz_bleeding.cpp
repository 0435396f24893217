// Quiz topic "bleeding and safety": bleeding level and share, depth against the fat, products
// and conditions the model warns about, injured area, intervals and scarring.
#include <algorithm>
#include <cmath>

#include "sim/quiz_internal.h"
#include "sim/warnings.h"

namespace dv::sim::quiz {
namespace {

constexpr QuizTopic kTopic = QuizTopic::bleeding;

ShowWhy bleeding_view(const Scenario& s) {
  ShowWhy w;
  w.scenario = s;
  w.day = 0.006;  // during the needling: the blood at the channel mouths
  w.hide = {"hair_follicle", "sebaceous_gland", "sweat_gland"};
  w.curve = OutcomeColumn::bleeding;
  return w;
}

std::vector<std::pair<std::string, std::string>> bleed_args(const Scenario& s) {
  const SkinLayers k = skin_layers(s.region, s.sex, s.age_years);
  const Needling n = compute_needling(s, k);
  return with(protocol_args(s), {{"share_pct", fmt(100.0 * n.bleeding_share, "%.0f")},
                                 {"reach_um", fmt(n.effective_depth_um, "%.0f")},
                                 {"loop_um", fmt(k.capillary_loop_apex_um, "%.0f")},
                                 {"plexus_um", fmt(k.superficial_plexus_um, "%.0f")}});
}

QuizQuestion bleeding_level(std::uint64_t seed) {
  QuizQuestion q = start("bleeding.level", kTopic, seed);
  Rng r{seed};
  const Scenario s = random_scenario(r, kFaceRegions, 1, 0.0);
  const Needling n = compute_needling(s, skin_layers(s.region, s.sex, s.age_years));
  q.question = {"quiz.q.bleeding_level", protocol_args(s)};
  for (const char* id : {"none", "spotty", "pinpoint", "uniform"})
    q.choices.push_back({std::string("quiz.choice.bleeding.") + id, {}});
  q.answer = static_cast<int>(n.bleeding_level);
  q.explanation = {"quiz.why.bleeding_level", bleed_args(s)};
  q.scenarios = {s};
  q.show = bleeding_view(s);
  return q;
}

QuizQuestion bleeding_share(std::uint64_t seed) {
  QuizQuestion q = start("bleeding.share", kTopic, seed);
  Rng r{seed};
  const Scenario s = random_scenario(r, kFaceRegions, 1, 0.0);
  const Needling n = compute_needling(s, skin_layers(s.region, s.sex, s.age_years));
  q.question = {"quiz.q.bleeding_share", protocol_args(s)};
  q.kind = AnswerKind::numeric;
  q.value = 100.0 * n.bleeding_share;
  q.accept_low = q.value - 10.0;
  q.accept_high = q.value + 10.0;
  q.unit = "percent";
  q.explanation = {"quiz.why.bleeding_level", bleed_args(s)};
  q.scenarios = {s};
  q.show = bleeding_view(s);
  return q;
}

QuizQuestion bleeding_compare(std::uint64_t seed) {
  QuizQuestion q = start("bleeding.compare", kTopic, seed);
  Rng r{seed};
  Scenario a = random_scenario(r, kFaceRegions, 1, 0.0);
  Scenario b = a;
  while (b.needle_depth_mm == a.needle_depth_mm)
    b.needle_depth_mm = r.pick(std::span<const double>(kDepths));
  const SkinLayers k = skin_layers(a.region, a.sex, a.age_years);
  const double sa = compute_needling(a, k).bleeding_share;
  const double sb = compute_needling(b, k).bleeding_share;
  q.choices = ab_same_choices();
  q.answer = std::abs(sa - sb) < 0.05 ? 2 : (sa > sb ? 0 : 1);
  q.question = {"quiz.q.bleeding_compare",
                with(protocol_args(a),
                     {{"depth_a", fmt(a.needle_depth_mm)}, {"depth_b", fmt(b.needle_depth_mm)}})};
  q.explanation = {"quiz.why.bleeding_compare",
                   with(protocol_args(a), {{"depth_a", fmt(a.needle_depth_mm)},
                                           {"depth_b", fmt(b.needle_depth_mm)},
                                           {"share_a", fmt(100.0 * sa, "%.0f")},
                                           {"share_b", fmt(100.0 * sb, "%.0f")}})};
  q.scenarios = {a, b};
  q.show = bleeding_view(sa >= sb ? a : b);
  return q;
}

QuizQuestion depth_safety(std::uint64_t seed) {
  QuizQuestion q = start("bleeding.depth_safety", kTopic, seed);
  Rng r{seed};
  Scenario s = random_scenario(r, kFaceRegions, 1, 0.0);
  constexpr std::array kDeep = {1.0, 1.5, 2.0, 2.5, 3.0};
  s.needle_depth_mm = r.pick(std::span<const double>(kDeep));
  if (r.uniform() < 0.7) {
    s.device = Device::pen;  // the device that goes deepest: more interesting answers
    s.passes = default_passes(s.device);
  }
  const SkinLayers k = skin_layers(s.region, s.sex, s.age_years);
  const Needling n = compute_needling(s, k);
  q.answer = 0;
  for (const Warning& w : scenario_warnings(s, k, n, central_params())) {
    if (w.id == "depth.may_reach_fat") q.answer = std::max(q.answer, 1);
    if (w.id == "depth.into_fat") q.answer = std::max(q.answer, 2);
    if (w.id == "depth.beneath") q.answer = std::max(q.answer, 3);
  }
  q.question = {"quiz.q.depth_safety", protocol_args(s)};
  for (const char* id : {"safe", "may_reach_fat", "into_fat", "beneath"})
    q.choices.push_back({std::string("quiz.choice.depth_safety.") + id, {}});
  q.explanation = {"quiz.why.depth_safety",
                   with(protocol_args(s), {{"reach_mm", fmt(n.effective_depth_um / 1000.0)},
                                           {"high_mm", fmt(n.depth_high_um / 1000.0)},
                                           {"skin_mm", fmt(k.dermis_bottom_um() / 1000.0)},
                                           {"skin_low_mm", fmt(k.total_low_um / 1000.0)},
                                           {"fat_mm", fmt(k.subcutis_um / 1000.0, "%.1f")}})};
  q.scenarios = {s};
  q.show = bleeding_view(s);
  q.show.day = 0.02;
  q.show.curve = OutcomeColumn::channel_depth_um;
  return q;
}

QuizQuestion topical(std::uint64_t seed) {
  QuizQuestion q = start("bleeding.topical", kTopic, seed);
  Rng r{seed};
  const Scenario s = random_scenario(r, kFaceRegions, 1, 0.0);
  const SkinLayers k = skin_layers(s.region, s.sex, s.age_years);
  const Needling n = compute_needling(s, k);
  constexpr std::array kOffered = {Topical::hyaluronic_serum, Topical::vitamin_c, Topical::prp};
  q.answer = 3;  // none of these
  for (std::size_t i = 0; i < kOffered.size(); ++i) {
    Scenario t = s;
    t.topical = kOffered[i];
    q.choices.push_back({"choice.topical." + std::string(key(kOffered[i])), {}});
    for (const Warning& w : scenario_warnings(t, k, n, central_params()))
      if (w.field == "topical") q.answer = static_cast<int>(i);
    q.scenarios.push_back(t);
  }
  q.choices.push_back({"quiz.choice.none_of_these", {}});
  q.question = {"quiz.q.topical", protocol_args(s)};
  q.explanation = {q.answer == 3 ? "quiz.why.topical_none" : "quiz.why.topical_vitamin_c",
                   with(protocol_args(s), {{"reach_um", fmt(n.effective_depth_um, "%.0f")},
                                           {"epi_um", fmt(k.junction_depth_um(), "%.0f")}})};
  q.show = bleeding_view(q.scenarios[1]);
  return q;
}

QuizQuestion contraindication(std::uint64_t seed) {
  QuizQuestion q = start("bleeding.contraindication", kTopic, seed);
  Rng r{seed};
  const Scenario s = random_scenario(r, kFaceRegions, 1, 0.0);
  constexpr std::array kBad = {Condition::active_acne, Condition::rosacea, Condition::eczema};
  constexpr std::array kOk = {Condition::fine_lines, Condition::wrinkles,
                              Condition::atrophic_acne_scars, Condition::enlarged_pores,
                              Condition::stretch_marks};
  std::vector<Condition> offered = {r.pick(std::span<const Condition>(kBad))};
  while (offered.size() < 4) {
    const Condition c = r.pick(std::span<const Condition>(kOk));
    if (std::find(offered.begin(), offered.end(), c) == offered.end()) offered.push_back(c);
  }
  std::swap(offered[0], offered[static_cast<std::size_t>(r.integer(0, 3))]);
  const SkinLayers k = skin_layers(s.region, s.sex, s.age_years);
  const Needling n = compute_needling(s, k);
  std::string bad;
  for (std::size_t i = 0; i < offered.size(); ++i) {
    Scenario t = s;
    t.condition = offered[i];
    q.choices.push_back({"choice.condition." + std::string(key(offered[i])), {}});
    for (const Warning& w : scenario_warnings(t, k, n, central_params())) {
      if (w.field == "condition" && w.severity == Severity::unsafe) {
        q.answer = static_cast<int>(i);
        bad = std::string(key(offered[i]));
      }
    }
    q.scenarios.push_back(t);
  }
  q.question = {"quiz.q.contraindication", protocol_args(s)};
  q.explanation = {"quiz.why.contraindication", with(protocol_args(s), {{"quiz_condition", bad}})};
  q.show = bleeding_view(q.scenarios[static_cast<std::size_t>(q.answer)]);
  q.show.day = 1.5;  // the flare: inflammation near its peak
  q.show.curve = OutcomeColumn::inflammation;
  return q;
}

QuizQuestion injured_share(std::uint64_t seed) {
  QuizQuestion q = start("bleeding.injured_share", kTopic, seed);
  Rng r{seed};
  Scenario s = random_scenario(r, kFaceRegions, 1, 0.0);
  const auto [lo, hi] = usual_passes(s.device);
  s.passes = r.integer(lo, hi);
  const Needling n = compute_needling(s, skin_layers(s.region, s.sex, s.age_years));
  q.question = {"quiz.q.injured_share", protocol_args(s)};
  q.kind = AnswerKind::numeric;
  q.value = 100.0 * n.injured_fraction;
  const double tol = std::max(3.0, 0.3 * q.value);
  q.accept_low = std::max(0.0, q.value - tol);
  q.accept_high = q.value + tol;
  q.unit = "percent";
  q.explanation = {"quiz.why.injured_share",
                   with(protocol_args(s), {{"pct", fmt(q.value, "%.0f")},
                                           {"channels", fmt(n.channels_per_cm2, "%.0f")}})};
  q.scenarios = {s};
  q.show = bleeding_view(s);
  q.show.day = 0.5;
  q.show.curve = OutcomeColumn::inflammation;
  return q;
}

QuizQuestion interval_scarring(std::uint64_t seed) {
  QuizQuestion q = start("bleeding.interval_scarring", kTopic, seed);
  Rng r{seed};
  Scenario a = random_scenario(r, kFaceRegions, 4, 4.0);
  a.device = Device::pen;
  a.passes = default_passes(a.device);
  constexpr std::array kMid = {1.0, 1.5, 2.0};
  a.needle_depth_mm = r.pick(std::span<const double>(kMid));
  Scenario b = a;
  a.interval_weeks = r.uniform() < 0.5 ? 1.0 : 2.0;
  b.interval_weeks = 4.0;
  if (r.uniform() < 0.5) std::swap(a, b);
  const double ra = run(a).daily().back().scarring_risk;
  const double rb = run(b).daily().back().scarring_risk;
  q.choices = ab_same_choices();
  q.answer = std::abs(ra - rb) < 0.05 * std::max(ra, rb) ? 2 : (ra > rb ? 0 : 1);
  q.question = {"quiz.q.interval_scarring",
                with(protocol_args(a), {{"days_a", fmt(7.0 * a.interval_weeks, "%.0f")},
                                        {"days_b", fmt(7.0 * b.interval_weeks, "%.0f")}})};
  q.explanation = {"quiz.why.interval_scarring",
                   with(protocol_args(a), {{"interval_a", fmt(a.interval_weeks, "%.0f")},
                                           {"interval_b", fmt(b.interval_weeks, "%.0f")},
                                           {"risk_a", fmt(100.0 * ra, "%.1f")},
                                           {"risk_b", fmt(100.0 * rb, "%.1f")}})};
  q.scenarios = {a, b};
  const Scenario& shorter = a.interval_weeks < b.interval_weeks ? a : b;
  q.show.scenario = shorter;
  q.show.day = shorter.interval_weeks * 7.0 + 0.02;  // the second session
  q.show.play_to_day = shorter.interval_weeks * 7.0 + 3.0;
  q.show.curve = OutcomeColumn::scarring_risk;
  q.show.hide = {"hair_follicle", "sebaceous_gland", "sweat_gland"};
  return q;
}

}  // namespace

std::vector<QuizTemplate> bleeding_templates() {
  return {{"bleeding.level", kTopic, bleeding_level},
          {"bleeding.share", kTopic, bleeding_share},
          {"bleeding.compare", kTopic, bleeding_compare},
          {"bleeding.depth_safety", kTopic, depth_safety},
          {"bleeding.topical", kTopic, topical},
          {"bleeding.contraindication", kTopic, contraindication},
          {"bleeding.injured_share", kTopic, injured_share},
          {"bleeding.interval_scarring", kTopic, interval_scarring}};
}

}  // namespace dv::sim::quiz
