#include "app/quiz_report.h"

#include <nlohmann/json.hpp>

#include <cstdio>

#include "app/scenario_file.h"

namespace dv::app {
namespace {

std::string num(double v, const char* f) {
  char buf[32];
  std::snprintf(buf, sizeof buf, f, v);
  return buf;
}

const char* value_format(const sim::QuizQuestion& q) {
  return q.unit == "mm" ? "%.2f" : "%.0f";
}

std::string csv_field(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

std::string lookup(const sim::TextMap& texts, const std::string& id) {
  const auto it = texts.find(id);
  return it != texts.end() ? it->second : id;
}

}  // namespace

std::string numeric_text(const sim::QuizQuestion& q, double value, const sim::TextMap& texts) {
  return num(value, value_format(q)) + " " + lookup(texts, "quiz.unit." + q.unit);
}

std::string answer_text(const sim::QuizQuestion& q, const sim::TextMap& texts) {
  if (q.kind == sim::AnswerKind::choice)
    return sim::quiz_text(q.choices[static_cast<std::size_t>(q.answer)], texts);
  return sim::quiz_text({"quiz.answer.range",
                         {{"value", numeric_text(q, q.value, texts)},
                          {"low", num(q.accept_low, value_format(q))},
                          {"high", numeric_text(q, q.accept_high, texts)}}},
                        texts);
}

std::string quiz_json(std::uint64_t seed, const std::vector<sim::QuizQuestion>& qs,
                      const sim::TextMap& texts) {
  nlohmann::ordered_json root;
  root["seed"] = seed;
  root["count"] = qs.size();
  root["questions"] = nlohmann::ordered_json::array();
  int n = 0;
  for (const sim::QuizQuestion& q : qs) {
    nlohmann::ordered_json j;
    j["number"] = ++n;
    j["template"] = q.template_id;
    j["topic"] = std::string(sim::key(q.topic));
    j["seed"] = q.seed;
    j["question"] = sim::quiz_text(q.question, texts);
    j["kind"] = q.kind == sim::AnswerKind::choice ? "choice" : "numeric";
    if (q.kind == sim::AnswerKind::choice) {
      j["choices"] = nlohmann::ordered_json::array();
      for (const sim::TextRef& c : q.choices) j["choices"].push_back(sim::quiz_text(c, texts));
      j["answer_index"] = q.answer;
    } else {
      j["value"] = q.value;
      j["accept_low"] = q.accept_low;
      j["accept_high"] = q.accept_high;
      j["unit"] = q.unit;
    }
    j["answer"] = answer_text(q, texts);
    j["explanation"] = sim::quiz_text(q.explanation, texts);
    j["scenarios"] = nlohmann::ordered_json::array();
    for (const sim::Scenario& s : q.scenarios)
      j["scenarios"].push_back(nlohmann::ordered_json::parse(scenario_to_json(s)));
    nlohmann::ordered_json show;
    show["scenario"] = nlohmann::ordered_json::parse(scenario_to_json(q.show.scenario));
    show["day"] = q.show.day;
    show["play_to_day"] = q.show.play_to_day;
    show["stain"] = q.show.stain;
    show["hide"] = q.show.hide;
    show["labels"] = q.show.labels;
    show["curve"] = std::string(sim::key(q.show.curve));
    j["show_why"] = show;
    root["questions"].push_back(j);
  }
  return root.dump(2) + "\n";
}

std::string quiz_text_key(const std::vector<sim::QuizQuestion>& qs, const sim::TextMap& texts) {
  std::string out;
  int n = 0;
  for (const sim::QuizQuestion& q : qs) {
    out += std::to_string(++n) + ". [" +
           lookup(texts, "quiz.topic." + std::string(sim::key(q.topic))) + "] " +
           sim::quiz_text(q.question, texts) + "\n";
    for (std::size_t i = 0; i < q.choices.size(); ++i)
      out += "   " + std::string(1, static_cast<char>('a' + i)) + ") " +
             sim::quiz_text(q.choices[i], texts) + "\n";
    out +=
        "   -> " + answer_text(q, texts) + "\n   " + sim::quiz_text(q.explanation, texts) + "\n\n";
  }
  return out;
}

std::string quiz_results_csv(const std::vector<sim::QuizQuestion>& qs,
                             const std::vector<sim::QuizAnswer>& as, const sim::TextMap& texts) {
  std::string out =
      "number,topic,template,question,answer_given,right_answer,correct,explanation\n";
  for (std::size_t i = 0; i < qs.size(); ++i) {
    const sim::QuizQuestion& q = qs[i];
    const sim::QuizAnswer a = i < as.size() ? as[i] : sim::QuizAnswer{};
    std::string given;
    if (a.given) {
      given = q.kind == sim::AnswerKind::choice
                  ? sim::quiz_text(q.choices[static_cast<std::size_t>(a.choice)], texts)
                  : numeric_text(q, a.value, texts);
    }
    out += std::to_string(i + 1) + "," + std::string(sim::key(q.topic)) + "," + q.template_id +
           "," + csv_field(sim::quiz_text(q.question, texts)) + "," + csv_field(given) + "," +
           csv_field(answer_text(q, texts)) + "," + (sim::is_correct(q, a) ? "1" : "0") + "," +
           csv_field(sim::quiz_text(q.explanation, texts)) + "\n";
  }
  out +=
      "score," + std::to_string(sim::quiz_score(qs, as)) + "," + std::to_string(qs.size()) + "\n";
  return out;
}

}  // namespace dv::app
