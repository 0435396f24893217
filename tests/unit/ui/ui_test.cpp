// Panels and overlay on a Dear ImGui context with no backend (no GL, no window).
#include <gtest/gtest.h>

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "doc/document.h"
#include "doc/lesson_player.h"
#include "english_strings.h"
#include "scene/camera.h"
#include "scene/skin_block.h"
#include "sim/outcome.h"
#include "sim/skin.h"
#include "ui/fonts.h"
#include "ui/lecture.h"
#include "ui/names.h"
#include "ui/overlay.h"
#include "ui/panels.h"
#include "ui/screen.h"
#include "ui/strings.h"
#include "ui/timeline.h"

namespace dv::ui {
namespace {

class ImGuiNoBackend : public ::testing::Test {
 protected:
  void SetUp() override {
    ctx_ = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1280, 720);
    io.DeltaTime = 1.0f / 60.0f;
    fonts_ = load_fonts(kDejaVuDir, 1.0f);
    unsigned char* px = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&px, &w, &h);  // builds the atlas, as a backend would
  }
  void TearDown() override { ImGui::DestroyContext(ctx_); }
  ImGuiContext* ctx_ = nullptr;
  Fonts fonts_;
};

TEST_F(ImGuiNoBackend, DejaVuIsFoundOnDebian) {
  EXPECT_FALSE(fonts_.fallback);
}

TEST_F(ImGuiNoBackend, PanelsRunForSeveralFramesAndIssueNothingWithoutInput) {
  sim::Scenario scenario;
  const sim::Course course = sim::simulate(scenario);
  const doc::TimeWarp warp(course.session_days(), course.end_day());
  scene::FigureOptions figure;
  PanelFlags flags;
  flags.show_help = true;
  flags.show_about = true;
  doc::Playback playback;
  playback.day = 2.5;
  for (int frame = 0; frame < 4; ++frame) {
    ImGui::NewFrame();
    Commands out;
    const float menu_h = menu_bar(scenario, figure, flags, out);
    const PinnedCurve pinned{"earlier", &course.daily(), nullptr};
    const float panel_w = side_panel(scenario, course, playback.day, frame % 2 ? &pinned : nullptr,
                                     Captions{}, figure, flags, menu_h, out);
    const float timeline_h = timeline_panel(course, warp, playback, "caption", 900.0f, fonts_, out);
    ImGui::Begin("explain");
    explain_tab(Captions{}, course, playback.day);
    ImGui::End();
    ImGui::Begin("anatomy");
    anatomy_tab(figure, out);
    ImGui::End();
    help_window(flags);
    about_window(flags, "test");
    ImGui::Render();
    EXPECT_GT(menu_h, 0.0f);
    EXPECT_GT(panel_w, 100.0f);
    EXPECT_GT(timeline_h, 30.0f);
    EXPECT_FALSE(out.seek_day.has_value());
    EXPECT_FALSE(out.playing.has_value());
    EXPECT_FALSE(out.scenario.has_value());
    EXPECT_FALSE(out.figure.has_value());
    EXPECT_FALSE(out.quit);
    EXPECT_GT(ImGui::GetDrawData()->TotalVtxCount, 100);
  }
}

TEST_F(ImGuiNoBackend, ExploreScreenReturnsItsLayoutAndNoCommandsWithoutInput) {
  const test::UseEnglish english;
  const doc::Document d;
  const Captions captions;
  PanelFlags flags;
  ScreenInput in;
  in.document = &d;
  in.width = 1280;
  in.height = 720;
  in.captions = &captions;
  in.fonts = &fonts_;
  for (bool panels : {true, false}) {
    flags.show_panels = panels;
    for (int frame = 0; frame < 2; ++frame) {
      ImGui::NewFrame();
      const Screen s = screen(Mode::explore, in, flags);
      ImGui::Render();
      ASSERT_EQ(s.layout.views.size(), 1u);
      const Rect& r = s.layout.views[0];
      EXPECT_EQ(r.x, 0.0f);
      EXPECT_EQ(r.y, 0.0f);
      if (panels) {
        EXPECT_LT(r.w, 1280.0f - 100.0f);  // the side panel takes the right
        EXPECT_LT(r.h, 720.0f - 30.0f);    // the timeline the bottom
        EXPECT_GT(s.layout.top_px, 0.0f);
      } else {
        EXPECT_EQ(r.w, 1280.0f);
        EXPECT_EQ(r.h, 720.0f);
        EXPECT_EQ(s.layout.top_px, 0.0f);
      }
      EXPECT_FALSE(s.commands.scenario || s.commands.figure || s.commands.seek_day ||
                   s.commands.playing || s.commands.quit);
    }
  }
}

