// Speed target of the treatment overlay: the viewer rebuilds it every frame while the timeline
// plays, so build_treatment must take ≤ ~4 ms and stay ≤ ~25k triangles at any time.
#include <benchmark/benchmark.h>

#include "scene/skin_block.h"
#include "scene/treatment.h"
#include "sim/course.h"

namespace {

using namespace dv;

void BM_BuildTreatment(benchmark::State& state, double day) {
  static const sim::Course course = sim::simulate(sim::Scenario{});
  static const scene::BlockLayout layout = scene::build_skin_block(course.skin(), {}).layout;
  const sim::Snapshot snap = course.at(day);
  std::size_t tris = 0;
  for (auto _ : state) {
    const scene::Scene s = scene::build_treatment(course, snap, layout, {});
    tris = 0;
    for (const scene::MeshBatch& m : s.batches) tris += m.indices.size() / 3;
    benchmark::DoNotOptimize(tris);
  }
  state.counters["triangles"] = static_cast<double>(tris);
}
BENCHMARK_CAPTURE(BM_BuildTreatment, day_0_005_needling, 0.005)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_BuildTreatment, day_0_015_bleeding, 0.015)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_BuildTreatment, day_2, 2.0)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_BuildTreatment, day_14, 14.0)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_BuildTreatment, day_120, 120.0)->Unit(benchmark::kMillisecond);

}  // namespace
