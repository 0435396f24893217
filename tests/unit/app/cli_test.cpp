// The command line without a display: help, version, usage errors, the no-display message.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "run_command.h"

namespace dv::test {
namespace {

TEST(Cli, HelpListsTheCommandsAndExitsZero) {
  const auto r = run_command(dermaviz() + " --help");
  EXPECT_EQ(r.exit_code, 0);
  for (const char* word : {"render", "bench", "simulate", "--version"}) {
    EXPECT_NE(r.output.find(word), std::string::npos) << word;
  }
}

TEST(Cli, VersionPrintsTheVersion) {
  const auto r = run_command(dermaviz() + " --version");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.output.find("dermaviz " DV_VERSION_TEXT), std::string::npos) << r.output;
}

TEST(Cli, UnknownOptionPrintsTheProblemAndTheHelpHintAndExitsTwo) {
  const auto r = run_command(dermaviz() + " --frobnicate");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.output.find("--frobnicate"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("dermaviz --help"), std::string::npos) << r.output;
}

TEST(Cli, LessonsListsTheBuiltInLessons) {
  const auto r = run_command(dermaviz() + " lessons");
  EXPECT_EQ(r.exit_code, 0) << r.output;
  for (const char* word : {"needle_to_collagen", "From needle to new collagen", "depth_by_region",
                           "Choosing needle depth by region"}) {
    EXPECT_NE(r.output.find(word), std::string::npos) << word << "\n" << r.output;
  }
}

TEST(Cli, RenderAnUnknownLessonNamesItAndTheBuiltInOnes) {
  const auto r = run_command(dermaviz() + " render --lesson no_such_lesson --out /tmp/dv-slides");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.output.find("no_such_lesson"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("needle_to_collagen"), std::string::npos) << r.output;
}

TEST(Cli, BadSizeNamesTheValueAndTheRange) {
  const auto r = run_command(dermaviz() + " render --out /tmp/x.png --size 5000x100");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.output.find("5000x100"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("3840x2160"), std::string::npos) << r.output;
}

TEST(Cli, BadEnsembleSizeNamesTheFlagTheValueAndTheRange) {
  for (const char* n : {"7", "1025", "0"}) {
    const auto r = run_command(dermaviz() + " simulate --csv - --ensemble " + n);
    EXPECT_EQ(r.exit_code, 2) << n;
    EXPECT_NE(r.output.find(std::string("--ensemble: ") + n), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("8-1024"), std::string::npos) << r.output;
  }
}

TEST(Cli, ScenarioWithANumberTooLargeToReadIsAnErrorNamingTheKeyAndExitsTwo) {
  const std::string path = ::testing::TempDir() + "dermaviz-huge-seed.json";
  std::FILE* f = std::fopen(path.c_str(), "w");
  ASSERT_NE(f, nullptr);
  std::fprintf(f, "{\"seed\": %s}\n", std::string(5000, '9').c_str());
  std::fclose(f);
  for (const std::string cmd :
       {" simulate --csv - --scenario '", " render --out /tmp/x.png --scenario '"}) {
    const auto r = run_command(dermaviz() + cmd + path + "'");
    EXPECT_EQ(r.exit_code, 2) << cmd << r.output;
    EXPECT_NE(r.output.find(path + ":1:10: seed: "), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("too large"), std::string::npos) << r.output;
  }
}

TEST(Cli, UnknownRegionListsTheAllowedOnes) {
  const auto r = run_command(dermaviz() + " render --out /tmp/x.png --region elbow");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.output.find("elbow"), std::string::npos);
  EXPECT_NE(r.output.find("hand_dorsum"), std::string::npos);
}

TEST(Cli, UnknownStructureToHideIsRejected) {
  const auto r = run_command(dermaviz() + " render --out /tmp/x.png --hide spleen");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.output.find("spleen"), std::string::npos);
  EXPECT_NE(r.output.find("reticular_dermis"), std::string::npos);
}

TEST(Cli, RenderWithoutADisplaySaysWhatToDoAndExitsOne) {
  const auto r = run_command("env -u DISPLAY -u WAYLAND_DISPLAY " + dermaviz() +
                             " render --out /tmp/dermaviz-nodisplay.png --size 64x64");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.output.find("no display found: run under xvfb-run"), std::string::npos) << r.output;
}

}  // namespace
}  // namespace dv::test

#include "app/headless.h"

namespace dv::app {
namespace {

TEST(ParseSize, AcceptsWidthByHeightWithinTheLimits) {
  int w = 0, h = 0;
  EXPECT_TRUE(parse_size("1920x1080", &w, &h).is_ok());
  EXPECT_EQ(w, 1920);
  EXPECT_EQ(h, 1080);
  EXPECT_TRUE(parse_size("16X16", &w, &h).is_ok());
  EXPECT_TRUE(parse_size("3840x2160", &w, &h).is_ok());
}

TEST(ParseSize, RejectsMalformedAndOutOfRangeSizesNamingThem) {
  int w = 0, h = 0;
  for (const char* bad : {"", "1920", "x1080", "1920x", "19a0x1080", "1920x1080x3", "-5x10", "8x8",
                          "3841x100", "100x2161", "123456x10"}) {
    const Status st = parse_size(bad, &w, &h);
    ASSERT_FALSE(st.is_ok()) << bad;
    EXPECT_NE(st.message().find("--size"), std::string::npos);
  }
}

TEST(Cli, ANumberTooLargeForJsonIsAClearErrorNotAnAbort) {
  const std::string path = ::testing::TempDir() + "huge_seed.json";
  {
    std::ofstream f(path);
    f << "{\"seed\": " << std::string(5000, '9') << "}\n";
  }
  const auto r = test::run_command(test::dermaviz() + " simulate --csv - --scenario " + path);
  EXPECT_EQ(r.exit_code, 2) << r.output;
  EXPECT_NE(r.output.find("too large"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find(path), std::string::npos) << r.output;
}

}  // namespace
}  // namespace dv::app
