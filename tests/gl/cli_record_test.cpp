// `dermaviz record` end to end under Xvfb: frame count = seconds × fps, the first and last
// frames match `dermaviz render` at those days, cancel leaves no file, no ffmpeg gives a PNG
// sequence, bad flags are usage errors. Clips are small (64 frames at 320x180) to stay fast.
#include <gtest/gtest.h>

#include <stb_image.h>

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <memory>

#include "run_command.h"

namespace dv::test {
namespace {

namespace fs = std::filesystem;

struct Image {
  int w = 0, h = 0;
  std::shared_ptr<unsigned char> px;
};

Image load(const fs::path& p) {
  Image im;
  int n = 0;
  unsigned char* data = stbi_load(p.string().c_str(), &im.w, &im.h, &n, 3);
  if (data) im.px.reset(data, stbi_image_free);
  return im;
}

// Mean absolute difference per channel, 0-255.
double mean_difference(const Image& a, const Image& b) {
  const std::size_t n = static_cast<std::size_t>(a.w) * a.h * 3;
  double sum = 0.0;
  for (std::size_t i = 0; i < n; ++i) sum += std::abs(a.px.get()[i] - b.px.get()[i]);
  return sum / static_cast<double>(n);
}

// Share of pixels whose largest channel difference exceeds 48 levels (real picture changes, not
// H.264's softening of edges).
double changed_share(const Image& a, const Image& b) {
  const std::size_t n = static_cast<std::size_t>(a.w) * a.h;
  std::size_t changed = 0;
  for (std::size_t i = 0; i < n; ++i) {
    int d = 0;
    for (int c = 0; c < 3; ++c)
      d = std::max(d, std::abs(a.px.get()[3 * i + c] - b.px.get()[3 * i + c]));
    if (d > 48) ++changed;
  }
  return static_cast<double>(changed) / static_cast<double>(n);
}

fs::path fresh_dir(const std::string& name) {
  const fs::path dir =
      fs::temp_directory_path() / ("dermaviz-record-" + std::to_string(::getpid())) / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

bool have_ffmpeg() {
  return run_command("ffmpeg -version").exit_code == 0 &&
         run_command("ffprobe -version").exit_code == 0;
}

CommandResult record(const std::string& args, const std::string& env = "") {
  ::setenv("DV_GL_DEBUG", "1", 1);
  CommandResult r = run_command(env + " " + dermaviz() + " record " + args);
  EXPECT_EQ(r.output.find("GL error"), std::string::npos) << r.output;
  return r;
}

std::size_t entries(const fs::path& dir) {
  std::size_t n = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    (void)e;
    ++n;
  }
  return n;
}

TEST(CliRecord, FrameCountIsSecondsTimesFpsAndTheEndsMatchRender) {
  if (!have_ffmpeg()) GTEST_SKIP() << "ffmpeg is not installed (scripts/setup.sh installs it)";
  const fs::path dir = fresh_dir("match");
  const fs::path out = dir / "clip.mp4";
  const auto r =
      record("--out '" + out.string() + "' --size 320x180 --seconds 2 --fps 32 --from 1 --to 30");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  ASSERT_TRUE(fs::exists(out));
  EXPECT_EQ(entries(dir), 1u) << "no temporary file is left beside the clip";
  const auto probe = run_command(
      "ffprobe -v error -count_frames -select_streams v:0 -show_entries "
      "stream=nb_read_frames,width,height,pix_fmt,codec_name -of default=nw=1 '" +
      out.string() + "'");
  ASSERT_EQ(probe.exit_code, 0) << probe.output;
  EXPECT_NE(probe.output.find("nb_read_frames=64"), std::string::npos) << probe.output;
  EXPECT_NE(probe.output.find("codec_name=h264"), std::string::npos) << probe.output;
  EXPECT_NE(probe.output.find("pix_fmt=yuv420p"), std::string::npos) << probe.output;
  EXPECT_NE(probe.output.find("width=320"), std::string::npos) << probe.output;

  for (const auto& [frame, day] : {std::pair{0, "1"}, std::pair{63, "30"}}) {
    const fs::path png = dir / ("frame" + std::to_string(frame) + ".png");
    const auto x = run_command("ffmpeg -v error -y -i '" + out.string() + "' -vf 'select=eq(n\\," +
                               std::to_string(frame) + ")' -vframes 1 '" + png.string() + "'");
    ASSERT_EQ(x.exit_code, 0) << x.output;
    const fs::path ref = dir / ("render-day" + std::string(day) + ".png");
    const auto rr = run_command(dermaviz() + " render --no-ui --size 320x180 --day " + day +
                                " --out '" + ref.string() + "'");
    ASSERT_EQ(rr.exit_code, 0) << rr.output;
    const Image a = load(png), b = load(ref);
    ASSERT_TRUE(a.px && b.px);
    ASSERT_EQ(a.w, b.w);
    ASSERT_EQ(a.h, b.h);
    // H.264 with 4:2:0 chroma blurs colour edges a little; the picture is the same.
    EXPECT_LT(mean_difference(a, b), 4.0) << "frame " << frame << " vs render --day " << day;
    EXPECT_LT(changed_share(a, b), 0.01) << "frame " << frame << " vs render --day " << day;
  }
  // The ends differ from each other far more than from their renders (the test can fail).
  EXPECT_GT(changed_share(load(dir / "frame0.png"), load(dir / "frame63.png")), 0.03);
}

TEST(CliRecord, CancelLeavesNoFile) {
  if (!have_ffmpeg()) GTEST_SKIP() << "ffmpeg is not installed";
  const fs::path dir = fresh_dir("cancel");
  const fs::path out = dir / "clip.mp4";
  const auto r = record("--out '" + out.string() + "' --size 320x180 --seconds 2 --fps 32",
                        "DERMAVIZ_RECORD_CANCEL_AFTER=5");
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_NE(r.output.find("cancelled after 5 of 64 frames"), std::string::npos) << r.output;
  EXPECT_FALSE(fs::exists(out));
  EXPECT_EQ(entries(dir), 0u) << "no temporary file either";
}

TEST(CliRecord, WithoutFfmpegWritesANumberedPngSequence) {
  const fs::path dir = fresh_dir("noffmpeg");
  const fs::path out = dir / "clip.mp4";
  const auto r = record("--out '" + out.string() + "' --size 320x180 --seconds 0.25 --fps 32",
                        "DERMAVIZ_FFMPEG=/nonexistent/ffmpeg");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("ffmpeg ('/nonexistent/ffmpeg') was not found"), std::string::npos)
      << r.output;
  EXPECT_FALSE(fs::exists(out));
  const fs::path frames = dir / "clip-frames";
  ASSERT_TRUE(fs::is_directory(frames)) << r.output;
  EXPECT_EQ(entries(frames), 8u);
  EXPECT_EQ(entries(dir), 1u);
  const Image first = load(frames / "frame_00001.png"), last = load(frames / "frame_00008.png");
  ASSERT_TRUE(first.px && last.px);
  EXPECT_EQ(first.w, 320);
  EXPECT_EQ(first.h, 180);
}

TEST(CliRecord, BadFlagsAreUsageErrorsNamingTheFlagTheValueAndTheRange) {
  struct Case {
    const char* args;
    const char* says;
    const char* range;
  };
  for (const Case& c :
       {Case{"--fps 0", "--fps: 0", "1-120"}, Case{"--fps 500", "--fps: 500", "1-120"},
        Case{"--seconds 0.01", "--seconds: 0.01", "0.1-600"},
        Case{"--size 321x180", "--size: 321x180", "even"},
        Case{"--from 9999", "--from: 9999", "days"}, Case{"--from 10 --to 5", "--to: 5", "days"}}) {
    const auto r = run_command(dermaviz() + " record --out /tmp/dv-never.mp4 " + c.args);
    EXPECT_EQ(r.exit_code, 2) << c.args << r.output;
    EXPECT_NE(r.output.find(c.says), std::string::npos) << r.output;
    EXPECT_NE(r.output.find(c.range), std::string::npos) << r.output;
  }
  const auto r = run_command(dermaviz() + " record --out /tmp/dv-never.avi");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.output.find("--out: '/tmp/dv-never.avi'"), std::string::npos) << r.output;
  EXPECT_FALSE(fs::exists("/tmp/dv-never.mp4"));
}

}  // namespace
}  // namespace dv::test
