// Speed targets of the skin block: scene build ≤ ~30 ms (the cut-plane slider rebuilds it) and a
// frame ≤ 16.7 ms at 1280x720 on llvmpipe (run under xvfb-run -a; the frame benchmarks skip when
// there is no display).
#include <benchmark/benchmark.h>
#include <glad/gl.h>

#include <filesystem>

#include "app/gl_window.h"
#include "render/offscreen.h"
#include "render/renderer.h"
#include "scene/skin_block.h"
#include "sim/skin.h"

namespace {

using namespace dv;

void BM_BuildSkinBlock(benchmark::State& state, sim::Region region) {
  const sim::SkinLayers skin = sim::skin_layers(region, sim::Sex::female, 40.0);
  scene::BlockOptions opt;
  std::size_t tris = 0;
  for (auto _ : state) {
    const scene::Scene s = scene::build_skin_block(skin, opt);
    tris = 0;
    for (const scene::MeshBatch& m : s.batches) tris += m.indices.size() / 3;
    benchmark::DoNotOptimize(tris);
  }
  state.counters["triangles"] = static_cast<double>(tris);
}
BENCHMARK_CAPTURE(BM_BuildSkinBlock, cheek, sim::Region::cheek)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_BuildSkinBlock, back, sim::Region::back)->Unit(benchmark::kMillisecond);

// One hidden window with a 3.3 core context for the whole run (the app's own GlWindow).
bool gl_context() {
  static auto window = app::GlWindow::create(64, 64, "dermaviz-bench", false);
  return window.ok();
}

// One frame of the 3D view (no UI) at 1280x720; range(0) = MSAA samples, range(1) = 1 for the
// lighter detail drawn while the camera moves.
void BM_DrawFrame(benchmark::State& state, sim::Region region) {
  if (!gl_context()) {
    state.SkipWithError("no OpenGL 3.3 context: run under xvfb-run -a");
    return;
  }
  // The bench has no data-dir definition of its own: shaders/ sits next to bench/ in the tree.
  auto r = render::SceneRenderer::create(
      std::filesystem::path(__FILE__).parent_path().parent_path() / "shaders");
  auto t = render::OffscreenTarget::create(1280, 720, static_cast<int>(state.range(0)));
  if (!r.ok() || !t.ok()) {
    state.SkipWithError("renderer or target failed");
    return;
  }
  const scene::Scene s =
      scene::build_skin_block(sim::skin_layers(region, sim::Sex::female, 40.0), {});
  r->upload(s);
  const scene::Camera cam = scene::default_camera(s.block_min, s.block_max);
  const auto detail =
      state.range(1) ? render::SceneRenderer::Detail::moving : render::SceneRenderer::Detail::full;
  t->bind();
  for (auto _ : state) {
    r->draw(cam, 1280, 720, scene::all_visible(), render::SceneRenderer::DrawMode::clear_and_draw,
            detail);
    glFinish();
  }
  state.counters["triangles"] = static_cast<double>(r->triangle_count(detail));
  state.counters["samples"] = static_cast<double>(t->samples());
}
BENCHMARK_CAPTURE(BM_DrawFrame, cheek, sim::Region::cheek)
    ->Args({1, 0})
    ->Args({4, 0})
    ->Args({1, 1})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK_CAPTURE(BM_DrawFrame, back, sim::Region::back)
    ->Args({1, 0})
    ->Args({4, 0})
    ->Args({1, 1})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// What a region change still costs the main thread once the block is built off-thread
// (scene::BlockBuild): handing the built scene to the GPU.
void BM_UploadBlock(benchmark::State& state, sim::Region region) {
  if (!gl_context()) {
    state.SkipWithError("no OpenGL 3.3 context: run under xvfb-run -a");
    return;
  }
  auto r = render::SceneRenderer::create(
      std::filesystem::path(__FILE__).parent_path().parent_path() / "shaders");
  if (!r.ok()) {
    state.SkipWithError("renderer failed");
    return;
  }
  const scene::Scene s =
      scene::build_skin_block(sim::skin_layers(region, sim::Sex::female, 40.0), {});
  for (auto _ : state) {
    r->upload(s);
    glFinish();
  }
}
BENCHMARK_CAPTURE(BM_UploadBlock, cheek, sim::Region::cheek)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK_CAPTURE(BM_UploadBlock, back, sim::Region::back)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace
