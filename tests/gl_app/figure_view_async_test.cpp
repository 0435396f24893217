// Tier 2 (real GL): with set_async_blocks, a region change builds the new block on a worker
// thread while the old one is drawn, and once it has arrived and settled the picture is the
// same, pixel for pixel, as a view that built it on the spot (issue 13: determinism kept).
#include <gtest/gtest.h>

#include <chrono>
#include <thread>
#include <vector>

#include "app/figure_view.h"
#include "doc/document.h"
#include "gl_test_context.h"
#include "render/offscreen.h"

namespace dv::app {
namespace {

constexpr int kSide = 256;  // px

std::vector<std::uint8_t> draw(FigureView& v, render::OffscreenTarget& t) {
  const std::vector<PixelRect> rects = {{0, 0, kSide, kSide}};
  clear_around(t, rects, false);
  EXPECT_TRUE(v.draw(t, rects[0]));
  return t.read_rgba();
}

TEST(FigureView, AsyncBlockBuildShowsTheOldBlockUntilTheNewOneArrivesThenTheSamePixels) {
  DV_REQUIRE_GL();
  doc::Document d;
  auto async = FigureView::create(DV_SOURCE_DIR "/shaders");
  auto sync = FigureView::create(DV_SOURCE_DIR "/shaders");
  ASSERT_TRUE(async.ok()) << async.message();
  ASSERT_TRUE(sync.ok()) << sync.message();
  async->set_async_blocks(true);
  async->update(d);  // the first block is built on the spot even when async
  EXPECT_FALSE(async->building());
  auto target = render::OffscreenTarget::create_composited(kSide, kSide, 4);
  ASSERT_TRUE(target.ok()) << target.message();
  async->front_view(1.0f);
  const std::vector<std::uint8_t> cheek = draw(async.value(), target.value());

  sim::Scenario forehead = d.scenario();
  forehead.region = sim::Region::forehead;
  d.set_scenario(forehead);
  const auto generation = async->block_generation();
  async->update(d);
  EXPECT_TRUE(async->building());
  EXPECT_EQ(async->block_generation(), generation);  // still the cheek's block
  for (int i = 0; i < 500 && async->building(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    async->update(d);
  }
  ASSERT_FALSE(async->building());
  EXPECT_EQ(async->block_generation(), generation + 1);
  // Shown light first, then settled in full over the next draws (strips when large).
  draw(async.value(), target.value());
  EXPECT_TRUE(async->settling());
  std::vector<std::uint8_t> settled;
  for (int i = 0; i < 64 && async->settling(); ++i) settled = draw(async.value(), target.value());
  EXPECT_FALSE(async->settling());
  EXPECT_NE(settled, cheek);

  sync->update(d);
  sync->camera() = async->camera();
  EXPECT_EQ(draw(sync.value(), target.value()), settled);
}

TEST(FigureView, AChangeBackBeforeTheBuildArrivesKeepsTheBlockOnShow) {
  DV_REQUIRE_GL();
  doc::Document d;
  auto v = FigureView::create(DV_SOURCE_DIR "/shaders");
  ASSERT_TRUE(v.ok()) << v.message();
  v->set_async_blocks(true);
  v->update(d);
  const auto generation = v->block_generation();
  const sim::Scenario cheek = d.scenario();
  sim::Scenario back = cheek;
  back.region = sim::Region::back;
  d.set_scenario(back);
  v->update(d);
  EXPECT_TRUE(v->building());
  d.set_scenario(cheek);
  v->update(d);  // the abandoned build finishes on its own; nothing waits for it
  EXPECT_FALSE(v->building());
  EXPECT_EQ(v->block_generation(), generation);
}

}  // namespace
}  // namespace dv::app