TEST_F(ImGuiNoBackend, LectureScreenLeavesTheCaptionBarOutOfTheFigureAndIssuesNothing) {
  const test::UseEnglish english;
  doc::Document d;
  doc::Lesson lesson;
  lesson.id = "t";
  lesson.title = "T";
  doc::Chapter c;
  c.title = "A chapter title";
  c.caption = "Channels reach {channel_depth_um} \u00b5m.";
  lesson.chapters = {c, c};
  doc::LessonPlayer player;
  ASSERT_TRUE(player.start(lesson, d));
  const Captions captions;
  PanelFlags flags;
  flags.show_panels = false;
  flags.show_help = true;
  ScreenInput in;
  in.document = &d;
  in.width = 1280;
  in.height = 720;
  in.captions = &captions;
  in.fonts = &fonts_;
  in.lesson = &player;
  for (bool branched : {false, true}) {
    if (branched) {
      sim::Scenario s = d.scenario();
      s.needle_depth_mm = 0.5;
      d.set_scenario(s);
    }
    EXPECT_EQ(player.branched(d), branched);
    for (int frame = 0; frame < 2; ++frame) {
      ImGui::NewFrame();
      const Screen s = screen(Mode::lecture, in, flags);
      ImGui::Render();
      ASSERT_EQ(s.layout.views.size(), 1u);
      const Rect& r = s.layout.views[0];
      const CaptionBar bar = caption_bar_layout(c.title, doc::fill_caption(c.caption, d, nullptr),
                                                1280.0f, 720.0f, fonts_);
      EXPECT_EQ(r.w, 1280.0f);          // panels hidden: the figure takes the width
      EXPECT_FLOAT_EQ(r.h, bar.bar.y);  // and stops where the caption bar starts
      EXPECT_GT(bar.bar.h, 60.0f);
      EXPECT_FALSE(s.commands.scenario || s.commands.figure || s.commands.seek_day ||
                   s.commands.lecture.back || s.commands.lecture.step != 0);
    }
  }
}

TEST_F(ImGuiNoBackend, FigureOverlayFollowsItsViewRectangle) {
  const test::UseEnglish english;
  const doc::Document d;
  const scene::Scene block = scene::build_skin_block(d.course().skin(), {});
  const scene::Camera cam = scene::default_camera(block.block_min, block.block_max);
  auto bounds = [&](const Rect& r) {
    ImGui::NewFrame();
    draw_figure_overlay(d, block, cam, r, 0.0f, fonts_);
    const ImDrawList* dl = ImGui::GetBackgroundDrawList();
    float min_x = 1e9f;
    for (const ImDrawVert& v : dl->VtxBuffer) min_x = std::min(min_x, v.pos.x);
    ImGui::Render();
    return min_x;
  };
  const float at_origin = bounds(Rect{0.0f, 0.0f, 600.0f, 600.0f});
  const float moved = bounds(Rect{640.0f, 0.0f, 600.0f, 600.0f});
  EXPECT_NEAR(moved - at_origin, 640.0f, 0.5f);
}

TEST_F(ImGuiNoBackend, HiddenPanelsTakeNoSpace) {
  sim::Scenario scenario;
  scene::FigureOptions figure;
  PanelFlags flags;
  flags.show_panels = false;
  ImGui::NewFrame();
  Commands out;
  EXPECT_EQ(menu_bar(scenario, figure, flags, out), 0.0f);
  EXPECT_EQ(side_panel(scenario, sim::simulate(scenario), 0.0, nullptr, Captions{}, figure, flags,
                       0.0f, out),
            0.0f);
  ImGui::Render();
}

