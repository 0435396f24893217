// Compare mode's words, the unsaved-changes prompt's logic and the compare and wipe screens on an
// ImGui context with no backend.
#include <gtest/gtest.h>

#include <imgui.h>

#include "doc/document.h"
#include "english_strings.h"
#include "sim/ensemble.h"
#include "ui/compare_words.h"
#include "ui/file_ui.h"
#include "ui/fonts.h"
#include "ui/screen.h"
#include "ui/wipe.h"

namespace dv::ui {
namespace {

TEST(CompareWords, SaysWhatBChangesAndWhatTheModelMakesOfIt) {
  const test::UseEnglish english;
  sim::Scenario a, b;
  b.needle_depth_mm = 0.25;  // far shallower: less bleeding, another layer
  const sim::Course ca = sim::simulate(a), cb = sim::simulate(b);
  const std::string words = compare_words(ca, nullptr, cb, nullptr);
  EXPECT_NE(words.find("Needle depth 0.25 mm instead of 1.50 mm"), std::string::npos) << words;
  // The channel depth difference is the model's, in mm with two decimals.
  char mm[16];
  std::snprintf(mm, sizeof mm, "%.2f",
                (ca.needling().effective_depth_um - cb.needling().effective_depth_um) / 1000.0);
  std::string channels = "channels ";
  channels.append(mm).append(" mm shallower");
  EXPECT_NE(words.find(channels), std::string::npos) << words;
  ASSERT_NE(ca.needling().bleeding_level, cb.needling().bleeding_level);
  EXPECT_NE(words.find("spotty bleeding instead of uniform pinpoint bleeding"), std::string::npos)
      << words;
  EXPECT_NE(words.find("channel tips in: Papillary dermis instead of Reticular dermis"),
            std::string::npos)
      << words;
  EXPECT_NE(words.find("collagen at 3 months"), std::string::npos) << words;
  // Without bands, the central values (and a note that the range follows).
  EXPECT_NE(words.find("range follows"), std::string::npos) << words;
}

TEST(CompareWords, UsesTheBandsWhenTheyAreThere) {
  const test::UseEnglish english;
  sim::Scenario a, b;
  b.sessions = 2;
  sim::EnsembleOptions o;
  o.members = 16;
  const auto ea = sim::run_ensemble(a, sim::central_params(), o);
  const auto eb = sim::run_ensemble(b, sim::central_params(), o);
  ASSERT_TRUE(ea && eb);
  const sim::Course ca = sim::simulate(a), cb = sim::simulate(b);
  const std::string words = compare_words(ca, &*ea, cb, &*eb);
  EXPECT_NE(words.find("Sessions 2 instead of 4"), std::string::npos) << words;
  EXPECT_NE(
      words.find(collagen_range_text(cb, &*eb) + " instead of " + collagen_range_text(ca, &*ea)),
      std::string::npos)
      << words;
  EXPECT_NE(collagen_range_text(ca, &*ea).find(" to "), std::string::npos);
}

TEST(CompareWords, TheSameProtocolSaysSoAndTheSeedIsNotASetting) {
  const test::UseEnglish english;
  sim::Scenario a, b;
  b.seed = 99;
  const sim::Course ca = sim::simulate(a), cb = sim::simulate(b);
  EXPECT_TRUE(differing_fields(a, b).empty());
  EXPECT_EQ(compare_words(ca, nullptr, cb, nullptr), tr("compare.same"));
  b.device = sim::Device::roller;
  b.region = sim::Region::forehead;
  EXPECT_EQ(differing_settings_text(a, b), "Region Forehead \u00b7 Device Roller");
}

TEST(UnsavedPrompt, NothingToLoseGoesAheadAtOnce) {
  FileUi f;
  EXPECT_TRUE(guard(f, FileRequest{FileOp::open, {}}));
  EXPECT_FALSE(f.prompt_open);
  f.dirty = true;
  EXPECT_TRUE(guard(f, FileRequest{FileOp::save, {}}));  // saving loses nothing
  EXPECT_TRUE(guard(f, FileRequest{FileOp::save_as, {}}));
}

TEST(UnsavedPrompt, UnsavedChangesWaitForTheAnswer) {
  for (FileOp op :
       {FileOp::new_document, FileOp::open, FileOp::open_path, FileOp::revert, FileOp::quit}) {
    FileUi f;
    f.dirty = true;
    EXPECT_FALSE(guard(f, FileRequest{op, "x.json"}));
    EXPECT_TRUE(f.prompt_open);
    bool save_first = true;
    const FileRequest cancelled = take_answer(f, PromptAnswer::cancel, &save_first);
    EXPECT_EQ(cancelled.op, FileOp::none);
    EXPECT_FALSE(save_first);
    EXPECT_FALSE(f.prompt_open);

    EXPECT_FALSE(guard(f, FileRequest{op, "x.json"}));
    const FileRequest discarded = take_answer(f, PromptAnswer::discard, &save_first);
    EXPECT_EQ(discarded.op, op);
    EXPECT_EQ(discarded.path, "x.json");
    EXPECT_FALSE(save_first);

    EXPECT_FALSE(guard(f, FileRequest{op, "x.json"}));
    const FileRequest saved = take_answer(f, PromptAnswer::save, &save_first);
    EXPECT_EQ(saved.op, op);
    EXPECT_TRUE(save_first);
    EXPECT_EQ(f.pending.op, FileOp::none);
  }
}

TEST(RecentFiles, NewestFirstNoDuplicatesBounded) {
  std::vector<std::string> r;
  const char* names[] = {"f0.json", "f1.json", "f2.json", "f3.json", "f4.json",  "f5.json",
                         "f6.json", "f7.json", "f8.json", "f9.json", "f10.json", "f11.json"};
  for (const char* n : names) remember_recent(r, n, 8);
  ASSERT_EQ(r.size(), 8u);
  EXPECT_EQ(r.front(), "f11.json");
  remember_recent(r, "f5.json", 8);
  EXPECT_EQ(r.front(), "f5.json");
  EXPECT_EQ(std::count(r.begin(), r.end(), "f5.json"), 1);
  EXPECT_EQ(r.size(), 8u);
}

class TraineeScreens : public ::testing::Test {
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

TEST_F(TraineeScreens, CompareGivesTwoHalvesAndIssuesNothingWithoutInput) {
  const test::UseEnglish english;
  sim::Scenario sb;
  sb.needle_depth_mm = 1.0;
  const doc::Document a, b(sb);
  Captions captions;
  FileUi files;
  ScreenInput in;
  in.document = &a;
  in.document_b = &b;
  in.width = 1280;
  in.height = 720;
  in.captions = &captions;
  in.fonts = &fonts_;
  in.files = &files;
  PanelFlags flags;
  for (int frame = 0; frame < 3; ++frame) {
    ImGui::NewFrame();
    const Screen s = screen(Mode::compare, in, flags);
    ImGui::Render();
    ASSERT_EQ(s.layout.views.size(), 2u);
    const Rect &l = s.layout.views[0], &r = s.layout.views[1];
    EXPECT_EQ(l.x, 0.0f);
    EXPECT_EQ(r.x, l.w);  // side by side, touching
    EXPECT_NEAR(l.w, r.w, 1.0f);
    EXPECT_EQ(l.h, r.h);
    EXPECT_FALSE(s.commands.scenario.has_value());
    EXPECT_FALSE(s.commands.seek_day.has_value());
    EXPECT_EQ(s.commands.file.op, FileOp::none);
  }
  // The longer course drives the shared clock.
  sim::Scenario longer;
  longer.sessions = 6;
  const doc::Document c(longer);
  EXPECT_EQ(&compare_clock(a, c), &c);
  EXPECT_EQ(&compare_clock(c, a), &c);
}

TEST_F(TraineeScreens, ExploreWithTheWipeKeepsOneViewAndShowsTheNumber) {
  const test::UseEnglish english;
  const doc::Document d;
  Captions captions;
  ScreenInput in;
  in.document = &d;
  in.width = 1280;
  in.height = 720;
  in.captions = &captions;
  in.fonts = &fonts_;
  PanelFlags flags;
  flags.wipe.on = true;
  flags.wipe.before_day = 1e9;  // clamped to the course
  for (int frame = 0; frame < 2; ++frame) {
    ImGui::NewFrame();
    const Screen s = screen(Mode::explore, in, flags);
    ImGui::Render();
    EXPECT_EQ(s.layout.views.size(), 1u);
  }
  EXPECT_EQ(flags.wipe.before_day, d.course().end_day());
  const sim::Course& c = d.course();
  const std::string text = wipe_coverage_text(c, 0.0, 120.0);
  char after[16];
  std::snprintf(after, sizeof after, "%+.0f",
                std::round(100.0 * (c.daily()[120].total_collagen - 1.0)));
  std::string expected = "+0 % \u2192 ";
  expected.append(after).append(" %");
  EXPECT_NE(text.find(expected), std::string::npos) << text;
}

}  // namespace
}  // namespace dv::ui
