// Renders the block for a few regions and views; checks the image is not blank. With
// DV_SNAPSHOT_DIR set, also writes the PNGs there (for looking at them, never committed).
#include <gtest/gtest.h>
#include <stb_image_write.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "gl_test_context.h"
#include "render/offscreen.h"
#include "render/renderer.h"
#include "scene/skin_block.h"
#include "sim/skin.h"

namespace dv::render {
namespace {

struct Shot {
  sim::Region region;
  const char* name;
  int w, h;
  bool front;
  float cut;
  scene::Stain stain;
};

TEST(RenderSnapshot, ViewsAreNotBlank) {
  DV_REQUIRE_GL();
  auto r = SceneRenderer::create(DV_SOURCE_DIR "/shaders");
  ASSERT_TRUE(r.ok()) << r.message();
  const char* dir = std::getenv("DV_SNAPSHOT_DIR");
  std::vector<Shot> shots = {
      {sim::Region::cheek, "cheek", 800, 600, false, 0.0f, scene::Stain::illustrated}};
  if (dir) {
    shots = {
        {sim::Region::cheek, "cheek", 1920, 1080, false, 0.0f, scene::Stain::illustrated},
        {sim::Region::cheek, "cheek", 1920, 1080, true, 0.0f, scene::Stain::illustrated},
        {sim::Region::cheek, "cheek", 800, 600, false, 0.0f, scene::Stain::illustrated},
        {sim::Region::cheek, "cheek", 800, 600, true, 0.0f, scene::Stain::illustrated},
        {sim::Region::periorbital, "periorbital", 1920, 1080, false, 0.0f,
         scene::Stain::illustrated},
        {sim::Region::periorbital, "periorbital", 800, 600, true, 0.0f, scene::Stain::illustrated},
        {sim::Region::back, "back", 1920, 1080, false, 0.0f, scene::Stain::illustrated},
        {sim::Region::back, "back", 800, 600, true, 0.0f, scene::Stain::illustrated},
        {sim::Region::cheek, "cheek_cut", 1920, 1080, false, 0.5f, scene::Stain::illustrated},
        {sim::Region::cheek, "cheek_he", 1920, 1080, false, 0.0f, scene::Stain::hematoxylin_eosin},
        {sim::Region::cheek, "cheek_trichrome", 1920, 1080, false, 0.0f, scene::Stain::trichrome},
        {sim::Region::cheek, "cheek_elastin", 1920, 1080, false, 0.0f, scene::Stain::elastin},
    };
  }
  for (const Shot& s : shots) {
    const auto skin = sim::skin_layers(s.region, sim::Sex::female, 40.0);
    scene::BlockOptions opt;
    opt.cut_fraction = s.cut;
    opt.stain = s.stain;
    const auto t0 = std::chrono::steady_clock::now();
    const scene::Scene sc = scene::build_skin_block(skin, opt);
    const double build_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    r->upload(sc);
    auto target = OffscreenTarget::create(s.w, s.h, 4);
    ASSERT_TRUE(target.ok()) << target.message();
    target->bind();
    const float aspect = static_cast<float>(s.w) / static_cast<float>(s.h);
    const scene::Camera cam = s.front ? scene::front_camera(sc.block_min, sc.block_max, aspect)
                                      : scene::default_camera(sc.block_min, sc.block_max);
    r->draw(cam, s.w, s.h, scene::all_visible());
    const auto px = target->read_rgba();
    // Not blank: the block covers part of the frame with colours unlike the background.
    std::size_t differing = 0;
    for (std::size_t i = 0; i + 4 <= px.size(); i += 4) {
      if (px[i] != px[0] || px[i + 1] != px[1] || px[i + 2] != px[2]) ++differing;
    }
    EXPECT_GT(differing, px.size() / 4 / 5) << s.name;
    if (dir) {
      const std::string path = std::string(dir) + "/" + s.name + (s.front ? "_front_" : "_3q_") +
                               std::to_string(s.w) + "x" + std::to_string(s.h) + ".png";
      stbi_write_png(path.c_str(), s.w, s.h, 4, px.data(), s.w * 4);
      std::printf("%s: %zu triangles, build %.1f ms\n", path.c_str(), r->triangle_count(),
                  build_ms);
    }
  }
}

}  // namespace
}  // namespace dv::render
