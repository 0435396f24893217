// Tier 2 (real GL): a screenshot is drawn from the current state, not the default scenario,
// at exactly the size asked, and saved under a new name each time.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>

#include "app/screenshot.h"
#include "app/workspace.h"
#include "gl_test_context.h"

namespace dv::app {
namespace {

namespace fs = std::filesystem;

int differing_pixels(const std::vector<std::uint8_t>& a, const std::vector<std::uint8_t>& b) {
  int n = 0;
  for (std::size_t i = 0; i + 3 < a.size(); i += 4) {
    int d = 0;
    for (int c = 0; c < 3; ++c) d = std::max(d, std::abs(a[i + c] - b[i + c]));
    if (d > 8) ++n;
  }
  return n;
}

TEST(Screenshot, ShowsTheCurrentStateAndNeverOverwrites) {
  DV_REQUIRE_GL();
  auto work = open_workspace(DV_SOURCE_DIR, sim::Scenario{}, scene::FigureOptions{});
  ASSERT_TRUE(work.ok()) << work.message();
  constexpr int kW = 320, kH = 180;
  auto before = render_current_state(DV_SOURCE_DIR, work.value(), kW, kH);
  ASSERT_TRUE(before.ok()) << before.message();
  ASSERT_EQ(before->size(), static_cast<std::size_t>(kW * kH * 4));
  // The same state again: the same picture (nothing of the stage leaks between shots).
  auto again = render_current_state(DV_SOURCE_DIR, work.value(), kW, kH);
  ASSERT_TRUE(again.ok()) << again.message();
  EXPECT_EQ(differing_pixels(before.value(), again.value()), 0);

  // Another day, stain and camera: the screenshot follows.
  doc::Edits e;
  e.edit_figure(work->document.figure()).stain = scene::Stain::trichrome;
  e.seek_day = 30.0;
  work->document.apply(e);
  work->view.camera().orbit(0.5f, 0.0f);
  auto after = render_current_state(DV_SOURCE_DIR, work.value(), kW, kH);
  ASSERT_TRUE(after.ok()) << after.message();
  EXPECT_GT(differing_pixels(before.value(), after.value()), kW * kH / 10);

  const fs::path dir = fs::temp_directory_path() / ("dermaviz-shot-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  auto a = save_capture_png(dir, kW, kH, before.value());
  auto b = save_capture_png(dir, kW, kH, after.value());
  ASSERT_TRUE(a.ok()) << a.message();
  ASSERT_TRUE(b.ok()) << b.message();
  EXPECT_NE(a.value(), b.value());
  EXPECT_GT(fs::file_size(a.value()), 1000u);
  EXPECT_GT(fs::file_size(b.value()), 1000u);

  // Larger than the driver allows: an error naming the size, no file.
  auto huge = render_current_state(DV_SOURCE_DIR, work.value(), 20000, 100);
  ASSERT_FALSE(huge.ok());
  EXPECT_NE(huge.message().find("20000"), std::string::npos) << huge.message();
}

}  // namespace
}  // namespace dv::app
