// lesson_file.h: lesson files (issue 10 §1), assets/lessons/<id>.json:
// {"version": 1, "id", "title", "scenario": {...}, "chapters": [{"title", "caption",
//  "changes": {...}, "time": {"day", "until_day", "speed"}, "camera", "figure", "labels",
//  "emphasis"}]}. Messages name the file, the field, the value and what is allowed; saves are
// atomic. docs/LESSONS.md describes the format for authors.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "doc/lesson.h"

namespace dv::app {

/// The lesson format version this build writes and the newest it reads.
inline constexpr int kLessonVersion = 1;

/// Allowed playback speeds of a chapter span (multiplier of the default pace).
inline constexpr double kLessonSpeedMin = 0.05;  ///< ×
inline constexpr double kLessonSpeedMax = 20.0;  ///< ×
/// Longest caption, characters (1–3 short sentences).
inline constexpr std::size_t kCaptionMaxChars = 400;
/// Longest title, characters.
inline constexpr std::size_t kTitleMaxChars = 80;

/// Parse lesson JSON `text`; messages start with `source` and name the field.
Result<doc::Lesson> parse_lesson_json(std::string_view text, const std::string& source);
/// Read a lesson file.
Result<doc::Lesson> load_lesson_file(const std::filesystem::path& path);
/// The lesson as JSON ("version" first), newline-terminated.
std::string lesson_to_json(const doc::Lesson& lesson);
/// Write a lesson file atomically.
Status save_lesson_file(const std::filesystem::path& path, const doc::Lesson& lesson);

/// A lesson found on disk.
struct LessonEntry {
  std::string id;              ///< its id (file stem)
  std::string title;           ///< its title
  std::filesystem::path path;  ///< the file
};
/// The lessons in `dir` (e.g. <data>/assets/lessons), sorted by id; unreadable files are
/// reported in `problems` (one message each) and left out.
std::vector<LessonEntry> list_lessons(const std::filesystem::path& dir,
                                      std::vector<std::string>* problems = nullptr);
/// Where lessons made in the app are saved: $XDG_DATA_HOME/dermaviz/lessons, or
/// ~/.local/share/dermaviz/lessons.
std::filesystem::path user_lessons_dir();

/// A lesson named by `name_or_path`: a built-in id from `dir`, or a path to a lesson file.
Result<doc::Lesson> find_lesson(const std::filesystem::path& dir, const std::string& name_or_path);

}  // namespace dv::app
