// The self-test's session, scoring and the helpers every template uses.
#include "sim/quiz.h"

#include <algorithm>
#include <cmath>

#include "sim/ensemble.h"
#include "sim/quiz_internal.h"

namespace dv::sim {

std::string_view key(QuizTopic t) {
  switch (t) {
    case QuizTopic::anatomy: return "anatomy";
    case QuizTopic::bleeding: return "bleeding";
    case QuizTopic::timeline: return "timeline";
    case QuizTopic::protocol: return "protocol";
    case QuizTopic::patients: return "patients";
  }
  return "?";
}

std::span<const QuizTemplate> quiz_templates() {
  static const std::vector<QuizTemplate> all = [] {
    std::vector<QuizTemplate> v;
    for (auto part :
         {quiz::anatomy_templates(), quiz::bleeding_templates(), quiz::timeline_templates(),
          quiz::protocol_templates(), quiz::patient_templates()})
      v.insert(v.end(), part.begin(), part.end());
    return v;
  }();
  return all;
}

const QuizTemplate* find_quiz_template(std::string_view id) {
  for (const QuizTemplate& t : quiz_templates())
    if (t.id == id) return &t;
  return nullptr;
}

QuizQuestion make_question(const QuizTemplate& t, std::uint64_t seed) {
  return t.make(seed);
}

std::vector<QuizQuestion> make_quiz(std::uint64_t seed, int count) {
  count = std::clamp(count, kQuizMinCount, kQuizMaxCount);
  quiz::Rng r{seed};
  // Per topic, its templates in a seeded order (Fisher–Yates); topics take turns.
  std::vector<std::vector<const QuizTemplate*>> by_topic(kAllQuizTopics.size());
  for (const QuizTemplate& t : quiz_templates())
    by_topic[static_cast<std::size_t>(t.topic)].push_back(&t);
  for (auto& list : by_topic) {
    for (std::size_t i = list.size(); i > 1; --i)
      std::swap(list[i - 1], list[static_cast<std::size_t>(r.integer(0, static_cast<int>(i) - 1))]);
  }
  const int first_topic = r.integer(0, static_cast<int>(kAllQuizTopics.size()) - 1);
  std::vector<QuizQuestion> out;
  for (int i = 0; i < count; ++i) {
    const std::size_t topic = static_cast<std::size_t>(first_topic + i) % kAllQuizTopics.size();
    const auto& list = by_topic[topic];
    const std::size_t round = static_cast<std::size_t>(i) / kAllQuizTopics.size();
    const QuizTemplate* t = list[round % list.size()];
    out.push_back(make_question(*t, splitmix64(r.state)));
  }
  return out;
}

bool is_correct(const QuizQuestion& q, const QuizAnswer& a) {
  if (!a.given) return false;
  if (q.kind == AnswerKind::choice) return a.choice == q.answer;
  return a.value >= q.accept_low && a.value <= q.accept_high;
}

int quiz_score(const std::vector<QuizQuestion>& qs, const std::vector<QuizAnswer>& as) {
  int n = 0;
  for (std::size_t i = 0; i < qs.size() && i < as.size(); ++i)
    n += is_correct(qs[i], as[i]) ? 1 : 0;
  return n;
}

std::string quiz_text(const TextRef& t, const TextMap& texts) {
  std::vector<std::pair<std::string, std::string>> args = t.args;
  for (auto& [name, value] : args) {
    if (value.empty() || value[0] != '@') continue;
    const auto it = texts.find(std::string_view(value).substr(1));
    value = it != texts.end() ? it->second : value.substr(1);
  }
  const auto it = texts.find(t.id);
  return format_template(it != texts.end() ? std::string_view(it->second) : std::string_view(t.id),
                         args, &texts);
}

namespace quiz {

QuizQuestion start(std::string_view id, QuizTopic topic, std::uint64_t seed) {
  QuizQuestion q;
  q.template_id = std::string(id);
  q.topic = topic;
  q.seed = seed;
  return q;
}

Scenario random_scenario(Rng& r, std::span<const Region> regions, int sessions,
                         double follow_up_weeks) {
  Scenario s;
  s.region = r.pick(regions);
  s.sex = r.uniform() < 0.5 ? Sex::female : Sex::male;
  s.age_years = static_cast<double>(r.integer(25, 70));
  s.fitzpatrick = r.integer(1, 4);
  s.device = r.pick(std::span<const Device>(kClinicDevices));
  s.needle_depth_mm = r.pick(std::span<const double>(kDepths));
  s.passes = default_passes(s.device);
  s.sessions = sessions;
  s.interval_weeks = 4.0;
  s.follow_up_weeks = follow_up_weeks;
  s.seed = 1 + (r.state & 0xffff);
  return s;
}

Scenario usual_setting(Scenario s) {
  s.device = Device::pen;
  s.passes = default_passes(s.device);
  s.needle_depth_mm = skin_layers(s.region, s.sex, s.age_years).usual_depth_max_mm;
  return s;
}

Course run(const Scenario& s) {
  return simulate(s, central_params(), false);
}

int three_months_after(const Course& c) {
  return main_outcome_day(c);
}

std::vector<std::pair<std::string, std::string>> protocol_args(const Scenario& s) {
  return {{"quiz_device", std::string(key(s.device))}, {"depth_mm", fmt(s.needle_depth_mm)},
          {"region", std::string(key(s.region))},      {"passes", std::to_string(s.passes)},
          {"sessions", std::to_string(s.sessions)},    {"interval", fmt(s.interval_weeks, "%.0f")},
          {"age", fmt(s.age_years, "%.0f")},           {"quiz_sex", std::string(key(s.sex))},
          {"type", std::to_string(s.fitzpatrick)}};
}

std::vector<std::pair<std::string, std::string>> with(
    std::vector<std::pair<std::string, std::string>> a,
    std::vector<std::pair<std::string, std::string>> more) {
  a.insert(a.end(), more.begin(), more.end());
  return a;
}

namespace {
constexpr std::array kChoiceLayers = {Layer::viable_epidermis, Layer::papillary_dermis,
                                      Layer::reticular_dermis, Layer::subcutis, Layer::beneath};
}

std::string layer_id(Layer l) {
  switch (l) {
    case Layer::stratum_corneum: return "layer.stratum_corneum";
    case Layer::viable_epidermis: return "layer.viable_epidermis";
    case Layer::papillary_dermis: return "layer.papillary_dermis";
    case Layer::reticular_dermis: return "layer.reticular_dermis";
    case Layer::subcutis: return "layer.subcutis";
    case Layer::beneath: return "layer.beneath";
  }
  return "?";
}

std::vector<TextRef> layer_choices() {
  std::vector<TextRef> v;
  for (Layer l : kChoiceLayers) v.push_back({layer_id(l), {}});
  return v;
}

int layer_choice_index(Layer l) {
  if (l == Layer::stratum_corneum) l = Layer::viable_epidermis;  // the epidermis either way
  for (std::size_t i = 0; i < kChoiceLayers.size(); ++i)
    if (kChoiceLayers[i] == l) return static_cast<int>(i);
  return 0;
}

std::vector<TextRef> ab_same_choices() {
  return {{"quiz.choice.a", {}}, {"quiz.choice.b", {}}, {"quiz.choice.same", {}}};
}

}  // namespace quiz
}  // namespace dv::sim
