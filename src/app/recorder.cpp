#include "app/recorder.h"

#include <algorithm>
#include <cmath>

namespace dv::app {

int segment_frames(double seconds, int fps) {
  return std::max(1, static_cast<int>(std::lround(seconds * static_cast<double>(fps))));
}

std::vector<double> frame_days(const doc::TimeWarp& warp, double from_day, double to_day,
                               int frames) {
  std::vector<double> days(static_cast<std::size_t>(std::max(frames, 0)));
  if (days.empty()) return days;
  const double s0 = warp.seconds_at(from_day), s1 = warp.seconds_at(to_day);
  const double last = static_cast<double>(days.size() - 1);
  for (std::size_t i = 0; i < days.size(); ++i) {
    days[i] = warp.day_at(s0 + (s1 - s0) * static_cast<double>(i) / std::max(last, 1.0));
  }
  // The ends exactly: the first and last frames show the days asked for.
  days.front() = from_day;
  if (days.size() > 1) days.back() = to_day;
  return days;
}

Recorder::Recorder(std::unique_ptr<FrameStage> stage, std::unique_ptr<FrameSink> sink,
                   std::vector<Segment> segments, int fps, bool captions)
    : stage_(std::move(stage)),
      sink_(std::move(sink)),
      segments_(std::move(segments)),
      fps_(fps),
      captions_(captions),
      started_(std::chrono::steady_clock::now()) {
  for (const Segment& s : segments_) total_ += segment_frames(s.seconds, fps_);
}

Status Recorder::step() {
  if (all_frames()) return Status::ok();
  if (days_.empty() || in_segment_ >= days_.size()) {
    if (!days_.empty()) ++segment_;
    const Segment& seg = segments_[segment_];
    stage_->show(seg);  // the segment's course, for its warp
    days_ = frame_days(stage_->document().warp(), seg.from_day, seg.to_day,
                       segment_frames(seg.seconds, fps_));
    in_segment_ = 0;
  }
  auto px = stage_->render(segments_[segment_], days_[in_segment_], captions_);
  if (!px) return Status::error(px.message());
  if (Status st = sink_->push(std::move(px.value())); !st) return st;
  ++in_segment_;
  ++done_;
  return Status::ok();
}

double Recorder::seconds_left() const {
  if (done_ < 2) return -1.0;
  const double elapsed =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  return elapsed / done_ * (total_ - done_);
}

Result<std::filesystem::path> Recorder::finish() {
  return sink_->finish();
}

void Recorder::cancel() {
  sink_->cancel();
}

}  // namespace dv::app
