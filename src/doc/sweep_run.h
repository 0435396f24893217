// sweep_run.h: a sweep (sim::run_sweep) computed in the background for the app's Sweep window,
// with its progress; a new start stops the running one (doc::BackgroundJob), frames never wait.
#pragma once

#include <atomic>
#include <memory>
#include <optional>
#include <utility>

#include "doc/background_job.h"
#include "sim/sweep.h"

namespace dv::doc {

/// One sweep at a time, in the background.
class SweepRun {
 public:
  /// Start sweeping `spec` around `base` (the spec must be valid); drops the last result.
  void start(const sim::Scenario& base, sim::SweepSpec spec);
  /// Stop the running sweep (its result is dropped).
  void cancel();
  /// Collect a finished sweep (never blocks). True when one arrived.
  bool poll();
  /// Wait for the running sweep (tests, offscreen pictures).
  void wait();
  /// True while a sweep is running.
  bool busy() const { return job_ && job_->busy(); }
  /// Values done and values in all of the running (or last) sweep.
  std::pair<int, int> progress() const;
  /// The last finished sweep, or null.
  const sim::Sweep* result() const { return result_ ? &*result_ : nullptr; }
  /// The scenario the last started sweep varies.
  const sim::Scenario& base() const { return base_; }

 private:
  struct Progress {
    std::atomic<int> done{0};
    std::atomic<int> total{0};
  };
  std::unique_ptr<BackgroundJob<sim::Sweep>> job_;
  std::shared_ptr<Progress> progress_ = std::make_shared<Progress>();
  std::optional<sim::Sweep> result_;
  sim::Scenario base_;
};

}  // namespace dv::doc
