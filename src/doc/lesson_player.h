// lesson_player.h: giving a lesson: which chapter is shown, the blank screen, and whether the
// presenter has branched off (changed the scenario or the figure). GL-free; the app owns one
// and applies the camera requests to its figure view.
#pragma once

#include <cstddef>
#include <optional>

#include "doc/document.h"
#include "doc/lesson.h"

namespace dv::doc {

/// The state of a lesson being given.
class LessonPlayer {
 public:
  /// Start `lesson` at its first chapter on `d`. An empty lesson is not started.
  std::optional<CameraRequest> start(Lesson lesson, Document& d);
  /// Stop giving the lesson (the document keeps the last chapter's state).
  void stop() { lesson_.reset(); }
  /// True while a lesson is being given.
  bool active() const { return lesson_.has_value(); }
  /// The lesson (only while active).
  const Lesson& lesson() const { return *lesson_; }
  /// Index of the chapter shown (0-based).
  std::size_t chapter() const { return chapter_; }
  /// Number of chapters (0 when not active).
  std::size_t count() const { return lesson_ ? lesson_->chapters.size() : 0; }
  /// The chapter shown (only while active).
  const Chapter& current() const { return lesson_->chapters[chapter_]; }

  /// Show chapter `i` (clamped), exactly as the lesson says; unblanks the screen.
  CameraRequest go(Document& d, std::size_t i);
  /// Move by `delta` chapters (clamped to the first and last); nullopt when nothing moved.
  std::optional<CameraRequest> step(Document& d, int delta);
  /// True when the document no longer shows the chapter's scenario or figure (branched off).
  bool branched(const Document& d) const;
  /// Keep a span chapter's clock in its span (call every frame after advance()).
  void frame(Document& d);

  /// Blank screen.
  bool blank() const { return blank_; }
  /// Blank or unblank the screen.
  void toggle_blank() { blank_ = !blank_; }

  /// The lesson being edited in the app (authoring): replace it, keeping the chapter index
  /// within range.
  void set_lesson(Lesson lesson);

 private:
  std::optional<Lesson> lesson_;
  std::size_t chapter_ = 0;
  bool blank_ = false;
};

}  // namespace dv::doc
