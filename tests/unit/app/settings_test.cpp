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
  ASSERT_FALSE(save_settings(p, s).has_value());
  const auto back = load_settings(p);
  ASSERT_TRUE(back.ok()) << back.message();
  EXPECT_EQ(back.value(), s);
}

TEST(Settings, MissingFileGivesDefaults) {
  const auto s = load_settings(temp_dir() / "absent.json");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s.value(), Settings{});
}

TEST(Settings, BadValuesAreNamed) {
  const auto a = parse_settings(R"({"text_scale": 9})", "s.json");
  ASSERT_FALSE(a.ok());
  EXPECT_NE(a.message().find("s.json: text_scale: 9 is outside the allowed range"),
            std::string::npos);
  const auto b = parse_settings(R"({"scenario": {"sessions": 40}})", "s.json");
  ASSERT_FALSE(b.ok());
  EXPECT_NE(b.message().find("sessions"), std::string::npos) << b.message();
  const auto c = parse_settings(R"({"stain": "gram"})", "s.json");
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.message().find("gram"), std::string::npos);
}

TEST(Settings, PathFollowsXdgConfigHome) {
  ::setenv("XDG_CONFIG_HOME", "/tmp/xdg-test", 1);
  EXPECT_EQ(settings_path(), fs::path("/tmp/xdg-test/dermaviz/settings.json"));
  ::unsetenv("XDG_CONFIG_HOME");
}

}  // namespace
}  // namespace dv::app
