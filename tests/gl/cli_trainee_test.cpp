// `dermaviz render --compare A B` and `--before DAY` end to end under Xvfb: the halves differ
// where the protocols differ and match where they do not; the wipe shows the "before" day left of
// the divider and the current day right of it; bad uses are usage errors.
#include <gtest/gtest.h>

#include <stb_image.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>

#include "run_command.h"

namespace dv::test {
namespace {

namespace fs = std::filesystem;

struct Image {
  int w = 0, h = 0;
  std::shared_ptr<unsigned char> px;
  const unsigned char* at(int x, int y) const {
    return px.get() + (static_cast<std::size_t>(y) * w + x) * 4;
  }
};

Image load(const fs::path& p) {
  Image im;
  int n = 0;
  unsigned char* data = stbi_load(p.string().c_str(), &im.w, &im.h, &n, 4);
  if (data) im.px.reset(data, stbi_image_free);
  return im;
}

fs::path temp(const std::string& name) {
  const fs::path dir =
      fs::temp_directory_path() / ("dermaviz-trainee-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return dir / name;
}

fs::path document(const std::string& name, const std::string& scenario) {
  const fs::path p = temp(name);
  std::ofstream(p) << R"({"version": 1, "scenario": )" << scenario << "}\n";
  return p;
}

CommandResult render(const std::string& args) {
  ::setenv("DV_GL_DEBUG", "1", 1);
  CommandResult r = run_command(dermaviz() + " render " + args);
  EXPECT_EQ(r.output.find("GL error"), std::string::npos) << r.output;
  return r;
}

int diff(const unsigned char* a, const unsigned char* b) {
  int d = 0;
  for (int c = 0; c < 3; ++c) d = std::max(d, std::abs(a[c] - b[c]));
  return d;
}

// Pixels of the left half that differ (by more than 8 levels) from the same pixel of the right
// half, in rows [y0, y1); columns next to the middle are left out (the divider line).
int halves_differ(const Image& im, int y0, int y1) {
  const int half = im.w / 2;
  int n = 0;
  for (int y = y0; y < y1; ++y) {
    for (int x = 4; x < half - 4; ++x) n += diff(im.at(x, y), im.at(x + half, y)) > 8;
  }
  return n;
}

const std::string kPlain = " --no-ui --no-labels --no-title --no-scale-bar --view front";

TEST(CliCompare, TheSameProtocolGivesTwoEqualHalves) {
  const fs::path a = document("same-a.json", R"({"needle_depth_mm": 1.5})");
  const fs::path out = temp("same.png");
  const auto r = render("--compare " + a.string() + " " + a.string() + " --out " + out.string() +
                        " --size 640x320 --day 0.01" + kPlain);
  ASSERT_EQ(r.exit_code, 0) << r.output;
  const Image im = load(out);
  ASSERT_EQ(im.w, 640);
  EXPECT_EQ(halves_differ(im, 0, im.h), 0);
}

TEST(CliCompare, HalvesDifferWhereTheProtocolsDifferAndMatchWhereTheyDoNot) {
  const fs::path a = document("deep.json", R"({"needle_depth_mm": 1.5})");
  const fs::path b = document("shallow.json", R"({"needle_depth_mm": 0.5})");
  const fs::path out = temp("deep-shallow.png");
  // The Pacinian corpuscle sits just under the dermis, which swells more after deeper needles
  // (oedema): it is hidden, so the fat compared is what neither protocol changes.
  const auto r = render("--compare " + a.string() + " " + b.string() + " --out " + out.string() +
                        " --size 640x320 --day 0.004 --hide receptors" + kPlain);
  ASSERT_EQ(r.exit_code, 0) << r.output;
  const Image im = load(out);
  ASSERT_EQ(im.h, 320);
  // The deeper channels of A cross the dermis: the halves differ there ...
  const int dermis = halves_differ(im, im.h / 3, 2 * im.h / 3);
  EXPECT_GT(dermis, 200);
  // ... while the fat at the bottom, which neither protocol reaches, is the same.
  const int fat = halves_differ(im, 3 * im.h / 4, im.h - 4);
  EXPECT_LT(fat, dermis / 50 + 5) << "dermis " << dermis;
}

// Dark title ink (below 90 in every channel) in rows [y0, y1) of columns [x0, x1).
int ink(const Image& im, int x0, int x1, int y0, int y1) {
  int n = 0;
  for (int y = y0; y < y1; ++y) {
    for (int x = x0; x < x1; ++x) {
      const unsigned char* p = im.at(x, y);
      n += p[0] < 90 && p[1] < 90 && p[2] < 90;
    }
  }
  return n;
}

TEST(CliCompare, BothHalvesCarryTheirTitleAndLabels) {
  // Two halves of exactly equal size (an even width): each keeps its own annotations.
  const fs::path a = document("title-a.json", R"({"needle_depth_mm": 1.5})");
  const fs::path out = temp("titles.png");
  const auto r = render("--compare " + a.string() + " " + a.string() + " --out " + out.string() +
                        " --size 800x400 --day 0.01 --no-ui --view front");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  const Image im = load(out);
  ASSERT_EQ(im.w, 800);
  const int left = ink(im, 0, 400, 0, 40), right = ink(im, 400, 800, 0, 40);
  EXPECT_GT(left, 300);
  EXPECT_GT(right, 300);
  EXPECT_NEAR(left, right, 0.2 * right);  // the same title, but for its letter
}

TEST(CliWipe, LeftOfTheDividerIsTheBeforeDayAndRightIsTheCurrentDay) {
  // Day 0 (before treatment) against the needling six minutes in: the same block (no
  // thickening and, unlike at a quarter of an hour, no swelling of the dermis yet), so the same
  // camera, with and without channels.
  const fs::path wipe = temp("wipe.png"), before = temp("before.png"), now = temp("now.png");
  const std::string common = " --size 480x320" + kPlain;
  ASSERT_EQ(render("--before 0 --day 0.004 --out " + wipe.string() + common).exit_code, 0);
  ASSERT_EQ(render("--day 0.004 --out " + now.string() + common).exit_code, 0);
  ASSERT_EQ(render("--day 0 --hide treatment,healing --out " + before.string() + common).exit_code,
            0);
  const Image w = load(wipe), b = load(before), n = load(now);
  ASSERT_EQ(w.w, 480);
  int left_is_before = 0, left_is_now = 0, right_is_now = 0, right_is_before = 0, total = 0;
  const int half = w.w / 2, gap = 24;  // the divider and its handle
  for (int y = 0; y < w.h; ++y) {
    for (int x = 4; x < half - gap; ++x) {
      ++total;
      left_is_before += diff(w.at(x, y), b.at(x, y)) <= 8;
      left_is_now += diff(w.at(x, y), n.at(x, y)) <= 8;
      const int xr = x + half + gap - 4;
      right_is_now += diff(w.at(xr, y), n.at(xr, y)) <= 8;
      right_is_before += diff(w.at(xr, y), b.at(xr, y)) <= 8;
    }
  }
  // Each side is its own day ...
  EXPECT_GT(left_is_before, total * 99 / 100);
  EXPECT_GT(right_is_now, total * 99 / 100);
  // ... and the two days look different (the channels, the device, the ruler).
  EXPECT_LT(left_is_now, total - 500);
  EXPECT_LT(right_is_before, total - 500);
}

TEST(CliTrainee, BadUsesAreUsageErrorsNamingTheOption) {
  const fs::path a = document("u-a.json", R"({"needle_depth_mm": 1.5})");
  const fs::path out = temp("usage.png");
  const struct {
    std::string args, names;
  } cases[] = {
      {"--compare " + a.string(), "--compare"},
      {"--compare " + a.string() + " " + a.string() + " --before 3", "--before"},
      {"--compare " + a.string() + " " + a.string() + " --scenario " + a.string(), "--scenario"},
      {"--compare " + a.string() + " " + temp("missing.json").string(), "missing.json"},
      {"--before 9999", "--before"},
      {"--before -1", "--before"},
  };
  for (const auto& c : cases) {
    const auto r = render(c.args + " --out " + out.string() + " --size 64x64");
    EXPECT_EQ(r.exit_code, 2) << c.args << "\n" << r.output;
    EXPECT_NE(r.output.find(c.names), std::string::npos) << c.args << "\n" << r.output;
  }
}

}  // namespace
}  // namespace dv::test
