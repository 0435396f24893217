#include "app/capture_controller.h"

#include <chrono>
#include <ctime>

#include "app/capture_paths.h"
#include "app/lesson_clip.h"
#include "app/screenshot.h"
#include "ui/strings.h"

namespace dv::app {
namespace fs = std::filesystem;

CaptureController::CaptureController(fs::path data_dir, fs::path out_dir)
    : data_dir_(std::move(data_dir)), out_dir_(std::move(out_dir)) {}

CaptureController::~CaptureController() {
  if (recorder_) cancel_recording(0.0);
}

void CaptureController::say(std::string text, bool error, double now_s) {
  toast_ = ui::Toast{std::move(text), error, now_s};
}

void CaptureController::screenshot(const Workspace& w, int size_index,
                                   render::OffscreenTarget& frame, double now_s) {
  const ui::CaptureSize size =
      ui::kCaptureSizes[std::clamp(size_index, 0, ui::kCaptureSizeCount - 1)];
  Result<std::vector<std::uint8_t>> px = std::vector<std::uint8_t>{};
  int width = size.width, height = size.height;
  if (width == 0) {
    width = frame.width();
    height = frame.height();
    px = frame.read_rgba();
  } else {
    px = render_current_state(data_dir_, w, width, height);
  }
  if (!px) {
    say(ui::trf("capture.error", {{"message", px.message()}}), true, now_s);
    return;
  }
  auto saved = save_capture_png(out_dir_, width, height, px.value());
  if (!saved) {
    say(ui::trf("capture.error", {{"message", saved.message()}}), true, now_s);
    return;
  }
  say(ui::trf("capture.saved", {{"path", saved.value().string()}}), false, now_s);
}

void CaptureController::start_recording(const Workspace& w, const ui::RecordDialog& d,
                                        double now_s) {
  if (recorder_) return;
  auto fail = [&](const std::string& m) {
    std::error_code ec;
    if (!claimed_.empty()) fs::remove(claimed_, ec);
    claimed_.clear();
    say(ui::trf("capture.error", {{"message", m}}), true, now_s);
  };
  const ui::CaptureSize size =
      ui::kCaptureSizes[std::clamp(d.size_index, 1, ui::kCaptureSizeCount - 1)];
  if (size.width > max_capture_side() || size.height > max_capture_side()) {
    return fail(ui::trf("capture.too_big", {{"width", std::to_string(size.width)},
                                            {"height", std::to_string(size.height)},
                                            {"max", std::to_string(max_capture_side())}}));
  }
  auto name = claim_capture_name(out_dir_, "mp4", std::time(nullptr));
  if (!name) return fail(name.message());
  claimed_ = name.value();
  auto work = FrameStage::workspace_like(data_dir_, w);
  if (!work) return fail(work.message());
  auto stage = FrameStage::create(std::move(work.value()), size.width, size.height, 4);
  if (!stage) return fail(stage.message());
  const std::string program = ffmpeg_program();
  png_sequence_ = !ffmpeg_available(program);
  Result<std::unique_ptr<FrameSink>> sink =
      png_sequence_ ? start_png_sequence(png_sequence_dir(claimed_), size.width, size.height)
                    : start_ffmpeg(program, claimed_, size.width, size.height, d.fps);
  if (!sink) return fail(sink.message());
  std::vector<Segment> segments;
  if (d.what != 0 && w.lesson.active()) {
    std::optional<std::size_t> only;
    if (d.what == 1) only = w.lesson.chapter();
    segments = lesson_segments(w.lesson.lesson(), only);
  } else {
    Segment seg = current_segment(w);
    seg.from_day = d.from_day;
    seg.to_day = std::max(d.from_day, d.to_day);
    seg.seconds = d.seconds;
    segments.push_back(seg);
  }
  recorder_ = std::make_unique<Recorder>(std::move(stage.value()), std::move(sink.value()),
                                         std::move(segments), d.fps, d.captions);
}

void CaptureController::cancel_recording(double now_s) {
  if (!recorder_) return;
  recorder_->cancel();
  recorder_.reset();
  std::error_code ec;
  fs::remove(claimed_, ec);
  claimed_.clear();
  say(ui::tr("record.cancelled"), false, now_s);
}

bool CaptureController::pump(double now_s, double budget_s) {
  if (!recorder_) return false;
  using clock = std::chrono::steady_clock;
  const auto start = clock::now();
  while (!recorder_->all_frames() && recorder_->ready()) {
    if (Status st = recorder_->step(); !st) {
      recorder_->cancel();
      recorder_.reset();
      std::error_code ec;
      fs::remove(claimed_, ec);
      claimed_.clear();
      say(ui::trf("capture.error", {{"message", st.message()}}), true, now_s);
      return false;
    }
    if (std::chrono::duration<double>(clock::now() - start).count() >= budget_s) break;
  }
  if (!recorder_->all_frames()) return true;
  if (!recorder_->done_encoding()) return true;  // ffmpeg writes the last frames and the index
  auto done = recorder_->finish();
  recorder_.reset();
  std::error_code ec;
  if (png_sequence_) fs::remove(claimed_, ec);  // the frames went to a folder instead
  claimed_.clear();
  if (!done) {
    say(ui::trf("capture.error", {{"message", done.message()}}), true, now_s);
  } else if (png_sequence_) {
    say(ui::trf("record.no_ffmpeg", {{"path", done.value().string()}}), true, now_s);
  } else {
    say(ui::trf("record.saved", {{"path", done.value().string()}}), false, now_s);
  }
  return false;
}

ui::RecordProgress CaptureController::progress() const {
  ui::RecordProgress p;
  if (!recorder_) return p;
  p.active = true;
  p.frames_done = recorder_->frames_done();
  p.frames_total = recorder_->total_frames();
  p.seconds_left = recorder_->seconds_left();
  return p;
}

}  // namespace dv::app
