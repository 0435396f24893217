// frame_sink.h: where video frames go. An MP4 through ffmpeg (a child process reading raw RGB
// frames on its stdin, H.264 yuv420p), or, without ffmpeg, a folder of numbered PNG files.
// Either way the result appears under its final name only when finished; cancel or failure
// leaves nothing behind.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/result.h"

namespace dv::app {

/// Receives width×height RGBA8 frames (top row first) in order.
class FrameSink {
 public:
  virtual ~FrameSink() = default;
  /// True when push() would not wait (the app renders a frame only then).
  virtual bool ready() const = 0;
  /// Queue one frame (waits while the queue is full). An error once the encoder failed.
  virtual Status push(std::vector<std::uint8_t> rgba) = 0;
  /// No more frames will come: let the encoder finish in the background (never waits).
  virtual void end_input() {}
  /// True once the encoder has finished after end_input() (finish() will not wait then).
  virtual bool done_encoding() { return true; }
  /// Finish, and move the result to its final name. Returns the final path.
  virtual Result<std::filesystem::path> finish() = 0;
  /// Stop and remove everything written so far (also done by the destructor when unfinished).
  virtual void cancel() = 0;
};

/// The ffmpeg to run: $DERMAVIZ_FFMPEG when set (tests point it at a missing file), else
/// "ffmpeg" from PATH.
std::string ffmpeg_program();

/// True when `program -version` runs and exits 0.
bool ffmpeg_available(const std::string& program);

/// An MP4 written by `program` to `out` (through a temporary file in the same folder, renamed
/// when ffmpeg succeeded). Width and height must be even. Frames are written to ffmpeg's stdin
/// by a thread, at most a few frames ahead, so a caller never waits long.
Result<std::unique_ptr<FrameSink>> start_ffmpeg(const std::string& program,
                                                const std::filesystem::path& out, int width,
                                                int height, int fps);

/// Numbered PNG files frame_00001.png … in the folder `dir` (written into a temporary folder
/// beside it and renamed when finished; an existing `dir` is an error).
Result<std::unique_ptr<FrameSink>> start_png_sequence(const std::filesystem::path& dir, int width,
                                                      int height);

/// The folder for the PNG sequence of a clip meant for `out`: "clip.mp4" → "clip-frames".
std::filesystem::path png_sequence_dir(const std::filesystem::path& out);

}  // namespace dv::app
