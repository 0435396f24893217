// Quiz topic "healing timeline": which collagen comes first, when inflammation peaks and
// resolves, the phase on a day, when the channels and the barrier close, when fibroblasts and
// collagen peak after one session.
#include <algorithm>
#include <cmath>

#include "sim/quiz_internal.h"

namespace dv::sim::quiz {
namespace {

constexpr QuizTopic kTopic = QuizTopic::timeline;

// One session and its follow-up (what a timeline question runs).
Scenario one_session(Rng& r, double follow_up_weeks) {
  Scenario s = random_scenario(r, kFaceRegions, 1, follow_up_weeks);
  constexpr std::array kUsual = {0.5, 0.75, 1.0, 1.25, 1.5};
  s.needle_depth_mm = r.pick(std::span<const double>(kUsual));
  return s;
}

// Index of the bin of `v` among upper edges `edges` (the last bin is open).
int bin_of(double v, std::span<const double> edges) {
  for (std::size_t i = 0; i < edges.size(); ++i)
    if (v < edges[i]) return static_cast<int>(i);
  return static_cast<int>(edges.size());
}

ShowWhy timeline_view(const Scenario& s, double day, OutcomeColumn curve) {
  ShowWhy w;
  w.scenario = s;
  w.day = 0.0;
  w.play_to_day = day;
  w.curve = curve;
  w.hide = {"hair_follicle", "sebaceous_gland", "sweat_gland"};
  return w;
}

QuizQuestion collagen_first(std::uint64_t seed) {
  QuizQuestion q = start("timeline.collagen_first", kTopic, seed);
  Rng r{seed};
  const Scenario s = one_session(r, 4.0);
  const Course c = run(s);
  // The first day each type's rise passes 1 % of untreated.
  auto first = [&](auto get) {
    for (const DailyRow& d : c.daily())
      if (get(d) > 1.01) return d.day;
    return static_cast<int>(c.daily().size());
  };
  const int day_I = first([](const DailyRow& d) { return d.collagen_I; });
  const int day_III = first([](const DailyRow& d) { return d.collagen_III; });
  q.question = {"quiz.q.collagen_first", protocol_args(s)};
  q.choices = {{"quiz.choice.collagen_I", {}},
               {"quiz.choice.collagen_III", {}},
               {"quiz.choice.together", {}}};
  q.answer = day_III < day_I ? 1 : (day_I < day_III ? 0 : 2);
  q.explanation = {"quiz.why.collagen_first",
                   with(protocol_args(s),
                        {{"day_I", std::to_string(day_I)}, {"day_III", std::to_string(day_III)}})};
  q.scenarios = {s};
  q.show = timeline_view(s, 7.0, OutcomeColumn::collagen_III);
  q.show.stain = "trichrome";
  return q;
}

constexpr std::array kPeakEdges = {1.0, 2.0, 4.0};  // days: <1, 1–2, 2–4, ≥4

QuizQuestion inflammation_peak(std::uint64_t seed) {
  QuizQuestion q = start("timeline.inflammation_peak", kTopic, seed);
  Rng r{seed};
  const Scenario s = one_session(r, 2.0);
  const Course c = run(s);
  const double peak = c.phase_times()[0].inflammation_peak_days;
  q.question = {"quiz.q.inflammation_peak", protocol_args(s)};
  for (const char* id : {"lt1", "1to2", "2to4", "gt4"})
    q.choices.push_back({std::string("quiz.choice.peak.") + id, {}});
  q.answer = bin_of(peak, kPeakEdges);
  q.explanation = {"quiz.why.inflammation_peak",
                   with(protocol_args(s), {{"peak_days", fmt(peak, "%.1f")},
                                           {"peak", fmt(c.phase_times()[0].inflammation_peak)}})};
  q.scenarios = {s};
  q.show = timeline_view(s, peak, OutcomeColumn::inflammation);
  return q;
}

constexpr std::array kResolvedEdges = {3.0, 7.0, 14.0};  // days

QuizQuestion inflammation_resolved(std::uint64_t seed) {
  QuizQuestion q = start("timeline.inflammation_resolved", kTopic, seed);
  Rng r{seed};
  const Scenario s = one_session(r, 4.0);
  const Course c = run(s);
  double peak = 0.0;
  for (const DailyRow& d : c.daily()) peak = std::max(peak, d.inflammation);
  int day = static_cast<int>(c.daily().size());
  bool after_peak = false;
  for (const DailyRow& d : c.daily()) {
    after_peak = after_peak || d.inflammation >= peak;
    if (after_peak && d.inflammation < 0.25 * peak) {
      day = d.day;
      break;
    }
  }
  q.question = {"quiz.q.inflammation_resolved", protocol_args(s)};
  for (const char* id : {"lt3", "3to7", "7to14", "gt14"})
    q.choices.push_back({std::string("quiz.choice.days.") + id, {}});
  q.answer = bin_of(day, kResolvedEdges);
  q.explanation = {"quiz.why.inflammation_resolved",
                   with(protocol_args(s), {{"day", std::to_string(day)}})};
  q.scenarios = {s};
  q.show = timeline_view(s, day, OutcomeColumn::inflammation);
  return q;
}

QuizQuestion phase_on_day(std::uint64_t seed) {
  QuizQuestion q = start("timeline.phase_on_day", kTopic, seed);
  Rng r{seed};
  const Scenario s = one_session(r, 12.0);
  const Course c = run(s);
  constexpr std::array kDays = {0.05, 0.5, 1.0, 2.0, 4.0, 7.0, 10.0, 20.0, 40.0, 70.0};
  double day = r.pick(std::span<const double>(kDays));
  constexpr std::array kPhases = {Phase::haemostasis, Phase::inflammation, Phase::proliferation,
                                  Phase::remodelling};
  // Skip days within half a day of a phase boundary: the answer should not hang on hours.
  const PhaseTimes& pt = c.phase_times()[0];
  for (int i = 0; i < 20; ++i) {
    const bool near = std::abs(day - pt.inflammation_end_days) < 0.5 ||
                      std::abs(day - pt.proliferation_end_days) < 0.5;
    if (!near) break;
    day = r.pick(std::span<const double>(kDays));
  }
  const Phase ph = c.phase_at(day);
  for (std::size_t i = 0; i < kPhases.size(); ++i) {
    q.choices.push_back({"phase." + std::string(i == 0   ? "haemostasis"
                                                : i == 1 ? "inflammation"
                                                : i == 2 ? "proliferation"
                                                         : "remodelling"),
                         {}});
    if (kPhases[i] == ph) q.answer = static_cast<int>(i);
  }
  if (q.answer < 0) q.answer = 0;  // needling counts as the first moments of haemostasis
  q.question = {"quiz.q.phase_on_day",
                with(protocol_args(s), {{"days", fmt(day, day < 1.0 ? "%.2f" : "%.0f")},
                                        {"hours", fmt(day * 24.0, "%.0f")}})};
  q.explanation = {"quiz.why.phase_on_day",
                   with(protocol_args(s), {{"infl_end", fmt(pt.inflammation_end_days, "%.1f")},
                                           {"prolif_end", fmt(pt.proliferation_end_days, "%.0f")},
                                           {"days", fmt(day, day < 1.0 ? "%.2f" : "%.0f")}})};
  q.scenarios = {s};
  q.show = timeline_view(s, day, OutcomeColumn::fibroblasts);
  return q;
}

// Hours until `share(h)` first falls below `level` (0.1 h resolution, up to 96 h).
template <typename F>
double hours_until(F share, double level) {
  for (double h = 0.0; h <= 96.0; h += 0.1)
    if (share(h) < level) return h;
  return 96.0;
}

constexpr std::array kGapEdges = {12.0, 24.0, 48.0};  // hours

QuizQuestion gaps_closed(std::uint64_t seed) {
  QuizQuestion q = start("timeline.gaps_closed", kTopic, seed);
  Rng r{seed};
  Scenario s = random_scenario(r, kFaceRegions, 1, 0.0);
  const Needling n = compute_needling(s, skin_layers(s.region, s.sex, s.age_years));
  const double h = hours_until([&](double t) { return open_fraction(n, t); }, 0.5);
  q.question = {"quiz.q.gaps_closed", protocol_args(s)};
  for (const char* id : {"lt12", "12to24", "24to48", "gt48"})
    q.choices.push_back({std::string("quiz.choice.hours.") + id, {}});
  q.answer = bin_of(h, kGapEdges);
  q.explanation = {"quiz.why.gaps_closed",
                   with(protocol_args(s), {{"hours", fmt(h, "%.0f")},
                                           {"reach_mm", fmt(n.effective_depth_um / 1000.0)}})};
  q.scenarios = {s};
  q.show = timeline_view(s, h / 24.0, OutcomeColumn::open_channels);
  return q;
}

constexpr std::array kBarrierEdges = {3.0, 12.0, 48.0};  // hours

QuizQuestion barrier_back(std::uint64_t seed) {
  QuizQuestion q = start("timeline.barrier_back", kTopic, seed);
  Rng r{seed};
  Scenario s = random_scenario(r, kFaceRegions, 1, 0.0);
  const Needling n = compute_needling(s, skin_layers(s.region, s.sex, s.age_years));
  const double h = hours_until([&](double t) { return barrier_open_fraction(n, t); }, 0.1);
  const double gap = hours_until([&](double t) { return open_fraction(n, t); }, 0.5);
  q.question = {"quiz.q.barrier_back", protocol_args(s)};
  for (const char* id : {"lt3", "3to12", "12to48", "gt48"})
    q.choices.push_back({std::string("quiz.choice.hours.") + id, {}});
  q.answer = bin_of(h, kBarrierEdges);
  q.explanation = {
      "quiz.why.barrier_back",
      with(protocol_args(s), {{"hours", fmt(h, "%.1f")}, {"gap_hours", fmt(gap, "%.0f")}})};
  q.scenarios = {s};
  q.show = timeline_view(s, h / 24.0, OutcomeColumn::barrier_open);
  return q;
}

// Day of the highest value of `get` in the daily table (the first, when tied).
template <typename F>
int peak_day(const Course& c, F get) {
  int best = 0;
  for (const DailyRow& d : c.daily())
    if (get(d) > get(c.daily()[static_cast<std::size_t>(best)])) best = d.day;
  return best;
}

constexpr std::array kFibroEdges = {3.0, 8.0, 15.0, 31.0};  // days

QuizQuestion fibroblast_peak(std::uint64_t seed) {
  QuizQuestion q = start("timeline.fibroblast_peak", kTopic, seed);
  Rng r{seed};
  const Scenario s = one_session(r, 8.0);
  const Course c = run(s);
  const int day = peak_day(c, [](const DailyRow& d) { return d.fibroblasts; });
  q.question = {"quiz.q.fibroblast_peak", protocol_args(s)};
  for (const char* id : {"0to2", "3to7", "8to14", "15to30", "gt30"})
    q.choices.push_back({std::string("quiz.choice.daybin.") + id, {}});
  q.answer = bin_of(day, kFibroEdges);
  q.explanation = {"quiz.why.fibroblast_peak",
                   with(protocol_args(s),
                        {{"day", std::to_string(day)},
                         {"factor", fmt(c.daily()[static_cast<std::size_t>(day)].fibroblasts)}})};
  q.scenarios = {s};
  q.show = timeline_view(s, day, OutcomeColumn::fibroblasts);
  return q;
}

constexpr std::array kCollagenEdges = {8.0, 29.0, 91.0};  // days

QuizQuestion collagen_peak(std::uint64_t seed) {
  QuizQuestion q = start("timeline.collagen_peak", kTopic, seed);
  Rng r{seed};
  const Scenario s = one_session(r, 26.0);
  const Course c = run(s);
  const int day = peak_day(c, [](const DailyRow& d) { return d.total_collagen; });
  q.question = {"quiz.q.collagen_peak", protocol_args(s)};
  for (const char* id : {"week1", "weeks2to4", "months1to3", "after3"})
    q.choices.push_back({std::string("quiz.choice.span.") + id, {}});
  q.answer = bin_of(day, kCollagenEdges);
  q.explanation = {
      "quiz.why.collagen_peak",
      with(protocol_args(s),
           {{"day", std::to_string(day)},
            {"weeks", fmt(day / 7.0, "%.0f")},
            {"factor", fmt(c.daily()[static_cast<std::size_t>(day)].total_collagen)}})};
  q.scenarios = {s};
  q.show = timeline_view(s, day, OutcomeColumn::total_collagen);
  q.show.stain = "trichrome";
  return q;
}

}  // namespace

std::vector<QuizTemplate> timeline_templates() {
  return {{"timeline.collagen_first", kTopic, collagen_first},
          {"timeline.inflammation_peak", kTopic, inflammation_peak},
          {"timeline.inflammation_resolved", kTopic, inflammation_resolved},
          {"timeline.phase_on_day", kTopic, phase_on_day},
          {"timeline.gaps_closed", kTopic, gaps_closed},
          {"timeline.barrier_back", kTopic, barrier_back},
          {"timeline.fibroblast_peak", kTopic, fibroblast_peak},
          {"timeline.collagen_peak", kTopic, collagen_peak}};
}

}  // namespace dv::sim::quiz
