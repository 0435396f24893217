// quiz.h: the self-test (issue 12 §4). Question templates across five topics; each is filled
// from settings drawn from a seed, and its answer is computed by running the model (never typed
// in). A question carries ids of texts (assets/text/en/quiz.json) with arguments, so the app and
// `dermaviz quiz` put the words in; and a "show why" spec that sets the figure to explain it.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sim/ensemble.h"
#include "sim/scenario.h"
#include "sim/text_format.h"

namespace dv::sim {

/// What a question is about.
enum class QuizTopic { anatomy, bleeding, timeline, protocol, patients };
/// Every topic, in order.
inline constexpr std::array kAllQuizTopics = {QuizTopic::anatomy, QuizTopic::bleeding,
                                              QuizTopic::timeline, QuizTopic::protocol,
                                              QuizTopic::patients};
/// Stable key of a topic ("anatomy").
std::string_view key(QuizTopic t);

/// A text by id with its {name} arguments (filled with sim::format_template; an argument whose
/// "<name>.<value>" is itself a text id, e.g. "region.cheek", is replaced by that text).
struct TextRef {
  std::string id;                                         ///< strings id ("quiz.q.layer")
  std::vector<std::pair<std::string, std::string>> args;  ///< placeholder → value
};

/// How the trainee answers.
enum class AnswerKind {
  choice,  ///< pick one of `choices`
  numeric  ///< type a number; right inside [accept_low, accept_high]
};

/// How to set the figure so it shows why (the app seeks, plays and sets the view).
struct ShowWhy {
  Scenario scenario;                  ///< the scenario to show (the question's, or protocol B's)
  double day = 0.0;                   ///< day to seek, d
  double play_to_day = 0.0;           ///< play until this day (≤ day: no playback), d
  std::string stain = "illustrated";  ///< stain key (scene::parse_stain)
  std::vector<std::string> hide;      ///< structure keys to hide (scene::structure_key)
  bool labels = true;                 ///< structure labels on
  OutcomeColumn curve = OutcomeColumn::total_collagen;  ///< outcome to chart
};

/// One filled question.
struct QuizQuestion {
  std::string template_id;               ///< template that made it ("anatomy.layer_reached")
  QuizTopic topic;                       ///< its topic
  std::uint64_t seed;                    ///< seed it was filled from
  TextRef question;                      ///< the question
  AnswerKind kind = AnswerKind::choice;  ///< choice or numeric
  std::vector<TextRef> choices;          ///< choice: the options, in display order
  int answer = -1;                       ///< choice: index of the right option
  double value = 0.0;                    ///< numeric: the model's value (unit below)
  double accept_low = 0.0;               ///< numeric: lowest accepted answer
  double accept_high = 0.0;              ///< numeric: highest accepted answer
  std::string unit;                      ///< numeric: unit id ("mm", "percent", "days", "hours")
  TextRef explanation;                   ///< one sentence: why
  std::vector<Scenario> scenarios;  ///< the scenario(s) run, in the order the question names them
  ShowWhy show;                     ///< how to show why
};

/// A question template.
struct QuizTemplate {
  std::string_view id;                       ///< stable id ("anatomy.layer_reached")
  QuizTopic topic;                           ///< topic
  QuizQuestion (*make)(std::uint64_t seed);  ///< fill from a seed (deterministic)
};

/// Every template, grouped by topic.
std::span<const QuizTemplate> quiz_templates();
/// The template with this id, or null.
const QuizTemplate* find_quiz_template(std::string_view id);

/// Fill `t` from `seed`.
QuizQuestion make_question(const QuizTemplate& t, std::uint64_t seed);

/// A session of `count` questions, reproducible by `seed`: topics in turn, templates shuffled
/// within each topic, each filled from its own sub-seed.
std::vector<QuizQuestion> make_quiz(std::uint64_t seed, int count);

/// A trainee's answer to one question.
struct QuizAnswer {
  bool given = false;  ///< answered at all
  int choice = -1;     ///< choice questions: the option picked
  double value = 0.0;  ///< numeric questions: the number typed
};

/// True when `a` is right for `q`.
bool is_correct(const QuizQuestion& q, const QuizAnswer& a);
/// Right answers among `answers` (same order as `questions`).
int quiz_score(const std::vector<QuizQuestion>& questions, const std::vector<QuizAnswer>& answers);

/// The words of `t`: its template from `texts` with the arguments filled; an argument value
/// "@id" is the text of id (for names that are not the placeholder's own namespace). A missing
/// id reads as itself.
std::string quiz_text(const TextRef& t, const TextMap& texts);

/// Allowed question counts for a session.
inline constexpr int kQuizMinCount = 1;    ///< questions
inline constexpr int kQuizMaxCount = 200;  ///< questions

}  // namespace dv::sim