TEST(Timeline, LabelNamesDayAndPhaseAndHoursEarlyOn) {
  const test::UseEnglish english;
  const sim::Course course = sim::simulate(sim::Scenario{});
  EXPECT_EQ(time_label(course, 3.2),
            "Day 3 \xC2\xB7 " + std::string(phase_text(course.phase_at(3.2))));
  EXPECT_NE(time_label(course, 0.25).find("6 h"), std::string::npos) << time_label(course, 0.25);
  EXPECT_NE(time_label(course, 0.002).find("min"), std::string::npos);
  EXPECT_NE(time_label(course, 200.0).find("Remodelling"), std::string::npos)
      << time_label(course, 200.0);
}

TEST(Timeline, StepsGrowFromMinutesToWeeksAndSessionsAreFound) {
  const sim::Course course = sim::simulate(sim::Scenario{});  // sessions at 0, 28, 56, 84
  EXPECT_LT(step_days(course, 0.001), 0.01);
  EXPECT_NEAR(step_days(course, 1.0), 1.0 / 24.0, 1e-9);
  EXPECT_EQ(step_days(course, 5.0), 1.0);
  EXPECT_EQ(step_days(course, 20.0), 7.0);
  EXPECT_EQ(next_session_day(course, 3.0), 28.0);
  EXPECT_EQ(previous_session_day(course, 30.0), 28.0);
  EXPECT_EQ(previous_session_day(course, 28.0), 0.0);
  EXPECT_EQ(next_session_day(course, 90.0), course.end_day());
}

TEST(Outcome, FollowsTheCourseAndMoreSessionsGiveMore) {
  sim::Scenario one;
  one.sessions = 1;
  const sim::Course c1 = sim::simulate(one), c4 = sim::simulate(sim::Scenario{});
  EXPECT_EQ(sim::collagen_curve(c4).size(), c4.daily().size());
  EXPECT_GT(sim::outcome_of(c4).three_months_after, sim::outcome_of(c1).three_months_after);
  EXPECT_GE(sim::outcome_of(c4).peak_collagen, sim::outcome_of(c4).final_collagen);
  // Histology after a series: tens of percent (science.md §8.7; Kenkel's +102 % is an
  // ultrasound reading, the separate ultrasound_density column).
  EXPECT_GT(sim::outcome_of(c4).three_months_after, 1.2);
  EXPECT_LT(sim::outcome_of(c4).three_months_after, 1.9);
}

TEST(Commands, EditStartsFromTheCurrentStateOnce) {
  sim::Scenario s;
  Commands c;
  c.edit_scenario(s).region = sim::Region::back;
  c.edit_scenario(s).age_years = 70;
  ASSERT_TRUE(c.scenario);
  EXPECT_EQ(c.scenario->region, sim::Region::back);
  EXPECT_EQ(c.scenario->age_years, 70);
  EXPECT_EQ(c.scenario->needle_depth_mm, s.needle_depth_mm);
}

TEST(ScaleBar, LengthIsANiceNumberOfReasonableSize) {
  for (float ppmm : {50.0f, 120.0f, 300.0f, 800.0f, 2000.0f}) {
    const float um = scale_bar_length_um(ppmm);
    const float px = um * 0.001f * ppmm;
    EXPECT_GE(px, 40.0f) << ppmm;
    EXPECT_LE(px, 220.0f) << ppmm;
  }
  EXPECT_LT(scale_bar_length_um(2000.0f), scale_bar_length_um(100.0f));  // zoom in → shorter bar
}

TEST(Overlay, ScaleFollowsZoom) {
  const auto s =
      scene::build_skin_block(sim::skin_layers(sim::Region::cheek, sim::Sex::female, 40), {});
  scene::Camera cam = scene::default_camera(s.block_min, s.block_max);
  const float far_ppmm = front_face_px_per_mm(s, cam, 1280, 720);
  cam.zoom(0.5f);
  const float near_ppmm = front_face_px_per_mm(s, cam, 1280, 720);
  EXPECT_GT(near_ppmm, 1.6f * far_ppmm);
}

