// Quiz topic "protocol": which of two protocols gives more collagen at 3 months, which interval
// is too short at depth, what a series adds over one session, PIH risk and downtime by depth.
#include <algorithm>
#include <cmath>

#include "sim/quiz_internal.h"

namespace dv::sim::quiz {
namespace {

constexpr QuizTopic kTopic = QuizTopic::protocol;

// A series on the face at a usual setting.
Scenario series(Rng& r) {
  Scenario s = random_scenario(r, kFaceRegions, 3, 13.0);
  constexpr std::array kUsual = {0.5, 0.75, 1.0, 1.25, 1.5};
  s.needle_depth_mm = r.pick(std::span<const double>(kUsual));
  return s;
}

double at_three_months(const Course& c) {
  return c.daily()[static_cast<std::size_t>(three_months_after(c))].total_collagen;
}

// The A/B/"about the same" answer: same when the gains differ by less than `rel` of the larger.
int ab_answer(double a, double b, double rel) {
  if (std::abs(a - b) < rel * std::max(std::abs(a), std::abs(b))) return 2;
  return a > b ? 0 : 1;
}

ShowWhy collagen_view(const Scenario& s) {
  ShowWhy w;
  w.scenario = s;
  const Course c = run(s);
  w.day = three_months_after(c);
  w.stain = "trichrome";
  w.curve = OutcomeColumn::total_collagen;
  w.hide = {"hair_follicle", "sebaceous_gland", "sweat_gland"};
  return w;
}

QuizQuestion more_collagen(std::uint64_t seed) {
  QuizQuestion q = start("protocol.more_collagen", kTopic, seed);
  Rng r{seed};
  Scenario a = series(r);
  Scenario b = a;
  const int what = r.integer(0, 3);
  std::string changed;
  while (b == a) {
    switch (what) {
      case 0:
        b.needle_depth_mm = r.pick(std::span<const double>(kDepths));
        changed = "needle_depth_mm";
        break;
      case 1: {
        const auto [lo, hi] = usual_passes(a.device);
        b.passes =
            r.integer(std::max(Limits::passes_min, lo - 1), std::min(Limits::passes_max, hi + 2));
        changed = "passes";
        break;
      }
      case 2:
        b.sessions = r.integer(1, 6);
        changed = "sessions";
        break;
      default:
        b.interval_weeks = static_cast<double>(r.integer(2, 8));
        changed = "interval_weeks";
        break;
    }
  }
  const double ga = at_three_months(run(a)), gb = at_three_months(run(b));
  q.question = {"quiz.q.more_collagen." + changed,
                with(protocol_args(a), {{"depth_b", fmt(b.needle_depth_mm)},
                                        {"passes_b", std::to_string(b.passes)},
                                        {"sessions_b", std::to_string(b.sessions)},
                                        {"interval_b", fmt(b.interval_weeks, "%.0f")}})};
  q.choices = ab_same_choices();
  q.answer = ab_answer(ga - 1.0, gb - 1.0, 0.05);
  q.explanation = {"quiz.why.more_collagen",
                   with(protocol_args(a), {{"gain_a", fmt(100.0 * (ga - 1.0), "%+.0f")},
                                           {"gain_b", fmt(100.0 * (gb - 1.0), "%+.0f")}})};
  q.scenarios = {a, b};
  q.show = collagen_view(gb > ga ? b : a);
  return q;
}

QuizQuestion shortest_interval(std::uint64_t seed) {
  QuizQuestion q = start("protocol.shortest_interval", kTopic, seed);
  Rng r{seed};
  Scenario s = random_scenario(r, kFaceRegions, 3, 2.0);
  s.device = Device::pen;
  s.passes = default_passes(s.device);
  constexpr std::array kDeep = {1.0, 1.5, 2.0, 2.5};
  s.needle_depth_mm = r.pick(std::span<const double>(kDeep));
  constexpr std::array kWeeks = {1.0, 2.0, 3.0, 4.0, 6.0};
  q.answer = -1;
  for (std::size_t i = 0; i < kWeeks.size(); ++i) {
    Scenario t = s;
    t.interval_weeks = kWeeks[i];
    const Course c = run(t);
    const bool warned = std::any_of(c.warnings().begin(), c.warnings().end(),
                                    [](const Warning& w) { return w.id == "interval.too_soon"; });
    q.choices.push_back({kWeeks[i] == 1.0 ? "quiz.choice.weeks_one" : "quiz.choice.weeks",
                         {{"weeks", fmt(kWeeks[i], "%.0f")}}});
    q.scenarios.push_back(t);
    if (!warned && q.answer < 0) q.answer = static_cast<int>(i);
  }
  if (q.answer < 0) q.answer = static_cast<int>(kWeeks.size()) - 1;
  const Scenario& right = q.scenarios[static_cast<std::size_t>(q.answer)];
  q.question = {"quiz.q.shortest_interval", protocol_args(s)};
  q.explanation = {"quiz.why.shortest_interval",
                   with(protocol_args(s), {{"weeks", fmt(right.interval_weeks, "%.0f")}})};
  // Show the shorter interval that is warned about, when there is one: the second session
  // lands while the fibroblasts of the first are still busy.
  const Scenario& shown = q.scenarios[static_cast<std::size_t>(std::max(q.answer - 1, 0))];
  q.show.scenario = shown;
  q.show.day = shown.interval_weeks * 7.0 - 0.5;
  q.show.play_to_day = shown.interval_weeks * 7.0 + 2.0;
  q.show.curve = OutcomeColumn::fibroblasts;
  q.show.hide = {"hair_follicle", "sebaceous_gland", "sweat_gland"};
  return q;
}

constexpr std::array kRatioEdges = {1.5, 2.5, 4.0};

QuizQuestion series_ratio(std::uint64_t seed) {
  QuizQuestion q = start("protocol.series_ratio", kTopic, seed);
  Rng r{seed};
  Scenario s = series(r);
  s.sessions = r.integer(3, 6);
  Scenario one = s;
  one.sessions = 1;
  const double gs = at_three_months(run(s)) - 1.0, g1 = at_three_months(run(one)) - 1.0;
  const double ratio = g1 > 1e-9 ? gs / g1 : 1.0;
  q.question = {"quiz.q.series_ratio", protocol_args(s)};
  for (const char* id : {"lt1_5", "1_5to2_5", "2_5to4", "gt4"})
    q.choices.push_back({std::string("quiz.choice.ratio.") + id, {}});
  q.answer = 0;
  for (double e : kRatioEdges) q.answer += ratio >= e ? 1 : 0;
  q.explanation = {"quiz.why.series_ratio",
                   with(protocol_args(s), {{"gain_1", fmt(100.0 * g1, "%+.0f")},
                                           {"gain_n", fmt(100.0 * gs, "%+.0f")},
                                           {"ratio", fmt(ratio, "%.1f")}})};
  q.scenarios = {s, one};
  q.show = collagen_view(s);
  return q;
}

QuizQuestion pih_depth(std::uint64_t seed) {
  QuizQuestion q = start("protocol.pih_depth", kTopic, seed);
  Rng r{seed};
  Scenario a = series(r);
  a.fitzpatrick = r.integer(4, 6);
  Scenario b = a;
  while (b.needle_depth_mm == a.needle_depth_mm)
    b.needle_depth_mm = r.pick(std::span<const double>(kDepths));
  const double ra = run(a).daily().back().pih_risk, rb = run(b).daily().back().pih_risk;
  q.question = {"quiz.q.pih_depth", with(protocol_args(a), {{"depth_a", fmt(a.needle_depth_mm)},
                                                            {"depth_b", fmt(b.needle_depth_mm)}})};
  q.choices = ab_same_choices();
  q.answer = ab_answer(ra, rb, 0.05);
  q.explanation = {"quiz.why.pih_depth",
                   with(protocol_args(a), {{"depth_a", fmt(a.needle_depth_mm)},
                                           {"depth_b", fmt(b.needle_depth_mm)},
                                           {"risk_a", fmt(100.0 * ra, "%.1f")},
                                           {"risk_b", fmt(100.0 * rb, "%.1f")}})};
  q.scenarios = {a, b};
  q.show.scenario = ra >= rb ? a : b;
  q.show.day = 0.0;
  q.show.play_to_day = 2.0;
  q.show.curve = OutcomeColumn::pih_risk;
  return q;
}

QuizQuestion gaps_longer(std::uint64_t seed) {
  QuizQuestion q = start("protocol.gaps_longer", kTopic, seed);
  Rng r{seed};
  Scenario a = random_scenario(r, kFaceRegions, 1, 0.0);
  Scenario b = a;
  while (b.needle_depth_mm == a.needle_depth_mm)
    b.needle_depth_mm = r.pick(std::span<const double>(kDepths));
  const SkinLayers k = skin_layers(a.region, a.sex, a.age_years);
  const Needling na = compute_needling(a, k), nb = compute_needling(b, k);
  q.question = {"quiz.q.gaps_longer",
                with(protocol_args(a),
                     {{"depth_a", fmt(a.needle_depth_mm)}, {"depth_b", fmt(b.needle_depth_mm)}})};
  q.choices = ab_same_choices();
  q.answer = ab_answer(na.closure_half_time_h, nb.closure_half_time_h, 0.05);
  q.explanation = {"quiz.why.gaps_longer",
                   with(protocol_args(a), {{"depth_a", fmt(a.needle_depth_mm)},
                                           {"depth_b", fmt(b.needle_depth_mm)},
                                           {"hours_a", fmt(na.closure_half_time_h, "%.0f")},
                                           {"hours_b", fmt(nb.closure_half_time_h, "%.0f")}})};
  q.scenarios = {a, b};
  q.show.scenario = na.closure_half_time_h >= nb.closure_half_time_h ? a : b;
  q.show.day = 0.0;
  q.show.play_to_day = 1.0;
  q.show.curve = OutcomeColumn::open_channels;
  return q;
}

QuizQuestion collagen_gain(std::uint64_t seed) {
  QuizQuestion q = start("protocol.collagen_gain", kTopic, seed);
  Rng r{seed};
  const Scenario s = series(r);
  const double g = 100.0 * (at_three_months(run(s)) - 1.0);
  q.question = {"quiz.q.collagen_gain", protocol_args(s)};
  q.kind = AnswerKind::numeric;
  q.value = g;
  const double tol = std::max(10.0, 0.3 * std::abs(g));
  q.accept_low = g - tol;
  q.accept_high = g + tol;
  q.unit = "percent";
  q.explanation = {"quiz.why.collagen_gain", with(protocol_args(s), {{"gain", fmt(g, "%+.0f")}})};
  q.scenarios = {s};
  q.show = collagen_view(s);
  return q;
}

QuizQuestion one_deep_or_series(std::uint64_t seed) {
  QuizQuestion q = start("protocol.one_deep_or_series", kTopic, seed);
  Rng r{seed};
  Scenario b = series(r);
  b.sessions = r.integer(3, 5);
  Scenario a = b;
  a.sessions = 1;
  constexpr std::array kDeeper = {1.5, 2.0, 2.5};
  a.needle_depth_mm = std::max(b.needle_depth_mm + 0.5, r.pick(std::span<const double>(kDeeper)));
  const double ga = at_three_months(run(a)) - 1.0, gb = at_three_months(run(b)) - 1.0;
  q.question = {"quiz.q.one_deep_or_series",
                with(protocol_args(b), {{"depth_a", fmt(a.needle_depth_mm)}})};
  q.choices = ab_same_choices();
  q.answer = ab_answer(ga, gb, 0.05);
  q.explanation = {"quiz.why.more_collagen",
                   with(protocol_args(b), {{"gain_a", fmt(100.0 * ga, "%+.0f")},
                                           {"gain_b", fmt(100.0 * gb, "%+.0f")}})};
  q.scenarios = {a, b};
  q.show = collagen_view(gb >= ga ? b : a);
  return q;
}

}  // namespace

std::vector<QuizTemplate> protocol_templates() {
  return {{"protocol.more_collagen", kTopic, more_collagen},
          {"protocol.shortest_interval", kTopic, shortest_interval},
          {"protocol.series_ratio", kTopic, series_ratio},
          {"protocol.pih_depth", kTopic, pih_depth},
          {"protocol.gaps_longer", kTopic, gaps_longer},
          {"protocol.collagen_gain", kTopic, collagen_gain},
          {"protocol.one_deep_or_series", kTopic, one_deep_or_series}};
}

}  // namespace dv::sim::quiz
