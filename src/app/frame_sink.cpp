#include "app/frame_sink.h"

#include <cerrno>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <fstream>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>

#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "app/png.h"

extern char** environ;

namespace dv::app {
namespace fs = std::filesystem;
namespace {

constexpr std::size_t kMaxQueued = 2;  // frames waiting for ffmpeg (each up to 33 MB at 4K)

// A unique hidden name beside `path` ("dir/.name.tmp-XXXXXX"), created empty.
Result<fs::path> reserve_temp_beside(const fs::path& path) {
  const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return Result<fs::path>::error(path.string() + ": cannot write: folder " + dir.string() +
                                   " does not exist");
  }
  std::string leaf(".");
  leaf.append(path.filename().string()).append(".tmp-XXXXXX");
  std::string tmpl = (dir / leaf).string();
  const int fd = ::mkostemp(tmpl.data(), O_CLOEXEC);
  if (fd < 0) {
    return Result<fs::path>::error(path.string() + ": cannot write: " + std::strerror(errno));
  }
  // mkostemp creates 0600; the clip gets the usual permissions (umask applied).
  const mode_t mask = ::umask(0);
  ::umask(mask);
  if (::fchmod(fd, static_cast<mode_t>(0666) & ~mask) != 0) {
    const std::string msg = path.string() + ": cannot write (chmod): " + std::strerror(errno);
    ::close(fd);
    ::unlink(tmpl.c_str());
    return Result<fs::path>::error(msg);
  }
  ::close(fd);
  return fs::path(tmpl);
}

// The last lines ffmpeg wrote to its log, for error messages.
std::string log_tail(const fs::path& log) {
  std::ifstream in(log);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string s = ss.str();
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
  if (s.size() > 600) s = std::string("…").append(s, s.size() - 600);
  return s;
}

// Runs `argv` with stdin from `stdin_fd`, stdout to /dev/null and stderr to `stderr_fd` (-1:
// /dev/null). No shell: the arguments are passed as they are.
Result<pid_t> spawn(const std::vector<std::string>& args, int stdin_fd, int stderr_fd) {
  std::vector<char*> argv;
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  if (stdin_fd >= 0) {
    posix_spawn_file_actions_adddup2(&fa, stdin_fd, 0);
  } else {
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  }
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  if (stderr_fd >= 0) {
    posix_spawn_file_actions_adddup2(&fa, stderr_fd, 2);
  } else {
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  }
  pid_t pid = 0;
  const int rc = ::posix_spawnp(&pid, argv[0], &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0) {
    return Result<pid_t>::error("could not start " + args[0] + ": " + std::strerror(rc));
  }
  return pid;
}

int wait_exit(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return -1;
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

class FfmpegSink final : public FrameSink {
 public:
  FfmpegSink(fs::path out, fs::path tmp, fs::path log, pid_t pid, int fd, int w, int h)
      : out_(std::move(out)),
        tmp_(std::move(tmp)),
        log_(std::move(log)),
        pid_(pid),
        fd_(fd),
        width_(w),
        height_(h) {
    writer_ = std::thread([this] { write_loop(); });
  }
  ~FfmpegSink() override {
    if (!ended_) cancel();
  }

  bool ready() const override {
    std::lock_guard lock(mu_);
    return queue_.size() < kMaxQueued;
  }

  Status push(std::vector<std::uint8_t> rgba) override {
    std::unique_lock lock(mu_);
    cv_.wait(lock, [&] { return queue_.size() < kMaxQueued || !error_.empty(); });
    if (!error_.empty()) return Status::error(error_);
    queue_.push_back(std::move(rgba));
    cv_.notify_all();
    return Status::ok();
  }

  void end_input() override {
    {
      std::lock_guard lock(mu_);
      closing_ = true;
    }
    cv_.notify_all();
  }

  bool done_encoding() override {
    end_input();
    if (exit_code_) return true;
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) != pid_) return false;
    exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return true;
  }

