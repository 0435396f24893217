// The Self-test window (issue 12 §4–§5): predict → play → explain. The trainee answers; the
// model plays the question's scenario in the view (seek, play, structures, stain, curve) and
// one sentence says why; at the end the score, a review and the results saved as CSV.
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "scene/skin_block.h"
#include "ui/outcome_chart.h"
#include "ui/panels.h"
#include "ui/strings.h"
#include "ui/widgets.h"

namespace dv::ui {
namespace {

const ImVec4 kRight{0.45f, 0.85f, 0.55f, 1.0f};

std::string words(const sim::TextRef& t) {
  return sim::quiz_text(t, strings().text);
}

std::string numeric_words(const sim::QuizQuestion& q, double v) {
  return number(v, q.unit == "mm" ? "%.2f" : "%.0f") + " " + tr("quiz.unit." + q.unit);
}

std::string answer_words(const sim::QuizQuestion& q) {
  if (q.kind == sim::AnswerKind::choice)
    return words(q.choices[static_cast<std::size_t>(q.answer)]);
  const char* f = q.unit == "mm" ? "%.2f" : "%.0f";
  return trf("quiz.answer.range", {{"value", numeric_words(q, q.value)},
                                   {"low", number(q.accept_low, f)},
                                   {"high", numeric_words(q, q.accept_high)}});
}

std::string given_words(const sim::QuizQuestion& q, const sim::QuizAnswer& a) {
  if (!a.given) return tr("quiz.ui.not_answered");
  if (q.kind == sim::AnswerKind::choice)
    return words(q.choices[static_cast<std::size_t>(a.choice)]);
  return numeric_words(q, a.value);
}

}  // namespace

void show_why(const sim::QuizQuestion& q, const doc::Document& d, PanelFlags& flags,
              Commands& out) {
  out.scenario = q.show.scenario;
  scene::FigureOptions fig = d.figure();
  fig.visible = scene::all_visible();
  for (const std::string& key : q.show.hide) {
    for (std::size_t i = 0; i < scene::kStructureCount; ++i)
      if (scene::structure_key(static_cast<scene::Structure>(i)) == key) fig.visible[i] = false;
  }
  if (const auto stain = scene::parse_stain(q.show.stain)) fig.stain = *stain;
  fig.labels = q.show.labels;
  out.figure = fig;
  out.seek_day = q.show.day;
  const bool play = q.show.play_to_day > q.show.day;
  out.playing = play;
  flags.quiz.play_until = play ? q.show.play_to_day : -1.0;
  for (sim::OutcomeColumn c : kChartColumns)
    if (c == q.show.curve) flags.chart_column = c;
}

namespace {

void start(PanelFlags& flags, const doc::Document& d) {
  QuizUi& z = flags.quiz;
  z.questions = sim::make_quiz(z.seed, z.count);
  z.answers.assign(z.questions.size(), sim::QuizAnswer{});
  z.current = 0;
  z.step = QuizStep::predict;
  z.choice = -1;
  z.value = 0.0f;
  z.status.clear();
  z.path[0] = '\0';
  if (!z.own_scenario) z.own_scenario = d.scenario();
}

void question(PanelFlags& flags, const doc::Document& d, Commands& out) {
  QuizUi& z = flags.quiz;
  const sim::QuizQuestion& q = z.questions[static_cast<std::size_t>(z.current)];
  sim::QuizAnswer& a = z.answers[static_cast<std::size_t>(z.current)];
  section(trf("quiz.ui.progress", {{"n", std::to_string(z.current + 1)},
                                   {"count", std::to_string(z.questions.size())},
                                   {"topic", tr("quiz.topic." + std::string(sim::key(q.topic)))}})
              .c_str());
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(words(q.question).c_str());
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  const bool predicting = z.step == QuizStep::predict;
  if (q.kind == sim::AnswerKind::choice) {
    for (std::size_t i = 0; i < q.choices.size(); ++i) {
      const std::string label = words(q.choices[i]) + "##choice" + std::to_string(i);
      const bool right = !predicting && static_cast<int>(i) == q.answer;
      if (right) ImGui::PushStyleColor(ImGuiCol_Text, kRight);
      if (ImGui::RadioButton(label.c_str(), z.choice == static_cast<int>(i)) && predicting)
        z.choice = static_cast<int>(i);
      if (right) ImGui::PopStyleColor();
    }
  } else {
    ImGui::SetNextItemWidth(10.0f * ImGui::GetFontSize());
    const std::string label =
        std::string(tr("quiz.ui.your_number")) + " (" + tr("quiz.unit." + q.unit) + ")";
    ImGui::InputFloat(label.c_str(), &z.value, 0.0f, 0.0f, q.unit == "mm" ? "%.2f" : "%.0f",
                      predicting ? 0 : ImGuiInputTextFlags_ReadOnly);
  }
  ImGui::Spacing();
  if (predicting) {
    const bool ready = q.kind == sim::AnswerKind::numeric || z.choice >= 0;
    if (!ready) ImGui::BeginDisabled();
    if (ImGui::Button(tr("quiz.ui.check"))) {
      a.given = true;
      a.choice = z.choice;
      a.value = static_cast<double>(z.value);
      z.step = QuizStep::explain;
      show_why(q, d, flags, out);  // the model plays it
    }
    if (!ready) ImGui::EndDisabled();
    return;
  }
  const bool right = sim::is_correct(q, a);
  ImGui::TextColored(right ? kRight : kWarningColour, "%s",
                     tr(right ? "quiz.ui.right" : "quiz.ui.wrong"));
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(trf("quiz.ui.answer", {{"answer", answer_words(q)}}).c_str());
  ImGui::TextUnformatted(trf("quiz.ui.why", {{"why", words(q.explanation)}}).c_str());
  ImGui::TextDisabled("%s", tr("quiz.ui.watch"));
  ImGui::PopTextWrapPos();
  if (ImGui::Button(tr("quiz.ui.show_again"))) show_why(q, d, flags, out);
  ImGui::SameLine();
  const bool last = z.current + 1 == static_cast<int>(z.questions.size());
  if (ImGui::Button(tr(last ? "quiz.ui.finish" : "quiz.ui.next"))) {
    ++z.current;
    z.step = QuizStep::predict;
    z.choice = -1;
    z.value = 0.0f;
  }
}

void review(PanelFlags& flags, const doc::Document& d, const std::string& save_dir, Commands& out) {
  QuizUi& z = flags.quiz;
  section(tr("quiz.ui.review"));
  ImGui::TextColored(
      kRight, "%s",
      trf("quiz.ui.score", {{"right", std::to_string(sim::quiz_score(z.questions, z.answers))},
                            {"count", std::to_string(z.questions.size())}})
          .c_str());
  const float font = ImGui::GetFontSize();
  if (ImGui::BeginTable("quiz_review", 4,
                        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                            ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp,
                        ImVec2(0.0f, 22.0f * font))) {
    ImGui::TableSetupColumn(tr("quiz.ui.col.question"), 0, 2.6f);
    ImGui::TableSetupColumn(tr("quiz.ui.col.yours"), 0, 1.0f);
    ImGui::TableSetupColumn(tr("quiz.ui.col.model"), 0, 1.6f);
    ImGui::TableSetupColumn("##show", 0, 0.4f);
    ImGui::TableHeadersRow();
    for (std::size_t i = 0; i < z.questions.size(); ++i) {
      const sim::QuizQuestion& q = z.questions[i];
      const bool right = sim::is_correct(q, z.answers[i]);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextUnformatted((std::to_string(i + 1) + ". " + words(q.question)).c_str());
      ImGui::TableNextColumn();
      ImGui::TextColored(right ? kRight : kWarningColour, "%s",
                         given_words(q, z.answers[i]).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(answer_words(q).c_str());
      ImGui::TextDisabled("%s", words(q.explanation).c_str());
      ImGui::PopTextWrapPos();
      ImGui::TableNextColumn();
      const std::string show = std::string(tr("quiz.ui.show")) + "##show" + std::to_string(i);
      if (ImGui::SmallButton(show.c_str())) show_why(q, d, flags, out);
    }
    ImGui::EndTable();
  }
  if (z.path[0] == '\0') {
    const std::string def = save_dir + "/dermaviz-self-test-" + std::to_string(z.seed) + ".csv";
    std::snprintf(z.path.data(), z.path.size(), "%s", def.c_str());
  }
  ImGui::SetNextItemWidth(30.0f * font);
  ImGui::InputText(tr("quiz.ui.path"), z.path.data(), z.path.size());
  ImGui::SameLine();
  if (ImGui::Button(tr("quiz.ui.save"))) out.save_quiz_csv = true;
  if (!z.status.empty()) ImGui::TextWrapped("%s", z.status.c_str());
  if (ImGui::Button(tr("quiz.ui.new"))) {
    ++z.seed;
    start(flags, d);
  }
  if (z.own_scenario) {
    ImGui::SameLine();
    if (ImGui::Button(tr("quiz.ui.restore"))) {
      out.scenario = *z.own_scenario;
      z.own_scenario.reset();
    }
  }
}

}  // namespace

void quiz_window(PanelFlags& flags, const doc::Document& d, const std::string& save_dir,
                 Commands& out) {
  QuizUi& z = flags.quiz;
  // Playback that shows why stops at its moment.
  if (z.play_until >= 0.0 && d.playback().playing && d.playback().day >= z.play_until) {
    out.playing = false;
    out.seek_day = z.play_until;
    z.play_until = -1.0;
  }
  if (!flags.show_quiz) return;
  const float font = ImGui::GetFontSize();
  // Under the figure's title, as tall as its contents: the view stays visible beside it.
  ImGui::SetNextWindowPos(ImVec2(1.0f * font, 6.0f * font), ImGuiCond_Appearing);
  ImGui::SetNextWindowSizeConstraints(ImVec2(36.0f * font, 0.0f),
                                      ImVec2(60.0f * font, 60.0f * font));
  const std::string title = std::string(tr("quiz.title")) + "###quiz";
  if (ImGui::Begin(title.c_str(), &flags.show_quiz,
                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 36.0f * font);
    if (z.questions.empty()) {
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextUnformatted(tr("quiz.ui.intro"));
      ImGui::PopTextWrapPos();
      ImGui::SetNextItemWidth(10.0f * font);
      ImGui::InputScalar(tr("quiz.ui.seed"), ImGuiDataType_U64, &z.seed);
      ImGui::SetNextItemWidth(10.0f * font);
      ImGui::SliderInt(tr("quiz.ui.count"), &z.count, 5, 40, "%d", ImGuiSliderFlags_AlwaysClamp);
      if (ImGui::Button(tr("quiz.ui.start"))) start(flags, d);
    } else if (z.current < static_cast<int>(z.questions.size())) {
      question(flags, d, out);
    } else {
      review(flags, d, save_dir, out);
    }
    ImGui::PopTextWrapPos();
  }
  ImGui::End();
}

}  // namespace dv::ui
