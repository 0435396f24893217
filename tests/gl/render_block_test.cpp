// Tier 2 (real GL): the layer colours sit in the expected bands of the front cut face, a layer
// toggled off leaves the pixels, and a broken shader gives an error naming its file.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <vector>

#include "gl_test_context.h"
#include "render/offscreen.h"
#include "render/renderer.h"
#include "render/shader.h"
#include "scene/palette.h"
#include "scene/skin_block.h"
#include "sim/skin.h"

namespace dv::render {
namespace {

constexpr int kW = 640, kH = 480;

struct Image {
  std::vector<std::uint8_t> px;
  glm::vec3 at(int x, int y) const {
    const std::size_t i = (static_cast<std::size_t>(y) * kW + static_cast<std::size_t>(x)) * 4;
    return glm::vec3(px[i], px[i + 1], px[i + 2]) / 255.0f;
  }
};

struct Shot {
  scene::Scene scene;
  scene::Camera cam;
  Image img;
};

scene::Visibility layers_only() {
  scene::Visibility v{};
  for (scene::Structure s : {scene::Structure::stratum_corneum, scene::Structure::epidermis,
                             scene::Structure::papillary_dermis, scene::Structure::reticular_dermis,
                             scene::Structure::subcutis}) {
    v[static_cast<std::size_t>(s)] = true;
  }
  return v;
}

Shot render(sim::Region region, const scene::Visibility& vis) {
  Shot s;
  s.scene = scene::build_skin_block(sim::skin_layers(region, sim::Sex::female, 40.0), {});
  s.cam = scene::front_camera(s.scene.block_min, s.scene.block_max, static_cast<float>(kW) / kH);
  auto r = SceneRenderer::create(DV_SOURCE_DIR "/shaders");
  EXPECT_TRUE(r.ok()) << r.message();
  if (!r.ok()) return s;
  r->upload(s.scene);
  auto t = OffscreenTarget::create(kW, kH, 1);
  EXPECT_TRUE(t.ok()) << t.message();
  t->bind();
  r->draw(s.cam, kW, kH, vis);
  s.img.px = t->read_rgba();
  return s;
}

// Chromaticity (brightness removed, so the band's top-to-bottom shading does not matter).
glm::vec3 chroma(const glm::vec3& c) {
  return c / std::max(c.r + c.g + c.b, 1e-3f);
}

enum class Band { corneum, epidermis, papillary, reticular, fat, septum };

Band classify(const glm::vec3& srgb_px) {
  const std::pair<Band, scene::Material> refs[] = {
      {Band::papillary, scene::Material::papillary_dermis},
      {Band::reticular, scene::Material::reticular_dermis},
      {Band::fat, scene::Material::fat},
      {Band::septum, scene::Material::septum},
      {Band::fat, scene::Material::fat_matrix},
      {Band::epidermis, scene::Material::epidermis},
      {Band::corneum, scene::Material::corneum}};
  Band best = Band::corneum;
  float best_d = 1e9f;
  for (const auto& [band, m] : refs) {
    const glm::vec3 ref = scene::linear_to_srgb(scene::palette(m, scene::Stain::illustrated));
    const float d = glm::length(chroma(ref) - chroma(srgb_px));
    if (d < best_d) best_d = d, best = band;
  }
  return best;
}

// Fraction of front-face columns (clear of the follicle and sweat gland) whose pixel at world
// height y classifies as one of `want`.
float share_in_band(const Shot& s, float y, std::initializer_list<Band> want) {
  int hits = 0, total = 0;
  for (float x = -1.4f; x <= 1.4f; x += 0.1f) {
    glm::vec2 px;
    if (!scene::project_to_pixels(s.cam, {x, y, s.scene.layout.front_z}, kW, kH, &px)) continue;
    const Band b = classify(s.img.at(static_cast<int>(px.x), static_cast<int>(px.y)));
    ++total;
    for (Band w : want) hits += b == w ? 1 : 0;
  }
  return total ? static_cast<float>(hits) / static_cast<float>(total) : 0.0f;
}

TEST(RenderBlock, LayerColoursSitInTheirBandsForThinAndThickDermis) {
  DV_REQUIRE_GL();
  for (sim::Region region : {sim::Region::cheek, sim::Region::back}) {
    SCOPED_TRACE(std::string(sim::key(region)));
    const Shot s = render(region, scene::all_visible());
    const Shot bare = render(region, layers_only());
    const scene::BlockLayout& l = s.scene.layout;
    const float trough = 2.0f * l.junction_y - l.papilla_tip_y;
    // Layer slabs alone: every band shows its own colour family.
    EXPECT_GE(share_in_band(bare, 0.5f * (trough + l.papillary_bottom_y), {Band::papillary}), 0.9f);
    EXPECT_GE(
        share_in_band(bare, 0.5f * (l.papillary_bottom_y + l.dermis_bottom_y), {Band::reticular}),
        0.9f);
    EXPECT_GE(share_in_band(bare, 0.5f * (l.dermis_bottom_y + l.block_bottom_y),
                            {Band::fat, Band::septum}),
              0.9f);
    // With everything shown, the fat band is mostly fat.
    EXPECT_GE(
        share_in_band(s, 0.5f * (l.dermis_bottom_y + l.block_bottom_y), {Band::fat, Band::septum}),
        0.7f);
  }
  // The back's reticular dermis reaches below where the cheek's subcutis already starts.
  const Shot cheek = render(sim::Region::cheek, layers_only());
  const Shot back = render(sim::Region::back, layers_only());
  const float y = cheek.scene.layout.dermis_bottom_y - 0.25f;
  EXPECT_GE(share_in_band(cheek, y, {Band::fat, Band::septum}), 0.85f);  // cheek 1.3 mm (§0a)
  EXPECT_GE(share_in_band(back, y, {Band::reticular}), 0.9f);
}

TEST(RenderBlock, LayerToggledOffLeavesThePixels) {
  DV_REQUIRE_GL();
  const Shot on = render(sim::Region::cheek, layers_only());
  scene::Visibility off_vis = layers_only();
  off_vis[static_cast<std::size_t>(scene::Structure::reticular_dermis)] = false;
  const Shot off = render(sim::Region::cheek, off_vis);
  const scene::BlockLayout& l = on.scene.layout;
  glm::vec2 px;
  ASSERT_TRUE(scene::project_to_pixels(
      on.cam, {0.0f, 0.5f * (l.papillary_bottom_y + l.dermis_bottom_y), l.front_z}, kW, kH, &px));
  const glm::vec3 ret = on.img.at(static_cast<int>(px.x), static_cast<int>(px.y));
  auto count_like = [&](const Image& img) {
    int n = 0;
    for (int y = 0; y < kH; ++y) {
      for (int x = 0; x < kW; ++x) n += glm::length(img.at(x, y) - ret) < 0.05f ? 1 : 0;
    }
    return n;
  };
  const int before = count_like(on.img), after = count_like(off.img);
  EXPECT_GT(before, kW * kH / 20);
  EXPECT_LT(after, before / 50) << "reticular dermis colour still on screen";
  // Everything else is unchanged: the papillary band is still there.
  EXPECT_GE(
      share_in_band(off, 0.5f * (l.papillary_bottom_y + 2.0f * l.junction_y - l.papilla_tip_y),
                    {Band::papillary}),
      0.9f);
}

// Issue 14: hiding nerves, receptors, arrector pili or melanocytes takes exactly that structure
// off the screen: the picture equals one of a scene built without its batches, and differs from
// the picture with it shown.
TEST(RenderBlock, HidingEachNewAnatomyStructureRemovesItsPixels) {
  DV_REQUIRE_GL();
  auto draw = [](const scene::Scene& sc, const scene::Visibility& vis) {
    const scene::Camera cam =
        scene::front_camera(sc.block_min, sc.block_max, static_cast<float>(kW) / kH);
    auto r = SceneRenderer::create(DV_SOURCE_DIR "/shaders");
    EXPECT_TRUE(r.ok()) << r.message();
    Image img;
    if (!r.ok()) return img;
    r->upload(sc);
    auto t = OffscreenTarget::create(kW, kH, 1);
    EXPECT_TRUE(t.ok()) << t.message();
    t->bind();
    r->draw(cam, kW, kH, vis);
    img.px = t->read_rgba();
    return img;
  };
  auto differing = [](const Image& a, const Image& b) {
    int n = 0;
    for (std::size_t i = 0; i + 3 < a.px.size(); i += 4) {
      n += (a.px[i] != b.px[i] || a.px[i + 1] != b.px[i + 1] || a.px[i + 2] != b.px[i + 2]) ? 1 : 0;
    }
    return n;
  };
  scene::BlockOptions opt;
  opt.fitzpatrick = 6;
  const scene::Scene full =
      scene::build_skin_block(sim::skin_layers(sim::Region::cheek, sim::Sex::female, 40.0), opt);
  const Image all = draw(full, scene::all_visible());
  for (scene::Structure st : {scene::Structure::nerves, scene::Structure::receptors,
                              scene::Structure::arrector_pili, scene::Structure::melanocytes}) {
    SCOPED_TRACE(std::string(scene::structure_key(st)));
    scene::Visibility vis = scene::all_visible();
    vis[static_cast<std::size_t>(st)] = false;
    scene::Scene without = full;
    std::erase_if(without.batches, [st](const scene::MeshBatch& m) { return m.structure == st; });
    const Image hidden = draw(full, vis), removed = draw(without, scene::all_visible());
    ASSERT_EQ(hidden.px.size(), all.px.size());
    EXPECT_GT(differing(all, hidden), 30) << "structure not visible when shown";
    EXPECT_EQ(differing(hidden, removed), 0) << "hidden structure still on screen";
  }
}

TEST(RenderBlock, BrokenShaderErrorNamesTheFile) {
  DV_REQUIRE_GL();
  const auto dir = std::filesystem::temp_directory_path() / "dv_broken_shader_test";
  std::filesystem::create_directories(dir);
  std::filesystem::copy_file(DV_SOURCE_DIR "/shaders/scene.vert", dir / "scene.vert",
                             std::filesystem::copy_options::overwrite_existing);
  std::ofstream(dir / "scene.frag")
      << "#version 330 core\nout vec4 c;\nvoid main() { c = vec4(oops); }\n";
  const auto p = load_program(dir, "scene");
  ASSERT_FALSE(p.ok());
  EXPECT_NE(p.message().find("scene.frag"), std::string::npos) << p.message();
  EXPECT_NE(p.message().find("oops"), std::string::npos) << "driver log missing: " << p.message();
  const auto r = SceneRenderer::create(dir);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.message().find("scene.frag"), std::string::npos);
  const auto missing = load_program(dir, "nothing");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.message().find("nothing.vert"), std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST(RenderBlock, DefinesAreInjectedAfterTheVersionLine) {
  DV_REQUIRE_GL();
  const auto dir = std::filesystem::temp_directory_path() / "dv_define_shader_test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "d.vert")
      << "#version 330 core\nvoid main() { gl_Position = vec4(VALUE); }\n";
  std::ofstream(dir / "d.frag")
      << "#version 330 core\nout vec4 c;\nvoid main() { c = vec4(1.0); }\n";
  EXPECT_FALSE(load_program(dir, "d").ok());
  EXPECT_TRUE(load_program(dir, "d", {"VALUE 1.0"}).ok());
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace dv::render