  Result<fs::path> finish() override {
    end_input();
    writer_.join();  // it closes the pipe: ffmpeg sees the end of its input
    const int code = exit_code_ ? *exit_code_ : wait_exit(pid_);
    ended_ = true;
    std::error_code ec;
    if (code != 0 || !error_.empty()) {
      std::string msg = out_.string() + ": ffmpeg failed (exit " + std::to_string(code) + ")";
      if (const std::string tail = log_tail(log_); !tail.empty()) msg += ": " + tail;
      fs::remove(tmp_, ec);
      fs::remove(log_, ec);
      return Result<fs::path>::error(msg);
    }
    fs::remove(log_, ec);
    if (std::rename(tmp_.c_str(), out_.c_str()) != 0) {
      const std::string msg = out_.string() + ": cannot write (rename): " + std::strerror(errno);
      fs::remove(tmp_, ec);
      return Result<fs::path>::error(msg);
    }
    return out_;
  }

  void cancel() override {
    if (ended_) return;
    ::kill(pid_, SIGKILL);  // a write blocked on the pipe returns EPIPE
    {
      std::lock_guard lock(mu_);
      closing_ = true;
      cancelled_ = true;
    }
    cv_.notify_all();
    writer_.join();
    if (!exit_code_) wait_exit(pid_);
    ended_ = true;
    std::error_code ec;
    fs::remove(tmp_, ec);
    fs::remove(log_, ec);
  }

 private:
  // Writes queued frames until closing; then closes the pipe (ffmpeg then writes the file).
  void write_loop() {
    write_frames();
    ::close(fd_);
  }

  void write_frames() {
    std::vector<std::uint8_t> rgb(static_cast<std::size_t>(width_) * height_ * 3);
    for (;;) {
      std::vector<std::uint8_t> rgba;
      {
        std::unique_lock lock(mu_);
        cv_.wait(lock, [&] { return !queue_.empty() || closing_; });
        if (cancelled_ || queue_.empty()) return;  // closing with nothing left to write
        rgba = std::move(queue_.front());
        queue_.pop_front();
      }
      cv_.notify_all();  // room for the next frame
      for (std::size_t i = 0, n = rgb.size() / 3; i < n; ++i) {
        std::memcpy(&rgb[3 * i], &rgba[4 * i], 3);
      }
      const std::uint8_t* p = rgb.data();
      std::size_t left = rgb.size();
      while (left > 0) {
        const ssize_t n = ::write(fd_, p, left);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
          std::lock_guard lock(mu_);
          error_ = out_.string() + ": ffmpeg stopped reading frames: " + std::strerror(errno);
          cv_.notify_all();
          return;
        }
        p += n;
        left -= static_cast<std::size_t>(n);
      }
    }
  }

  fs::path out_, tmp_, log_;
  pid_t pid_;
  int fd_;
  int width_, height_;
  std::thread writer_;
  mutable std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::vector<std::uint8_t>> queue_;
  std::string error_;  // set by the writer when ffmpeg stopped reading
  bool closing_ = false, cancelled_ = false, ended_ = false;
  std::optional<int> exit_code_;  // once ffmpeg has exited
};

class PngSequenceSink final : public FrameSink {
 public:
  PngSequenceSink(fs::path dir, fs::path tmp, int w, int h)
      : dir_(std::move(dir)), tmp_(std::move(tmp)), width_(w), height_(h) {}
  ~PngSequenceSink() override {
    if (!ended_) cancel();
  }
  bool ready() const override { return true; }
  Status push(std::vector<std::uint8_t> rgba) override {
    char name[32];
    std::snprintf(name, sizeof name, "frame_%05d.png", ++count_);
    return write_png(tmp_ / name, width_, height_, rgba);
  }
  Result<fs::path> finish() override {
    ended_ = true;
    std::error_code ec;
    if (fs::exists(dir_, ec)) {
      fs::remove_all(tmp_, ec);
      return Result<fs::path>::error(dir_.string() + ": already exists; choose another name");
    }
    fs::rename(tmp_, dir_, ec);
    if (ec) {
      const std::string msg = dir_.string() + ": cannot write (rename): " + ec.message();
      fs::remove_all(tmp_, ec);
      return Result<fs::path>::error(msg);
    }
    return dir_;
  }
  void cancel() override {
    ended_ = true;
    std::error_code ec;
    fs::remove_all(tmp_, ec);
  }

