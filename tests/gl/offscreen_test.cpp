#include <gtest/gtest.h>

#include "gl_test_context.h"
#include "render/offscreen.h"

namespace dv::render {
namespace {

TEST(Offscreen, ReadBackHasExactSizeAndClearColour) {
  DV_REQUIRE_GL();
  auto t = OffscreenTarget::create(333, 177, 4);
  ASSERT_TRUE(t.ok()) << t.message();
  t->bind();
  glClearColor(1.0f, 0.0f, 0.0f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  // Paint the top-left quarter green with a scissor to check the row order of the read-back.
  glEnable(GL_SCISSOR_TEST);
  glScissor(0, 177 - 50, 100, 50);  // GL origin is bottom-left
  glClearColor(0.0f, 1.0f, 0.0f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  glDisable(GL_SCISSOR_TEST);
  const auto px = t->read_rgba();
  ASSERT_EQ(px.size(), 333u * 177u * 4u);
  EXPECT_EQ(px[1], 255);  // top-left pixel is green
  EXPECT_EQ(px[0], 0);
  const std::size_t last = px.size() - 4;  // bottom-right pixel is red
  EXPECT_EQ(px[last], 255);
  EXPECT_EQ(px[last + 1], 0);
}

TEST(Offscreen, RejectsSizesOutsideTheLimit) {
  DV_REQUIRE_GL();
  EXPECT_FALSE(OffscreenTarget::create(0, 10, 1).ok());
  const auto r = OffscreenTarget::create(OffscreenTarget::kMaxSide + 1, 10, 1);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.message().find("4096"), std::string::npos);
}

}  // namespace
}  // namespace dv::render
