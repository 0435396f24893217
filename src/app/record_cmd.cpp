#include "app/record_cmd.h"

#include <csignal>
#include <cstdio>

#include <unistd.h>

#include "app/gl_window.h"
#include "app/paths.h"
#include "app/recorder.h"
#include "app/workspace.h"

namespace dv::app {
namespace {

volatile std::sig_atomic_t g_cancel = 0;
extern "C" void on_record_signal(int) {
  g_cancel = 1;
}

}  // namespace

int run_record(const RecordOptions& opt) {
  auto fail = [](const std::string& m) {
    std::fprintf(stderr, "dermaviz record: %s\n", m.c_str());
    return 1;
  };
  auto data = find_data_dir();
  if (!data) return fail(data.message());
  auto window = GlWindow::create(64, 64, "dermaviz (offscreen)", false);
  if (!window) return fail(window.message());
  auto work = open_workspace(data.value(), opt.frame.scenario, opt.frame.figure);
  if (!work) return fail(work.message());
  auto stage = FrameStage::create(std::move(work.value()), opt.frame.width, opt.frame.height,
                                  opt.frame.samples);
  if (!stage) return fail(stage.message());

  const std::string program = ffmpeg_program();
  Result<std::unique_ptr<FrameSink>> sink = Result<std::unique_ptr<FrameSink>>::error("");
  bool png_sequence = false;
  if (ffmpeg_available(program)) {
    sink = start_ffmpeg(program, opt.out, opt.frame.width, opt.frame.height, opt.fps);
  } else {
    png_sequence = true;
    const auto dir = png_sequence_dir(opt.out);
    std::fprintf(stderr,
                 "dermaviz record: ffmpeg ('%s') was not found, so no MP4 can be made; writing "
                 "the frames as numbered PNG files in %s instead. Install ffmpeg "
                 "(scripts/setup.sh, or apt-get install ffmpeg) to get an MP4.\n",
                 program.c_str(), dir.string().c_str());
    sink = start_png_sequence(dir, opt.frame.width, opt.frame.height);
  }
  if (!sink) return fail(sink.message());

  Recorder rec(std::move(stage.value()), std::move(sink.value()), opt.segments, opt.fps,
               opt.captions);
  g_cancel = 0;
  auto old_int = std::signal(SIGINT, on_record_signal);
  auto old_term = std::signal(SIGTERM, on_record_signal);
  const bool tty = ::isatty(2) != 0;
  int code = 0;
  while (!rec.all_frames()) {
    if (g_cancel ||
        (opt.cancel_after_frames >= 0 && rec.frames_done() >= opt.cancel_after_frames)) {
      rec.cancel();
      std::fprintf(stderr, "dermaviz record: cancelled after %d of %d frames; no file was left\n",
                   rec.frames_done(), rec.total_frames());
      code = 1;
      break;
    }
    if (Status st = rec.step(); !st) {
      rec.cancel();
      code = fail(st.message());
      break;
    }
    if (tty) {
      std::fprintf(stderr, "\rdermaviz record: frame %d of %d", rec.frames_done(),
                   rec.total_frames());
    }
  }
  if (tty) std::fprintf(stderr, "\n");
  std::signal(SIGINT, old_int);
  std::signal(SIGTERM, old_term);
  if (code != 0) return code;
  auto done = rec.finish();
  if (!done) return fail(done.message());
  std::printf("wrote %s (%d frames, %dx%d, %d fps%s)\n", done.value().string().c_str(),
              rec.total_frames(), opt.frame.width, opt.frame.height, opt.fps,
              png_sequence ? ", PNG sequence" : ", H.264");
  return 0;
}

}  // namespace dv::app
