// Speed targets of issue 3 §5: the whole default course ≤ 20 ms on one core; the fields at
// any time ≤ 1 ms.
#include <benchmark/benchmark.h>

#include "sim/course.h"
#include "sim/ensemble.h"

namespace {

void BM_SimulateDefaultCourse(benchmark::State& state) {
  const dv::sim::Scenario sc;
  for (auto _ : state) {
    dv::sim::Course c = dv::sim::simulate(sc);
    benchmark::DoNotOptimize(c.daily().back().total_collagen);
  }
  state.SetLabel("target <= 20 ms");
}
BENCHMARK(BM_SimulateDefaultCourse)->Unit(benchmark::kMillisecond);

void BM_SimulateLongestCourse(benchmark::State& state) {
  dv::sim::Scenario sc;  // 12 sessions 12 weeks apart + 104 weeks: the longest timeline
  sc.sessions = 12;
  sc.interval_weeks = 12;
  sc.follow_up_weeks = 104;
  for (auto _ : state) {
    dv::sim::Course c = dv::sim::simulate(sc);
    benchmark::DoNotOptimize(c.daily().back().total_collagen);
  }
}
BENCHMARK(BM_SimulateLongestCourse)->Unit(benchmark::kMillisecond);

void BM_CourseAt(benchmark::State& state) {
  const dv::sim::Course c = dv::sim::simulate(dv::sim::Scenario{});
  double day = 0.0;
  for (auto _ : state) {
    dv::sim::Snapshot s = c.at(day);
    benchmark::DoNotOptimize(s.fields.data.data());
    day += 0.37;
    if (day > c.end_day()) day = 0.0;
  }
  state.SetLabel("target <= 1 ms");
}
BENCHMARK(BM_CourseAt)->Unit(benchmark::kMicrosecond);

void BM_CourseCopy(benchmark::State& state) {
  const dv::sim::Course c = dv::sim::simulate(dv::sim::Scenario{});
  for (auto _ : state) {
    dv::sim::Course copy = c;
    benchmark::DoNotOptimize(copy.end_day());
  }
}
BENCHMARK(BM_CourseCopy)->Unit(benchmark::kMillisecond);

// Issue 8 §5: an ensemble of 64 on the default course, ≤ 0.5 s on 2 threads; single-thread
// recorded too. Compare with BM_SimulateDefaultCourse from the same run (docs/PERFORMANCE.md).
void BM_Ensemble64(benchmark::State& state) {
  const dv::sim::Scenario sc;
  dv::sim::EnsembleOptions o;
  o.members = 64;
  o.threads = static_cast<int>(state.range(0));
  for (auto _ : state) {
    auto e = dv::sim::run_ensemble(sc, dv::sim::central_params(), o);
    benchmark::DoNotOptimize(e->band(dv::sim::OutcomeColumn::total_collagen).high.back());
  }
  state.SetLabel(o.threads == 2 ? "target <= 500 ms" : "1 thread");
}
BENCHMARK(BM_Ensemble64)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
