// background_job.h: one piece of work (an ensemble, a sensitivity ranking) computed on its own
// thread while frames go on. Starting a new one asks the running one to stop; the stopped thread
// is joined later, once it has finished, so no frame ever waits for it. The owner polls once a
// frame: poll() collects a finished result without blocking.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>
#include <thread>
#include <utility>
#include <vector>

namespace dv::doc {

/// Work producing a T on a background thread; the newest start() wins.
template <typename T>
class BackgroundJob {
 public:
  /// The work: returns nullopt when its stop token was requested before it finished.
  using Work = std::function<std::optional<T>(std::stop_token)>;

  BackgroundJob() = default;
  BackgroundJob(const BackgroundJob&) = delete;
  BackgroundJob& operator=(const BackgroundJob&) = delete;
  /// Stops every thread; std::jthread joins them (blocks only at shutdown).
  ~BackgroundJob() { cancel(); }

  /// Start `work` for `tag` (what it is about, e.g. a course generation); asks a running one to
  /// stop and drops the result held for an older start.
  void start(std::uint64_t tag, Work work) {
    cancel();
    result_.reset();
    auto box = std::make_shared<Box>();
    box->tag = tag;
    box->seq = ++seq_;
    std::stop_source src;
    std::jthread t([box, w = std::move(work), tok = src.get_token()]() mutable {
      std::optional<T> r = w(tok);
      std::lock_guard<std::mutex> lock(box->m);
      if (r && !tok.stop_requested()) box->value = std::move(r);
      box->done = true;
    });
    runs_.push_back({box, std::move(src), std::move(t)});
    pending_ = box->seq;
  }

  /// Ask the running work to stop; its result will be dropped.
  void cancel() {
    for (Run& r : runs_) r.stop.request_stop();
    pending_ = 0;
  }

  /// Collect a finished result of the newest start() and join finished threads. Never blocks
  /// on running work. True when a new result became available.
  bool poll() {
    bool fresh = false;
    for (auto it = runs_.begin(); it != runs_.end();) {
      bool done = false;
      {
        std::lock_guard<std::mutex> lock(it->box->m);
        done = it->box->done;
        if (done && it->box->seq == pending_) {
          pending_ = 0;
          if (it->box->value && !it->stop.stop_requested()) {
            result_ = std::move(it->box->value);
            result_tag_ = it->box->tag;
            fresh = true;
          }
        }
      }
      if (done) {
        if (it->thread.joinable()) it->thread.join();  // finished: returns at once
        it = runs_.erase(it);
      } else {
        ++it;
      }
    }
    return fresh;
  }

  /// Block until every started work is finished, then collect as poll() does (offscreen
  /// rendering, tests). True when a new result became available.
  bool wait() {
    for (Run& r : runs_)
      if (r.thread.joinable()) r.thread.join();
    return poll();
  }

  /// Move out the newest collected result (nullopt when none is waiting).
  std::optional<T> take() {
    std::optional<T> r = std::move(result_);
    result_.reset();
    return r;
  }
  /// The tag of the last collected result.
  std::uint64_t result_tag() const { return result_tag_; }
  /// True while the newest work is still running.
  bool busy() const { return pending_ != 0; }

 private:
  struct Box {
    std::mutex m;
    std::uint64_t tag = 0;
    std::uint64_t seq = 0;  // which start() made it
    std::optional<T> value;
    bool done = false;
  };
  struct Run {
    std::shared_ptr<Box> box;
    std::stop_source stop;
    std::jthread thread;
  };
  std::vector<Run> runs_;
  std::optional<T> result_;
  std::uint64_t result_tag_ = 0;
  std::uint64_t seq_ = 0;      // starts so far
  std::uint64_t pending_ = 0;  // seq of the newest start() still running (0 = none)
};

}  // namespace dv::doc
