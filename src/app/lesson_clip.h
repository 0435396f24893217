// lesson_clip.h: a lesson as a clip: one segment per chapter (its scenario, figure, camera,
// moment or span, title and caption), so `record --lesson` and the app's "Record clip" of a
// chapter or a whole lesson run the same recorder as a scenario's time span.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "app/frame_stage.h"
#include "doc/lesson.h"

namespace dv::app {

/// Seconds a chapter that shows a moment is held in a clip.
inline constexpr double kStillChapterSeconds = 4.0;
/// Shortest and longest clip time of a chapter that plays a span, s.
inline constexpr double kSpanChapterMinSeconds = 2.0;
inline constexpr double kSpanChapterMaxSeconds = 60.0;

/// The segments of `lesson`: every chapter, or only chapter `chapter` (0-based, clamped). A
/// span plays for its warped playback time divided by its speed (clamped to the limits above);
/// a moment is held kStillChapterSeconds.
std::vector<Segment> lesson_segments(const doc::Lesson& lesson,
                                     std::optional<std::size_t> chapter = std::nullopt);

}  // namespace dv::app
