#include "doc/sweep_run.h"

namespace dv::doc {

void SweepRun::start(const sim::Scenario& base, sim::SweepSpec spec) {
  if (!job_) job_ = std::make_unique<BackgroundJob<sim::Sweep>>();
  base_ = base;
  result_.reset();
  // A fresh counter per run: a stopped run still finishing cannot move the new one's bar.
  progress_ = std::make_shared<Progress>();
  progress_->total = static_cast<int>(spec.values.size());
  auto progress = progress_;
  job_->start(0, [base, spec = std::move(spec), progress](std::stop_token stop) {
    return sim::run_sweep(base, spec, stop, [progress](int done, int total) {
      progress->done = done;
      progress->total = total;
    });
  });
}

void SweepRun::cancel() {
  if (job_) job_->cancel();
}

bool SweepRun::poll() {
  if (!job_ || !job_->poll()) return false;
  result_ = job_->take();
  return result_.has_value();
}

void SweepRun::wait() {
  if (job_ && job_->wait()) result_ = job_->take();
}

std::pair<int, int> SweepRun::progress() const {
  return {progress_->done.load(), progress_->total.load()};
}

}  // namespace dv::doc
