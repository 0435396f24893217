// Tier 2 (real GL): figure views are independent: two documents drawn side by side into one
// target each look exactly as when drawn alone, and differ where their documents differ.
#include <gtest/gtest.h>

#include <cstdlib>
#include <vector>

#include "app/figure_view.h"
#include "doc/document.h"
#include "gl_test_context.h"
#include "render/offscreen.h"

namespace dv::app {
namespace {

constexpr int kSide = 320;  // px, each view is square

struct Half {
  std::vector<std::uint8_t> px;  // kSide × kSide RGBA, top-down
};

Half crop(const std::vector<std::uint8_t>& rgba, int width, int x0) {
  Half h;
  for (int y = 0; y < kSide; ++y) {
    const auto row = rgba.begin() + (static_cast<std::ptrdiff_t>(y) * width + x0) * 4;
    h.px.insert(h.px.end(), row, row + kSide * 4);
  }
  return h;
}

// Largest per-channel difference, and how many pixels differ by more than 8 levels.
std::pair<int, int> compare(const Half& a, const Half& b) {
  int worst = 0, differing = 0;
  for (std::size_t i = 0; i < a.px.size(); i += 4) {
    int d = 0;
    for (int c = 0; c < 3; ++c) d = std::max(d, std::abs(a.px[i + c] - b.px[i + c]));
    worst = std::max(worst, d);
    if (d > 8) ++differing;
  }
  return {worst, differing};
}

// Pixels that are not the background (the top-left corner's colour), i.e. the block.
int block_pixels(const Half& h) {
  int n = 0;
  for (std::size_t i = 0; i < h.px.size(); i += 4) {
    int d = 0;
    for (int c = 0; c < 3; ++c) d = std::max(d, std::abs(h.px[i + c] - h.px[c]));
    if (d > 24) ++n;
  }
  return n;
}

Result<FigureView> view_for(const doc::Document& d) {
  auto v = FigureView::create(DV_SOURCE_DIR "/shaders");
  if (v) {
    v->update(d);
    v->front_view(1.0f);
  }
  return v;
}

TEST(FigureView, TwoViewsSideBySideEachShowTheirBlockAsWhenAlone) {
  DV_REQUIRE_GL();
  sim::Scenario cheek;
  sim::Scenario forehead;
  forehead.region = sim::Region::forehead;
  scene::FigureOptions trichrome;
  trichrome.stain = scene::Stain::trichrome;
  const doc::Document a(cheek), b(forehead, trichrome);
  auto va = view_for(a), vb = view_for(b);
  ASSERT_TRUE(va.ok()) << va.message();
  ASSERT_TRUE(vb.ok()) << vb.message();

  auto both = render::OffscreenTarget::create(2 * kSide, kSide, 4);
  ASSERT_TRUE(both.ok()) << both.message();
  const std::vector<PixelRect> rects = {{0, 0, kSide, kSide}, {kSide, 0, kSide, kSide}};
  clear_around(both.value(), rects, false);
  ASSERT_TRUE(va->draw(both.value(), rects[0]));
  ASSERT_TRUE(vb->draw(both.value(), rects[1]));
  const std::vector<std::uint8_t> pair = both->read_rgba();
  const Half left = crop(pair, 2 * kSide, 0), right = crop(pair, 2 * kSide, kSide);

  auto alone = render::OffscreenTarget::create(kSide, kSide, 4);
  ASSERT_TRUE(alone.ok()) << alone.message();
  ASSERT_TRUE(va->draw(alone.value(), {0, 0, kSide, kSide}));
  const Half left_alone = crop(alone->read_rgba(), kSide, 0);
  ASSERT_TRUE(vb->draw(alone.value(), {0, 0, kSide, kSide}));
  const Half right_alone = crop(alone->read_rgba(), kSide, 0);

  // Each half holds a block (most of a front view is tissue) ...
  EXPECT_GT(block_pixels(left), kSide * kSide / 4);
  EXPECT_GT(block_pixels(right), kSide * kSide / 4);
  // ... exactly as drawn alone: neither view leaked into the other's rectangle ...
  EXPECT_EQ(compare(left, left_alone).second, 0);
  EXPECT_EQ(compare(right, right_alone).second, 0);
  // ... and the two documents look different (another region, another stain).
  EXPECT_GT(compare(left, right).second, kSide * kSide / 10);
}

TEST(FigureView, UpdateRebuildsTheBlockOnlyWhenItsInputsChange) {
  DV_REQUIRE_GL();
  doc::Document d;
  auto v = FigureView::create(DV_SOURCE_DIR "/shaders");
  ASSERT_TRUE(v.ok()) << v.message();
  v->update(d);
  const auto built = v->block_generation();
  v->update(d);  // nothing changed
  EXPECT_EQ(v->block_generation(), built);
  doc::Edits e;
  e.edit_figure(d.figure()).labels = false;  // annotations only: no rebuild
  d.apply(e);
  v->update(d);
  EXPECT_EQ(v->block_generation(), built);
  doc::Edits stain;
  stain.edit_figure(d.figure()).stain = scene::Stain::elastin;
  d.apply(stain);
  v->update(d);
  EXPECT_EQ(v->block_generation(), built + 1);
}

}  // namespace
}  // namespace dv::app
