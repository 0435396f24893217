// The patient screen (issue 11) on a Dear ImGui context with no backend: it runs, lays out the
// figure beside its panels, asks for nothing without input, and picks a clicked label.
#include <gtest/gtest.h>

#include <imgui.h>

#include "doc/document.h"
#include "english_strings.h"
#include "scene/camera.h"
#include "scene/skin_block.h"
#include "sim/contraindications.h"
#include "sim/skin.h"
#include "ui/overlay.h"
#include "ui/patient_panels.h"
#include "ui/screen.h"
#include "ui/strings.h"

namespace dv::ui {
namespace {

class PatientScreen : public ::testing::Test {
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
    io.Fonts->GetTexDataAsRGBA32(&px, &w, &h);
  }
  void TearDown() override { ImGui::DestroyContext(ctx_); }
  ImGuiContext* ctx_ = nullptr;
  Fonts fonts_;
};

TEST_F(PatientScreen, RunsEveryTabAndAsksForNothingWithoutInput) {
  const test::UseEnglish english;
  sim::Scenario s;
  s = sim::with_check(s, sim::Check::pih_history, true);
  s.condition = sim::Condition::atrophic_acne_scars;
  doc::Document d(s);
  d.seek(2.0);
  const Captions captions;
  for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1280, 720}}) {
    ImGui::GetIO().DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
    ScreenInput in;
    in.document = &d;
    in.width = w;
    in.height = h;
    in.captions = &captions;
    in.fonts = &fonts_;
    for (int tab = 0; tab < 4; ++tab) {
      PanelFlags flags;
      flags.patient_tab = tab;
      for (int frame = 0; frame < 2; ++frame) {
        ImGui::NewFrame();
        const Screen out = screen(Mode::patient, in, flags);
        ImGui::Render();
        EXPECT_EQ(flags.mode, Mode::patient);
        ASSERT_EQ(out.layout.views.size(), 1u);
        const Rect& r = out.layout.views[0];
        EXPECT_LT(r.w, static_cast<float>(w) - 300.0f);  // the side panel
        EXPECT_LT(r.h, static_cast<float>(h) - 200.0f);  // the recovery strip
        EXPECT_GT(r.h, 0.4f * static_cast<float>(h));
        EXPECT_FALSE(out.commands.scenario || out.commands.figure || out.commands.seek_day ||
                     out.commands.mode || out.commands.playing);
      }
    }
  }
}

TEST_F(PatientScreen, ClickOnALabelOpensItsExplanation) {
  const test::UseEnglish english;
  const doc::Document d;
  const Captions captions;
  std::vector<PlacedLabel> labels = {
      {"Outer skin", 500, 300, 100, 100, 160, 30, "label.epidermis", "Epidermis"}};
  ScreenInput in;
  in.document = &d;
  in.width = 1280;
  in.height = 720;
  in.captions = &captions;
  in.fonts = &fonts_;
  in.labels = &labels;
  PanelFlags flags;
  flags.show_panels = false;  // the click lands on the figure, not on a panel
  ImGuiIO& io = ImGui::GetIO();
  for (int frame = 0; frame < 4; ++frame) {
    io.MousePos = ImVec2(150.0f, 115.0f);  // ImGui 1.86: input through the IO fields
    io.MouseDown[0] = frame == 1;
    ImGui::NewFrame();
    screen(Mode::patient, in, flags);
    ImGui::Render();
  }
  EXPECT_EQ(flags.about_label, "label.epidermis");
  EXPECT_TRUE(has_text("about.label.epidermis"));
}

TEST(PatientStrip, DayZeroShowsTheHourAfterNeedlingAndSessionsFollowTheClock) {
  const sim::Course c = sim::simulate(sim::Scenario{});
  EXPECT_EQ(strip_session(c, 0.0), 1);
  EXPECT_EQ(strip_session(c, c.session_days()[1] + 3.0), 2);
  const sim::RecoveryStrip r = sim::recovery_strip(c, 2);
  EXPECT_NEAR(strip_seek_day(r, c, 0), c.session_days()[1] + 1.0 / 24.0, 1e-9);
  EXPECT_NEAR(strip_seek_day(r, c, 5), c.session_days()[1] + 5.0, 1e-9);
}

TEST(Magnification, TwoSignificantDigitsOnA96DpiScreen) {
  EXPECT_EQ(magnification_text(96.0f / 25.4f * 40.0f), "40");
  EXPECT_EQ(magnification_text(96.0f / 25.4f * 123.0f), "120");
  EXPECT_EQ(magnification_text(96.0f / 25.4f * 7.4f), "7");
}

TEST(Overlay, PlainWordsLabelsCarryTheMedicalNameAndStayApart) {
  const test::UseEnglish english;
  const auto s =
      scene::build_skin_block(sim::skin_layers(sim::Region::cheek, sim::Sex::female, 40), {});
  const scene::Camera cam = scene::default_camera(s.block_min, s.block_max);
  OverlayOptions opt;
  opt.plain_words = true;
  auto width = [](const std::string& t, void*) { return 9.0f * static_cast<float>(t.size()); };
  const auto placed = layout_labels(s, cam, 1920, 1080, opt, 20.0f, width, nullptr);
  bool found = false;
  for (const PlacedLabel& p : placed) {
    if (p.id == "label.epidermis") {
      EXPECT_EQ(p.text, "Outer skin");
      EXPECT_EQ(p.medical, "Epidermis");
      found = true;
    }
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace dv::ui
