#include "doc/lesson_player.h"

#include <algorithm>

namespace dv::doc {

std::optional<CameraRequest> LessonPlayer::start(Lesson lesson, Document& d) {
  if (lesson.chapters.empty()) return std::nullopt;
  lesson_ = std::move(lesson);
  blank_ = false;
  return go(d, 0);
}

CameraRequest LessonPlayer::go(Document& d, std::size_t i) {
  if (!lesson_) return {};
  chapter_ = std::min(i, lesson_->chapters.size() - 1);
  blank_ = false;
  return apply_chapter(d, *lesson_, chapter_);
}

std::optional<CameraRequest> LessonPlayer::step(Document& d, int delta) {
  if (!lesson_ || delta == 0) return std::nullopt;
  const long last = static_cast<long>(lesson_->chapters.size()) - 1;
  const long next = std::clamp(static_cast<long>(chapter_) + delta, 0L, last);
  if (next == static_cast<long>(chapter_)) return std::nullopt;
  return go(d, static_cast<std::size_t>(next));
}

bool LessonPlayer::branched(const Document& d) const {
  if (!lesson_) return false;
  return d.scenario() != chapter_scenario(*lesson_, chapter_) ||
         d.figure() != current().view.figure;
}

void LessonPlayer::frame(Document& d) {
  if (lesson_) hold_chapter_span(d, current());
}

void LessonPlayer::set_lesson(Lesson lesson) {
  if (lesson.chapters.empty()) {
    lesson_.reset();
    return;
  }
  lesson_ = std::move(lesson);
  chapter_ = std::min(chapter_, lesson_->chapters.size() - 1);
}

}  // namespace dv::doc
