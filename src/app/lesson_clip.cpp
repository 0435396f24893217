#include "app/lesson_clip.h"

#include <algorithm>

#include "doc/document.h"

namespace dv::app {

std::vector<Segment> lesson_segments(const doc::Lesson& lesson,
                                     std::optional<std::size_t> chapter) {
  std::vector<Segment> out;
  if (lesson.chapters.empty()) return out;
  std::size_t first = 0, last = lesson.chapters.size() - 1;
  if (chapter) first = last = std::min(*chapter, last);
  for (std::size_t i = first; i <= last; ++i) {
    const doc::Chapter& c = lesson.chapters[i];
    Segment s;
    s.scenario = doc::chapter_scenario(lesson, i);
    s.figure = c.view.figure;
    s.front_view = c.view.preset == doc::CameraPreset::front;
    if (c.view.preset == doc::CameraPreset::custom) s.camera = c.view.camera;
    s.title = c.title;
    s.caption = c.caption;
    const doc::Document d(s.scenario);  // its course: the span's days clamped, its warp
    const double end = d.course().end_day();
    s.from_day = std::clamp(c.time.day, 0.0, end);
    s.to_day = std::clamp(c.time.until_day.value_or(c.time.day), s.from_day, end);
    if (c.time.until_day) {
      const double warped = d.warp().seconds_at(s.to_day) - d.warp().seconds_at(s.from_day);
      const double speed = std::max(static_cast<double>(c.time.speed), 1e-3);
      s.seconds = std::clamp(warped / speed, kSpanChapterMinSeconds, kSpanChapterMaxSeconds);
    } else {
      s.seconds = kStillChapterSeconds;
    }
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace dv::app