TEST(Overlay, LabelsDoNotOverlapAndStayOnScreen) {
  const auto s =
      scene::build_skin_block(sim::skin_layers(sim::Region::back, sim::Sex::male, 30), {});
  for (auto [w, h] : {std::pair{1920, 1080}, std::pair{800, 600}}) {
    const scene::Camera cam = scene::default_camera(s.block_min, s.block_max);
    OverlayOptions opt;
    auto width = [](const std::string& t, void*) { return 9.0f * static_cast<float>(t.size()); };
    const auto placed = layout_labels(s, cam, w, h, opt, 20.0f, width, nullptr);
    EXPECT_GE(placed.size(), 10u);
    for (std::size_t i = 0; i < placed.size(); ++i) {
      const auto& a = placed[i];
      EXPECT_GE(a.text_x, 0.0f);
      EXPECT_LE(a.text_x + a.text_w, static_cast<float>(w));
      EXPECT_GE(a.text_y, 0.0f);
      EXPECT_LE(a.text_y + a.text_h, static_cast<float>(h) + 0.5f);
      for (std::size_t j = i + 1; j < placed.size(); ++j) {
        const auto& b = placed[j];
        const bool overlap = a.text_x < b.text_x + b.text_w && b.text_x < a.text_x + a.text_w &&
                             a.text_y < b.text_y + b.text_h && b.text_y < a.text_y + a.text_h;
        EXPECT_FALSE(overlap) << a.text << " / " << b.text << " at " << w << "x" << h;
      }
    }
  }
}

TEST(Overlay, HiddenStructuresLoseTheirLabels) {
  const auto s =
      scene::build_skin_block(sim::skin_layers(sim::Region::cheek, sim::Sex::female, 40), {});
  const scene::Camera cam = scene::default_camera(s.block_min, s.block_max);
  OverlayOptions opt;
  auto width = [](const std::string& t, void*) { return 9.0f * static_cast<float>(t.size()); };
  const auto all = layout_labels(s, cam, 1920, 1080, opt, 20.0f, width, nullptr);
  opt.visible[static_cast<std::size_t>(scene::Structure::hair_follicle)] = false;
  const auto fewer = layout_labels(s, cam, 1920, 1080, opt, 20.0f, width, nullptr);
  EXPECT_LT(fewer.size(), all.size());
}

}  // namespace
}  // namespace dv::ui

namespace dv::ui {
namespace {

TEST(Fonts, GlyphRangesComeFromTheLanguage) {
  ImGuiContext* ctx = ImGui::CreateContext();
  Strings russian;
  russian.language = "ru";
  russian.text["menu.file"] = "\xD0\xA4\xD0\xB0\xD0\xB9\xD0\xBB";  // "Файл"
  set_strings(&russian);
  const Fonts f = load_fonts(kDejaVuDir, 1.0f);
  unsigned char* px = nullptr;
  int w = 0, h = 0;
  ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&px, &w, &h);
  ASSERT_FALSE(f.fallback);
  EXPECT_NE(f.body->FindGlyphNoFallback(0x0424), nullptr);  // Ф, from the strings
  EXPECT_EQ(f.body->FindGlyphNoFallback(0x0416), nullptr);  // Ж, used nowhere
  EXPECT_NE(f.body->FindGlyphNoFallback(0x00B5), nullptr);  // µ, always there
  set_strings(nullptr);
  ImGui::DestroyContext(ctx);
}

}  // namespace
}  // namespace dv::ui

