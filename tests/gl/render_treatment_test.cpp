// Tier 2 (real GL): the treatment overlay drawn over the block. Channels reach the simulated
// effective depth on screen, bleeding shows only when the needling bleeds, and the trichrome
// stain shows more collagen in the upper dermis at day 120 than at day 0. With DV_SNAPSHOT_DIR
// set, also writes PNGs of the course there (for looking at them, never committed).
#include <gtest/gtest.h>
#include <stb_image_write.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "gl_test_context.h"
#include "render/offscreen.h"
#include "render/renderer.h"
#include "scene/palette.h"
#include "scene/skin_block.h"
#include "scene/treatment.h"
#include "sim/course.h"
#include "sim/params.h"

namespace dv::render {
namespace {

struct Image {
  int w = 0, h = 0;
  std::vector<std::uint8_t> px;
  glm::vec3 at(int x, int y) const {
    const std::size_t i =
        (static_cast<std::size_t>(y) * static_cast<std::size_t>(w) + static_cast<std::size_t>(x)) *
        4;
    return glm::vec3(px[i], px[i + 1], px[i + 2]) / 255.0f;
  }
};

struct Shot {
  scene::Scene block;
  scene::Camera cam;
  Image img;
  std::size_t treatment_triangles = 0;
};

Shot render(const sim::Course& course, double day, scene::Stain stain, int w, int h, bool front) {
  Shot s;
  scene::BlockOptions bo;
  bo.stain = stain;
  s.block = scene::build_skin_block(course.skin(), bo);
  const sim::Snapshot snap = course.at(day);
  const scene::Scene t = scene::build_treatment(course, snap, s.block.layout, {stain, bo.seed});
  const float aspect = static_cast<float>(w) / static_cast<float>(h);
  s.cam = front ? scene::front_camera(s.block.block_min, s.block.block_max, aspect)
                : scene::default_camera(s.block.block_min, s.block.block_max);
  auto rb = SceneRenderer::create(DV_SOURCE_DIR "/shaders");
  auto rt = SceneRenderer::create(DV_SOURCE_DIR "/shaders");
  EXPECT_TRUE(rb.ok() && rt.ok());
  if (!rb.ok() || !rt.ok()) return s;
  rb->upload(s.block);
  rt->upload(t);
  s.treatment_triangles = rt->triangle_count();
  auto target = OffscreenTarget::create(w, h, 1);
  EXPECT_TRUE(target.ok()) << target.message();
  target->bind();
  rb->draw(s.cam, w, h, scene::all_visible());
  rt->draw(s.cam, w, h, scene::all_visible(), SceneRenderer::DrawMode::draw_over);
  s.img = {w, h, target->read_rgba()};
  return s;
}

sim::Course course_of(sim::Device d, double depth_mm) {
  sim::Scenario sc;
  sc.region = sim::Region::cheek;
  sc.device = d;
  sc.needle_depth_mm = depth_mm;
  return sim::simulate(sc);
}

// The open channel's navy (illustrated palette): dark, blue well above red. Nothing else in the
// illustrated block is this dark and blue.
bool channel_coloured(const glm::vec3& c) {
  return c.b < 0.45f && c.b > c.r + 0.08f && c.b > c.g + 0.05f && c.r < 0.2f;
}
// Blood: strongly red and dark-ish (droplets on the surface).
bool blood_coloured(const glm::vec3& c) {
  return c.r > 0.3f && c.g < 0.2f && c.b < 0.25f && c.r > 2.5f * c.g;
}
// Trichrome collagen: saturated blue (bundles and new fibres, not the pale ground substance).
bool collagen_blue(const glm::vec3& c) {
  return c.b > c.r + 0.4f && c.b > c.g + 0.22f;
}

constexpr int kW = 800, kH = 600;
// Just after the needle row has crossed the whole block: every channel is made, none closed.
constexpr double kNeedled_d = 0.0099;

// Deepest channel-coloured row in a band of columns around world x.
int deepest_channel_row(const Shot& s, float x_mm) {
  glm::vec2 px;
  scene::project_to_pixels(s.cam, {x_mm, 0.0f, s.block.layout.front_z}, kW, kH, &px);
  int deepest = -1;
  for (int x = static_cast<int>(px.x) - 6; x <= static_cast<int>(px.x) + 6; ++x) {
    for (int y = 0; y < kH; ++y) {
      if (x >= 0 && x < kW && channel_coloured(s.img.at(x, y))) deepest = std::max(deepest, y);
    }
  }
  return deepest;
}

TEST(RenderTreatment, ChannelsReachTheEffectiveDepthOnScreen) {
  DV_REQUIRE_GL();
  int rows[2] = {0, 0};
  int k = 0;
  for (double depth_mm : {0.5, 1.5}) {
    SCOPED_TRACE(depth_mm);
    const sim::Course c = course_of(sim::Device::pen, depth_mm);
    const Shot s = render(c, kNeedled_d, scene::Stain::illustrated, kW, kH, true);
    const sim::Snapshot snap = c.at(kNeedled_d);
    ASSERT_FALSE(snap.channels.empty());
    // A channel well inside the block, away from the ruler and the edges.
    const sim::ChannelState* ch = &snap.channels.front();
    for (const auto& x : snap.channels) {
      if (std::abs(x.x_um) < std::abs(ch->x_um)) ch = &x;
    }
    const float x_mm = static_cast<float>(ch->x_um) * 0.001f;
    glm::vec2 expect;
    ASSERT_TRUE(scene::project_to_pixels(
        s.cam,
        {x_mm, -static_cast<float>(c.needling().effective_depth_um) * 0.001f,
         s.block.layout.front_z},
        kW, kH, &expect));
    const int got = deepest_channel_row(s, x_mm);
    EXPECT_NEAR(got, expect.y, 4.0)
        << "effective depth " << c.needling().effective_depth_um << " µm";
    rows[k++] = got;
  }
  EXPECT_GT(rows[1], rows[0] + 50) << "the deeper pen's channel must reach lower on screen";
}

int blood_pixels_above_surface(const Shot& s) {
  glm::vec2 surf;
  scene::project_to_pixels(s.cam, {0.0f, 0.02f, s.block.layout.front_z}, kW, kH, &surf);
  int n = 0;
  for (int y = 0; y < static_cast<int>(surf.y); ++y) {
    for (int x = 0; x < kW; ++x) n += blood_coloured(s.img.at(x, y)) ? 1 : 0;
  }
  return n;
}

int blood_pixels(const Shot& s) {
  int n = 0;
  for (int y = 0; y < kH; ++y) {
    for (int x = 0; x < kW; ++x) n += blood_coloured(s.img.at(x, y)) ? 1 : 0;
  }
  return n;
}

TEST(RenderTreatment, BloodOnlyWhenTheNeedlingBleeds) {
  DV_REQUIRE_GL();
  const double day = sim::param::kNeedlingDuration_d + 4.0 / (24.0 * 60.0);  // four minutes after
  const sim::Course deep = course_of(sim::Device::pen, 1.5);
  const sim::Course shallow = course_of(sim::Device::roller, 0.25);  // a pen at 0.25 mm spots
  ASSERT_TRUE(deep.needling().bleeding);
  ASSERT_FALSE(shallow.needling().bleeding);
  const Shot d = render(deep, day, scene::Stain::illustrated, kW, kH, true);
  const Shot s = render(shallow, day, scene::Stain::illustrated, kW, kH, true);
  EXPECT_GT(blood_pixels_above_surface(d), 200) << "pinpoint droplets on the surface";
  EXPECT_EQ(blood_pixels_above_surface(s), 0);
  EXPECT_GT(blood_pixels(d), blood_pixels(s) + 500) << "blood in the channels";
}

double collagen_share_upper_dermis(const Shot& s) {
  const scene::BlockLayout& l = s.block.layout;
  glm::vec2 top, bottom;
  // Upper dermis: from just below the junction to 0.15 mm below the papillary dermis.
  scene::project_to_pixels(s.cam, {0.0f, l.junction_y - 0.02f, l.front_z}, kW, kH, &top);
  scene::project_to_pixels(s.cam, {0.0f, l.papillary_bottom_y - 0.15f, l.front_z}, kW, kH, &bottom);
  glm::vec2 left, right;
  scene::project_to_pixels(s.cam, {-1.4f, 0.0f, l.front_z}, kW, kH, &left);
  scene::project_to_pixels(s.cam, {1.4f, 0.0f, l.front_z}, kW, kH, &right);
  int hits = 0, total = 0;
  for (int y = static_cast<int>(top.y); y <= static_cast<int>(bottom.y); ++y) {
    for (int x = static_cast<int>(left.x); x <= static_cast<int>(right.x); ++x) {
      ++total;
      hits += collagen_blue(s.img.at(x, y)) ? 1 : 0;
    }
  }
  return total ? static_cast<double>(hits) / total : 0.0;
}

TEST(RenderTreatment, TrichromeShowsMoreCollagenAtDay120) {
  DV_REQUIRE_GL();
  const sim::Course c = sim::simulate(sim::Scenario{});
  const double before =
      collagen_share_upper_dermis(render(c, 0.0, scene::Stain::trichrome, kW, kH, true));
  const double after =
      collagen_share_upper_dermis(render(c, 120.0, scene::Stain::trichrome, kW, kH, true));
  std::printf("trichrome collagen share of the upper dermis: day 0 %.3f, day 120 %.3f\n", before,
              after);
  // Histology after a series: tens of percent more collagen (science.md §8.7).
  EXPECT_GT(after, before * 1.4);
}

TEST(RenderTreatment, Snapshots) {
  DV_REQUIRE_GL();
  const char* dir = std::getenv("DV_SNAPSHOT_DIR");
  if (!dir) GTEST_SKIP() << "set DV_SNAPSHOT_DIR to write PNGs of the course";
  struct Case {
    const char* name;
    sim::Device device;
    double depth_mm;
    double day;
    scene::Stain stain;
  };
  const std::vector<Case> cases = {
      {"pen15_d0.004", sim::Device::pen, 1.5, 0.004, scene::Stain::illustrated},
      {"pen15_d0.2", sim::Device::pen, 1.5, 0.2, scene::Stain::illustrated},
      {"pen15_d2", sim::Device::pen, 1.5, 2.0, scene::Stain::illustrated},
      {"pen15_d14", sim::Device::pen, 1.5, 14.0, scene::Stain::illustrated},
      {"pen15_d90", sim::Device::pen, 1.5, 90.0, scene::Stain::illustrated},
      {"pen15_d120", sim::Device::pen, 1.5, 120.0, scene::Stain::illustrated},
      {"pen15_d0", sim::Device::pen, 1.5, 0.0, scene::Stain::illustrated},
      {"pen15_d0.015", sim::Device::pen, 1.5, 0.015, scene::Stain::illustrated},
      {"pen15_d0_tri", sim::Device::pen, 1.5, 0.0, scene::Stain::trichrome},
      {"pen15_d120_tri", sim::Device::pen, 1.5, 120.0, scene::Stain::trichrome},
      {"pen15_d120_he", sim::Device::pen, 1.5, 120.0, scene::Stain::hematoxylin_eosin},
      {"pen15_d120_vvg", sim::Device::pen, 1.5, 120.0, scene::Stain::elastin},
      {"roller025_d0.004", sim::Device::roller, 0.25, 0.004, scene::Stain::illustrated},
      {"roller025_d0.2", sim::Device::roller, 0.25, 0.2, scene::Stain::illustrated},
      {"stamp10_d0.005", sim::Device::stamp, 1.0, 0.005, scene::Stain::illustrated},
  };
  for (const Case& k : cases) {
    const sim::Course c = course_of(k.device, k.depth_mm);
    for (const auto& [w, h] : {std::pair{1920, 1080}, std::pair{800, 600}}) {
      for (bool front : {false, true}) {
        const Shot s = render(c, k.day, k.stain, w, h, front);
        const std::string path = std::string(dir) + "/" + k.name + (front ? "_front_" : "_3q_") +
                                 std::to_string(w) + "x" + std::to_string(h) + ".png";
        stbi_write_png(path.c_str(), w, h, 4, s.img.px.data(), w * 4);
        std::printf("%s: %zu treatment triangles\n", path.c_str(), s.treatment_triangles);
      }
    }
  }
}

}  // namespace
}  // namespace dv::render
