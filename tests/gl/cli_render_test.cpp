// `dermaviz render` end to end under Xvfb: exact PNG sizes, UI on and off, a readable picture.
#include <gtest/gtest.h>

#include <stb_image.h>

#include <unistd.h>
#include <filesystem>
#include <memory>
#include <set>

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

// `dermaviz render ARGS`, run with the GL debug output on (ctest sets DV_GL_DEBUG): a GL error
// the driver reports fails the test.
CommandResult render_command(const std::string& args) {
  ::setenv("DV_GL_DEBUG", "1", 1);
  CommandResult r = run_command(dermaviz() + " render " + args);
  EXPECT_EQ(r.output.find("GL error"), std::string::npos) << r.output;
  EXPECT_EQ(r.output.find("GL undefined behaviour"), std::string::npos) << r.output;
  return r;
}

fs::path temp_png(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("dermaviz-cli-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return dir / name;
}

TEST(CliRender, WritesAPngOfExactlyTheRequestedSize) {
  for (const char* size : {"333x222", "1280x720"}) {
    const fs::path out = temp_png(std::string("size-") + size + ".png");
    const auto r = render_command("--out '" + out.string() + "' --size " + size);
    ASSERT_EQ(r.exit_code, 0) << r.output;
    const Image im = load(out);
    ASSERT_TRUE(im.px) << out;
    EXPECT_EQ(std::to_string(im.w) + "x" + std::to_string(im.h), size);
  }
}

TEST(CliRender, PanelsShowOnlyWithoutNoUi) {
  const fs::path with_ui = temp_png("ui.png"), without = temp_png("noui.png");
  ASSERT_EQ(render_command("--size 800x600 --out '" + with_ui.string() + "'").exit_code, 0);
  ASSERT_EQ(render_command("--size 800x600 --no-ui --out '" + without.string() + "'").exit_code, 0);
  const Image a = load(with_ui), b = load(without);
  ASSERT_TRUE(a.px && b.px);
  // The side panel covers the right edge when the UI is on: the two images differ there.
  int differing = 0;
  for (int y = 100; y < 500; y += 4) {
    const unsigned char* p = a.at(790, y);
    const unsigned char* q = b.at(790, y);
    if (std::abs(p[0] - q[0]) + std::abs(p[1] - q[1]) + std::abs(p[2] - q[2]) > 30) ++differing;
  }
  EXPECT_GT(differing, 50);
}

TEST(CliRender, ImageIsNotBlank) {
  const fs::path out = temp_png("content.png");
  ASSERT_EQ(render_command("--size 640x480 --no-ui --out '" + out.string() + "'").exit_code, 0);
  const Image im = load(out);
  ASSERT_TRUE(im.px);
  // Many distinct colours: a picture, not a cleared framebuffer.
  std::set<int> colours;
  for (int y = 0; y < im.h; y += 3) {
    for (int x = 0; x < im.w; x += 3) {
      const unsigned char* p = im.at(x, y);
      colours.insert((p[0] >> 3) << 10 | (p[1] >> 3) << 5 | (p[2] >> 3));
    }
  }
  EXPECT_GT(colours.size(), 200u);
}

TEST(CliRender, ExistingOutputIsLeftAloneWhenTheFolderIsMissing) {
  const auto r = render_command("--size 64x64 --out /nonexistent-dir/x.png");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.output.find("/nonexistent-dir"), std::string::npos) << r.output;
}

}  // namespace
}  // namespace dv::test
