// Tier 2 (real GL): the Sweep and Self-test windows run in the app's own frame (screen →
// apply → views → UI) at 1920x1080 without GL errors; the sweep chart draws its band and the
// quiz's "show why" sets the document (scenario, moment, stain). With DV_SCREENSHOT_DIR set the
// frames are written there as PNGs (to look at them).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "app/imgui_layer.h"
#include "app/png.h"
#include "app/workspace.h"
#include "gl_test_context.h"
#include "render/offscreen.h"
#include "sim/quiz.h"
#include "ui/panels.h"

namespace dv::app {
namespace {

constexpr int kW = 1920, kH = 1080;

struct Frame {
  Workspace work;
  ImGuiLayer imgui;
  render::OffscreenTarget target;
};

Result<Frame> open_frame() {
  auto work = open_workspace(DV_SOURCE_DIR, sim::Scenario{}, scene::FigureOptions{});
  if (!work) return Result<Frame>::error(work.message());
  auto imgui = ImGuiLayer::create(nullptr, 1.08f);
  if (!imgui) return Result<Frame>::error(imgui.message());
  auto target = render::OffscreenTarget::create(kW, kH, 4);
  if (!target) return Result<Frame>::error(target.message());
  return Frame{std::move(work.value()), std::move(imgui.value()), std::move(target.value())};
}

// Three frames (ImGui settles window sizes), panels' commands applied as in the window.
std::vector<std::uint8_t> draw(Frame& f, const char* png) {
  for (int i = 0; i < 3; ++i) {
    f.target.bind();
    f.imgui.begin_offscreen_frame(kW, kH, 1.0f / 60.0f);
    ui::Screen s = run_screen(f.work, kW, kH, f.imgui.fonts());
    EXPECT_TRUE(apply_and_update(f.work, s, 0.0).ok());
    EXPECT_TRUE(draw_views(f.work, s, f.target, 1.0f, f.imgui.fonts()));
    f.target.bind();
    f.imgui.render();
  }
  auto px = f.target.read_rgba();
  if (const char* dir = std::getenv("DV_SCREENSHOT_DIR"); dir && *dir) {
    EXPECT_TRUE(write_png(std::filesystem::path(dir) / png, kW, kH, px));
  }
  return px;
}

// Pixels close to the sweep band's colour over the chart background (blue, translucent).
int band_pixels(const std::vector<std::uint8_t>& px) {
  int n = 0;
  for (std::size_t i = 0; i < px.size(); i += 4)
    if (px[i + 2] > 60 && px[i + 2] < 140 && px[i + 2] > px[i] + 25 && px[i + 1] > px[i] + 10) ++n;
  return n;
}

TEST(TraineeWindows, SweepChartDrawsItsBand) {
  DV_REQUIRE_GL();
  auto f = open_frame();
  ASSERT_TRUE(f) << f.message();
  Frame& fr = f.value();
  fr.work.flags.show_sweep = true;
  const auto before = band_pixels(draw(fr, "sweep-empty.png"));
  sim::SweepSpec spec;
  spec.param = "needle_depth_mm";
  spec.values = sim::sweep_values(*sim::find_scenario_field(spec.param), 0.25, 2.5, 10).value();
  spec.members = 16;
  fr.work.sweep.start(fr.work.document.scenario(), spec);
  fr.work.sweep.wait();
  ASSERT_NE(fr.work.sweep.result(), nullptr);
  const auto after = band_pixels(draw(fr, "sweep.png"));
  EXPECT_GT(after, before + 2000) << "the band is drawn";
}

TEST(TraineeWindows, QuizShowWhySetsTheDocument) {
  DV_REQUIRE_GL();
  auto f = open_frame();
  ASSERT_TRUE(f) << f.message();
  Frame& fr = f.value();
  ui::QuizUi& z = fr.work.flags.quiz;
  fr.work.flags.show_quiz = true;
  z.questions = sim::make_quiz(4, 10);
  z.answers.assign(z.questions.size(), sim::QuizAnswer{});
  draw(fr, "quiz-question.png");
  // Answer the first question wrongly where possible, then let the model show why.
  const sim::QuizQuestion& q = z.questions[0];
  z.answers[0] = {true, q.kind == sim::AnswerKind::choice ? (q.answer + 1) % 2 : q.answer, q.value};
  z.choice = z.answers[0].choice;
  z.step = ui::QuizStep::explain;
  ui::Commands c;
  ui::show_why(q, fr.work.document, fr.work.flags, c);
  fr.work.document.apply(c);
  fr.work.document.set_playing(false);
  fr.work.document.seek(std::max(q.show.day, q.show.play_to_day));
  EXPECT_EQ(fr.work.document.scenario(), sim::clamped(q.show.scenario));
  draw(fr, "quiz-explain.png");
  // The review after every question.
  for (std::size_t i = 0; i < z.questions.size(); ++i)
    z.answers[i] = {true, z.questions[i].answer, z.questions[i].value};
  z.current = static_cast<int>(z.questions.size());
  draw(fr, "quiz-review.png");
}

}  // namespace
}  // namespace dv::app