 private:
  fs::path dir_, tmp_;
  int width_, height_;
  int count_ = 0;
  bool ended_ = false;
};

}  // namespace

std::string ffmpeg_program() {
  const char* env = std::getenv("DERMAVIZ_FFMPEG");
  return env && *env ? std::string(env) : std::string("ffmpeg");
}

bool ffmpeg_available(const std::string& program) {
  auto pid = spawn({program, "-version"}, -1, -1);
  return pid && wait_exit(pid.value()) == 0;
}

fs::path png_sequence_dir(const fs::path& out) {
  fs::path dir = out;
  dir.replace_filename(out.stem().string() + "-frames");
  return dir;
}

Result<std::unique_ptr<FrameSink>> start_ffmpeg(const std::string& program, const fs::path& out,
                                                int width, int height, int fps) {
  using R = Result<std::unique_ptr<FrameSink>>;
  if (width % 2 != 0 || height % 2 != 0) {
    return R::error(out.string() + ": H.264 needs even sizes; " + std::to_string(width) + "x" +
                    std::to_string(height) + " is not");
  }
  auto tmp = reserve_temp_beside(out);
  if (!tmp) return R::error(tmp.message());
  std::string log_tmpl = (fs::temp_directory_path() / "dermaviz-ffmpeg-XXXXXX").string();
  const int log_fd = ::mkostemp(log_tmpl.data(), O_CLOEXEC);
  std::error_code ec;
  if (log_fd < 0) {
    fs::remove(tmp.value(), ec);
    return R::error(std::string("cannot make ffmpeg's log file: ") + std::strerror(errno));
  }
  // SIGPIPE would end dermaviz if ffmpeg stopped reading; the write's EPIPE is handled instead.
  std::signal(SIGPIPE, SIG_IGN);
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) {
    ::close(log_fd);
    fs::remove(tmp.value(), ec);
    fs::remove(log_tmpl, ec);
    return R::error(std::string("cannot make a pipe to ffmpeg: ") + std::strerror(errno));
  }
  const std::string size = std::to_string(width) + "x" + std::to_string(height);
  const std::vector<std::string> args = {program,
                                         "-hide_banner",
                                         "-loglevel",
                                         "error",
                                         "-y",
                                         "-f",
                                         "rawvideo",
                                         "-pix_fmt",
                                         "rgb24",
                                         "-s",
                                         size,
                                         "-framerate",
                                         std::to_string(fps),
                                         "-i",
                                         "pipe:0",
                                         "-an",
                                         "-c:v",
                                         "libx264",
                                         "-preset",
                                         "fast",
                                         "-crf",
                                         "18",
                                         "-pix_fmt",
                                         "yuv420p",
                                         "-movflags",
                                         "+faststart",
                                         "-f",
                                         "mp4",
                                         tmp.value().string()};
  auto pid = spawn(args, fds[0], log_fd);
  ::close(fds[0]);
  ::close(log_fd);
  if (!pid) {
    ::close(fds[1]);
    fs::remove(tmp.value(), ec);
    fs::remove(log_tmpl, ec);
    return R::error(pid.message());
  }
  return std::unique_ptr<FrameSink>(
      new FfmpegSink(out, tmp.value(), log_tmpl, pid.value(), fds[1], width, height));
}

Result<std::unique_ptr<FrameSink>> start_png_sequence(const fs::path& dir, int width, int height) {
  using R = Result<std::unique_ptr<FrameSink>>;
  std::error_code ec;
  if (fs::exists(dir, ec)) {
    return R::error(dir.string() + ": already exists; choose another name");
  }
  const fs::path parent = dir.has_parent_path() ? dir.parent_path() : fs::path(".");
  std::string leaf(".");  // built with append: GCC 12 warns falsely on operator+ here
  leaf.append(dir.filename().string()).append(".tmp-XXXXXX");
  std::string tmpl = (parent / leaf).string();
  if (!::mkdtemp(tmpl.data())) {
    return R::error(dir.string() + ": cannot make the folder: " + std::strerror(errno));
  }
  return std::unique_ptr<FrameSink>(new PngSequenceSink(dir, tmpl, width, height));
}

}  // namespace dv::app
