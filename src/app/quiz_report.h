// quiz_report.h: a self-test as words: the answer key as JSON (`dermaviz quiz --json`) or text,
// and a trainee's session as CSV (saved from the app). Texts come from the strings files.
#pragma once

#include <string>
#include <vector>

#include "sim/quiz.h"
#include "sim/text_format.h"

namespace dv::app {

/// The words of a numeric answer with its unit ("0.85 mm", "42 %").
std::string numeric_text(const sim::QuizQuestion& q, double value, const sim::TextMap& texts);
/// The right answer in words (the right choice, or the model's number with the accepted range).
std::string answer_text(const sim::QuizQuestion& q, const sim::TextMap& texts);

/// The answer key as JSON: seed, count, and per question its template, topic, question, choices,
/// answer (index and words, or value and accepted range), explanation, the scenarios run and
/// the "show why" view.
std::string quiz_json(std::uint64_t seed, const std::vector<sim::QuizQuestion>& questions,
                      const sim::TextMap& texts);

/// The answer key as plain text (one block per question).
std::string quiz_text_key(const std::vector<sim::QuizQuestion>& questions,
                          const sim::TextMap& texts);

/// A session's results as CSV: header `number,topic,template,question,answer_given,
/// right_answer,correct,explanation`, one line per question, then `score,<right>,<count>`.
std::string quiz_results_csv(const std::vector<sim::QuizQuestion>& questions,
                             const std::vector<sim::QuizAnswer>& answers,
                             const sim::TextMap& texts);

}  // namespace dv::app
