// Screenshot and clip names never overwrite; the Pictures folder follows XDG; frames of a clip
// sit at even steps of playback time on the warped timeline.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

#include "app/capture_paths.h"
#include "app/recorder.h"
#include "doc/document.h"

namespace dv::app {
namespace {

namespace fs = std::filesystem;

fs::path fresh_dir(const std::string& name) {
  const fs::path dir =
      fs::temp_directory_path() / ("dermaviz-capture-" + std::to_string(::getpid())) / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

TEST(CaptureNames, ClaimsInTheSameSecondNeverCollideOrOverwrite) {
  const fs::path dir = fresh_dir("names");
  const std::time_t now = 1'700'000'000;
  // Someone else's file already has the first name: it must survive untouched.
  auto first = claim_capture_name(dir, "png", now);
  ASSERT_TRUE(first.ok()) << first.message();
  { std::ofstream(first.value()) << "keep me"; }
  std::set<fs::path> names{first.value()};
  for (int i = 0; i < 5; ++i) {
    auto p = claim_capture_name(dir, "png", now);
    ASSERT_TRUE(p.ok()) << p.message();
    EXPECT_TRUE(names.insert(p.value()).second) << p.value();
    EXPECT_TRUE(fs::exists(p.value()));  // claimed at once, so no other save takes it
    EXPECT_EQ(p.value().extension(), ".png");
    EXPECT_EQ(p.value().filename().string().rfind("dermaviz-", 0), 0u);
  }
  std::ifstream in(first.value());
  std::string text;
  std::getline(in, text);
  EXPECT_EQ(text, "keep me");
}

TEST(CaptureNames, AMissingOrReadOnlyFolderIsAnErrorNamingIt) {
  auto missing = claim_capture_name("/nonexistent/dermaviz", "png", 0);
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.message().find("/nonexistent/dermaviz"), std::string::npos);
  if (::geteuid() == 0) GTEST_SKIP() << "root writes into read-only folders";
  const fs::path dir = fresh_dir("readonly");
  fs::permissions(dir, fs::perms::owner_read | fs::perms::owner_exec);
  auto ro = claim_capture_name(dir, "png", 0);
  fs::permissions(dir, fs::perms::owner_all);
  ASSERT_FALSE(ro.ok());
  EXPECT_NE(ro.message().find(dir.string()), std::string::npos) << ro.message();
}

TEST(PicturesDir, FollowsXdgThenUserDirsThenHomePictures) {
  const fs::path home = fresh_dir("home");
  ::setenv("HOME", home.c_str(), 1);
  ::unsetenv("XDG_PICTURES_DIR");
  ::unsetenv("XDG_CONFIG_HOME");
  const fs::path cwd = fs::current_path();
  EXPECT_EQ(pictures_dir(), cwd);  // nothing set up: the working folder
  fs::create_directories(home / "Pictures");
  EXPECT_EQ(pictures_dir(), home / "Pictures");
  fs::create_directories(home / ".config");
  fs::create_directories(home / "Bilder");
  std::ofstream(home / ".config" / "user-dirs.dirs")
      << "# written by xdg-user-dirs-update\nXDG_PICTURES_DIR=\"$HOME/Bilder\"\n";
  EXPECT_EQ(pictures_dir(), home / "Bilder");
  ::setenv("XDG_PICTURES_DIR", "/somewhere/else", 1);
  EXPECT_EQ(pictures_dir(), fs::path("/somewhere/else"));
  ::unsetenv("XDG_PICTURES_DIR");
}

TEST(FrameDays, EndsExactAndEvenStepsOfWarpedPlaybackTime) {
  const doc::Document d;
  const doc::TimeWarp& w = d.warp();
  const double from = 0.0, to = d.course().end_day();
  const auto days = frame_days(w, from, to, 64);
  ASSERT_EQ(days.size(), 64u);
  EXPECT_EQ(days.front(), from);
  EXPECT_EQ(days.back(), to);
  const double step = (w.seconds_at(to) - w.seconds_at(from)) / 63.0;
  for (std::size_t i = 1; i < days.size(); ++i) {
    EXPECT_GE(days[i], days[i - 1]);
    EXPECT_NEAR(w.seconds_at(days[i]) - w.seconds_at(days[i - 1]), step, 1e-6 * (1.0 + step));
  }
  // The needling (first minutes) gets whole frames, not a sliver of one day-sized step.
  EXPECT_LT(days[1], 1.0);
  EXPECT_EQ(frame_days(w, 3.0, 9.0, 1), std::vector<double>{3.0});
  EXPECT_EQ(segment_frames(2.0, 32), 64);
  EXPECT_EQ(segment_frames(0.001, 30), 1);
}

}  // namespace
}  // namespace dv::app

namespace dv::app {
namespace {

TEST(PicturesDir, UserDirsLinesAreReadAsXdgWritesThem) {
  EXPECT_EQ(pictures_from_user_dirs("XDG_PICTURES_DIR=\"$HOME/Bilder\"\n", "/h"), "/h/Bilder");
  EXPECT_EQ(pictures_from_user_dirs("# c\r\nXDG_PICTURES_DIR=\"/srv/p\"\r\n", "/h"), "/srv/p");
  EXPECT_EQ(pictures_from_user_dirs("XDG_PICTURES_DIR=\"$HOME/\"", "/h"), "");  // disabled
  EXPECT_EQ(pictures_from_user_dirs("XDG_VIDEOS_DIR=\"$HOME/V\"", "/h"), "");
  EXPECT_EQ(pictures_from_user_dirs("", "/h"), "");
}

}  // namespace
}  // namespace dv::app
