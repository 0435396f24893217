#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "app/settings.h"

namespace dv::app {
namespace {
namespace fs = std::filesystem;

fs::path temp_dir() {
  const fs::path d =
      fs::temp_directory_path() / ("dermaviz-settings-" + std::to_string(::getpid()));
  fs::create_directories(d);
  return d;
}

TEST(Settings, RoundTripThroughAFile) {
  Settings s;
  s.text_scale = 1.5f;
  s.scenario.region = sim::Region::back;
  s.scenario.needle_depth_mm = 2.0;
  s.figure.legend = true;
  s.figure.stain = scene::Stain::trichrome;
  const fs::path p = temp_dir() / "nested" / "settings.json";
  ASSERT_TRUE(save_settings(p, s).is_ok());
  const auto back = load_settings(p);
  EXPECT_TRUE(back.problems.empty());
  EXPECT_EQ(back.settings, s);
}

TEST(Settings, MissingFileGivesDefaults) {
  const auto s = load_settings(temp_dir() / "absent.json");
  EXPECT_TRUE(s.problems.empty());
  EXPECT_EQ(s.settings, Settings{});
}

TEST(Settings, BadValuesAreNamedAndTheRestIsKept) {
  const auto a = parse_settings(R"({"text_scale": 9, "legend": true})", "s.json");
  ASSERT_EQ(a.problems.size(), 1u);
  EXPECT_NE(a.problems[0].find("s.json: text_scale: 9 is outside the allowed range"),
            std::string::npos);
  EXPECT_TRUE(a.settings.figure.legend);
  EXPECT_EQ(a.settings.text_scale, 1.0f);
  // The file of issue 9: a needle depth typed into the GUI; the other values still load.
  const auto b = parse_settings(
      R"({"scenario": {"sessions": 40, "needle_depth_mm": 20, "passes": 6, "region": "nose"}})",
      "s.json");
  ASSERT_EQ(b.problems.size(), 2u);
  EXPECT_NE(b.problems[0].find("needle_depth_mm"), std::string::npos) << b.problems[0];
  EXPECT_NE(b.problems[1].find("sessions"), std::string::npos) << b.problems[1];
  EXPECT_EQ(b.settings.scenario.passes, 6);
  EXPECT_EQ(b.settings.scenario.region, sim::Region::nose);
  EXPECT_EQ(b.settings.scenario.sessions, sim::Scenario{}.sessions);
  const auto c = parse_settings(R"({"stain": "gram"})", "s.json");
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_NE(c.problems[0].find("gram"), std::string::npos);
  EXPECT_EQ(parse_settings("{not json", "s.json").problems.size(), 1u);
}

TEST(Settings, AFileWithABadValueIsRewrittenValidOnTheNextSave) {
  const fs::path p = temp_dir() / "rewrite" / "settings.json";
  fs::create_directories(p.parent_path());
  {
    std::ofstream f(p);
    f << R"({"text_scale": 1.5, "scenario": {"age_years": 150, "passes": 0}})";
  }
  LoadedSettings loaded = load_settings(p);
  EXPECT_EQ(loaded.problems.size(), 2u);
  EXPECT_EQ(loaded.settings.text_scale, 1.5f);
  ASSERT_TRUE(save_settings(p, loaded.settings).is_ok());
  const LoadedSettings again = load_settings(p);
  EXPECT_TRUE(again.problems.empty());
  EXPECT_EQ(again.settings, loaded.settings);
}

TEST(Settings, PathFollowsXdgConfigHome) {
  ::setenv("XDG_CONFIG_HOME", "/tmp/xdg-test", 1);
  EXPECT_EQ(settings_path(), fs::path("/tmp/xdg-test/dermaviz/settings.json"));
  ::unsetenv("XDG_CONFIG_HOME");
}

}  // namespace
}  // namespace dv::app

namespace dv::app {
namespace {

TEST(Settings, ThePatientViewAndSoftBloodAreRemembered) {
  Settings s;
  s.mode = "patient";
  s.figure.soft_blood = true;
  const LoadedSettings back = parse_settings(settings_to_json(s), "s.json");
  EXPECT_TRUE(back.problems.empty());
  EXPECT_EQ(back.settings.mode, "patient");
  EXPECT_TRUE(back.settings.figure.soft_blood);
  const LoadedSettings bad = parse_settings(R"({"mode": "lecture-hall"})", "s.json");
  ASSERT_EQ(bad.problems.size(), 1u);
  EXPECT_NE(bad.problems[0].find("mode: \"lecture-hall\" is not one of"), std::string::npos);
  EXPECT_EQ(bad.settings.mode, "explore");
}

TEST(Settings, TheLanguageIsRememberedAndAnUnknownOneIsNamed) {
  Settings s;
  s.language = "de";
  const LoadedSettings back = parse_settings(settings_to_json(s), "s.json");
  EXPECT_TRUE(back.problems.empty());
  EXPECT_EQ(back.settings.language, "de");
  const LoadedSettings bad = parse_settings(R"({"language": "fr", "text_scale": 1.5})", "s.json");
  ASSERT_EQ(bad.problems.size(), 1u);
  EXPECT_NE(bad.problems[0].find("language: \"fr\" is not one of en, es, de"), std::string::npos)
      << bad.problems[0];
  EXPECT_EQ(bad.settings.language, "en");
  EXPECT_FLOAT_EQ(bad.settings.text_scale, 1.5f);  // the rest is kept
}

}  // namespace
}  // namespace dv::app
