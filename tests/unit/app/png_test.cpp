// app::write_png (libpng): what is written reads back pixel for pixel, bad sizes are an error
// naming the file, and nothing is left behind on error.
#include <gtest/gtest.h>
#include <stb_image.h>

#include <cstdint>
#include <filesystem>
#include <vector>

#include "app/png.h"

namespace dv::app {
namespace {

std::filesystem::path temp_png(const char* name) {
  return std::filesystem::temp_directory_path() / name;
}

TEST(Png, WrittenPixelsReadBackExactly) {
  const int w = 37, h = 23;  // odd sizes: no row padding assumptions
  std::vector<std::uint8_t> px(static_cast<std::size_t>(w * h * 4));
  for (std::size_t i = 0; i < px.size(); ++i) {
    px[i] = static_cast<std::uint8_t>((i * 7919u) >> 3);  // no flat runs: every filter byte counts
  }
  const auto path = temp_png("dermaviz_png_test.png");
  const Status st = write_png(path, w, h, px);
  ASSERT_TRUE(st.is_ok()) << st.message();
  int rw = 0, rh = 0, n = 0;
  unsigned char* back = stbi_load(path.string().c_str(), &rw, &rh, &n, 4);
  ASSERT_NE(back, nullptr);
  EXPECT_EQ(rw, w);
  EXPECT_EQ(rh, h);
  EXPECT_EQ(n, 4);
  EXPECT_TRUE(std::equal(px.begin(), px.end(), back));
  stbi_image_free(back);
  std::filesystem::remove(path);
}

TEST(Png, APixelCountThatDoesNotMatchTheSizeIsAnErrorNamingTheFile) {
  const auto path = temp_png("dermaviz_png_bad.png");
  std::filesystem::remove(path);
  const Status st = write_png(path, 4, 4, std::vector<std::uint8_t>(10));
  ASSERT_FALSE(st.is_ok());
  EXPECT_NE(st.message().find(path.string()), std::string::npos) << st.message();
  EXPECT_FALSE(std::filesystem::exists(path));
}

}  // namespace
}  // namespace dv::app