namespace dv::ui {
namespace {

// The outcome a person reads is a range with who and when, from the band; before the band is
// ready it says the range follows; the numbers window asks for the ranking and draws with it.
TEST_F(ImGuiNoBackend, OutcomeWordsAreARangeForPeopleLikeThisPatient) {
  const test::UseEnglish english;
  sim::Scenario s;
  s.sessions = 2;
  const sim::Course course = sim::simulate(s);
  sim::EnsembleOptions o;
  o.members = 8;
  const sim::Ensemble e = *sim::run_ensemble(s, sim::central_params(), o);
  const auto day = static_cast<std::size_t>(sim::main_outcome_day(course));
  const sim::Band& b = e.band(sim::OutcomeColumn::total_collagen);
  char want[64];
  std::snprintf(want, sizeof want, "%+.0f to %+.0f %%", std::round(100 * (b.low[day] - 1)),
                std::round(100 * (b.high[day] - 1)));
  const std::string words = outcome_words(course, &e);
  EXPECT_NE(words.find(want), std::string::npos) << words;
  EXPECT_NE(words.find("8 in 10 people like this patient"), std::string::npos) << words;
  EXPECT_NE(words.find("3 months after the last session"), std::string::npos) << words;
  const std::string pending = outcome_words(course, nullptr);
  EXPECT_EQ(pending.find(want), std::string::npos) << pending;

  PanelFlags flags;
  flags.show_numbers = true;
  const auto ranked = sim::sensitivity(s, sim::central_params(), 2);
  ASSERT_TRUE(ranked.has_value());
  for (const std::vector<sim::Sensitivity>* ranking :
       {static_cast<const std::vector<sim::Sensitivity>*>(nullptr), &*ranked}) {
    for (int frame = 0; frame < 2; ++frame) {  // a new window shows from its second frame
      ImGui::NewFrame();
      Commands out;
      numbers_window(flags, course, &e, ranking, out);
      ImGui::Render();
      EXPECT_EQ(out.want_sensitivity, ranking == nullptr);
    }
    EXPECT_GT(ImGui::GetDrawData()->TotalVtxCount, 100);
  }
}

}  // namespace
}  // namespace dv::ui

namespace dv::ui {
namespace {

// WCAG relative luminance of a packed ImGui colour (R in the low byte).
double luminance(unsigned c) {
  auto lin = [](unsigned v) {
    const double s = static_cast<double>(v & 0xFFu) / 255.0;
    return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * lin(c) + 0.7152 * lin(c >> 8) + 0.0722 * lin(c >> 16);
}
double contrast(unsigned a, unsigned b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

TEST(Lecture, CaptionBarTextContrastIsAtLeastFourAndAHalfInBothSchemes) {
  for (bool projector : {false, true}) {
    const BarColours c = bar_colours(projector);
    EXPECT_GE(contrast(c.title, c.background), 7.0) << projector;
    EXPECT_GE(contrast(c.caption, c.background), 7.0) << projector;
    EXPECT_GE(contrast(c.accent, c.background), 4.5) << projector;  // stain name, current dot
  }
  // The projector scheme is light: black is not a projected colour.
  EXPECT_GT(luminance(bar_colours(true).background), 0.8);
}

TEST(Lecture, CrossingLeadersLoseTheLessImportantLabel) {
  // Two labels on the right whose anchors are in the opposite vertical order of their texts.
  const PlacedLabel high_anchor_low_text{"a", 100, 100, 400, 300, 80, 20};
  const PlacedLabel low_anchor_high_text{"b", 100, 300, 400, 100, 80, 20};
  const PlacedLabel parallel{"c", 100, 400, 400, 400, 80, 20};
  EXPECT_TRUE(leaders_cross(high_anchor_low_text, low_anchor_high_text));
  EXPECT_FALSE(leaders_cross(high_anchor_low_text, parallel));
  const auto kept = without_crossings({high_anchor_low_text, low_anchor_high_text, parallel});
  ASSERT_EQ(kept.size(), 2u);
  EXPECT_EQ(kept[0].text, "a");
  EXPECT_EQ(kept[1].text, "c");
}

TEST(Lecture, LabelsAreTheChaptersWithTheEmphasisFirstAndAtMostSix) {
  scene::Scene s;
  for (const char* id :
       {"label.a", "label.b", "label.c", "label.d", "label.e", "label.f", "label.g", "label.h"}) {
    s.labels.push_back(scene::Label{id, {}, scene::Structure::collagen});
  }
  s.labels.push_back(scene::Label{"label.loop", {}, scene::Structure::capillaries});
  EXPECT_EQ(lecture_labels(s, {}, std::nullopt).size(), kLectureMaxLabels);
  const auto chosen =
      lecture_labels(s, {"label.c", "label.loop", "label.a"}, scene::Structure::capillaries);
  ASSERT_EQ(chosen.size(), 3u);
  EXPECT_EQ(chosen[0].text, "label.loop");
  EXPECT_EQ(chosen[1].text, "label.c");
  EXPECT_EQ(chosen[2].text, "label.a");
}

}  // namespace
}  // namespace dv::ui
