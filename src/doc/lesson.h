// lesson.h: a lesson is a sequence of chapters over one base scenario (issue 10 §1). A chapter
// says what to simulate (changes to the base scenario), when to look (a moment, or a span that
// plays at a speed), how to look (camera, structures, stain, labels, emphasis) and what to say
// (a title and a caption whose {placeholders} are filled from the model at that moment).
// No files, no GL: app/lesson_file reads and writes lessons, the lecture screen shows them.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "doc/document.h"
#include "scene/camera.h"
#include "scene/figure_options.h"
#include "sim/scenario.h"
#include "sim/text_format.h"

namespace dv::doc {

/// One scenario field set by a chapter, on top of the lesson's base scenario (files keep them
/// in the order of the scenario field table).
struct FieldChange {
  std::string key;     ///< scenario field key ("needle_depth_mm"; sim/scenario_fields.h)
  double value = 0.0;  ///< the value in the field's unit (choice fields: index in its list)
  bool operator==(const FieldChange&) const = default;
};

/// When a chapter looks: a moment (`until_day` empty) or a span played from `day` to
/// `until_day` at `speed`, then held at `until_day`.
struct ChapterTime {
  double day = 0.0;                 ///< simulated day shown first, d
  std::optional<double> until_day;  ///< end of the span, d (empty: a still moment)
  float speed = 1.0f;               ///< playback speed multiplier over the span
  bool operator==(const ChapterTime&) const = default;
};

/// How a chapter's camera is placed.
enum class CameraPreset {
  three_quarter,  ///< the default three-quarter view of the block
  front,          ///< straight orthographic view of the front cut face
  custom          ///< ChapterView::camera as saved
};

/// How a chapter looks.
struct ChapterView {
  CameraPreset preset = CameraPreset::three_quarter;  ///< camera placement
  scene::Camera camera;                               ///< used when preset is custom
  scene::FigureOptions figure;      ///< structures shown, stain, labels on/off, legend, cut
  std::vector<std::string> labels;  ///< label ids shown ("label.micro_channel"); empty: all
  std::optional<scene::Structure> emphasis;  ///< a structure highlighted, if any
  bool operator==(const ChapterView&) const = default;
};

/// One chapter.
struct Chapter {
  std::string title;                 ///< shown large in the caption bar
  std::string caption;               ///< 1–3 short sentences with {placeholders}
  std::vector<FieldChange> changes;  ///< fields changed from the lesson's base scenario
  ChapterTime time;                  ///< moment or span
  ChapterView view;                  ///< camera and figure
  bool operator==(const Chapter&) const = default;
};

/// A lesson.
struct Lesson {
  int version = 1;                ///< file format version it was read from / is written as
  std::string id;                 ///< stable id ("needle_to_collagen"); also the file stem
  std::string title;              ///< "From needle to new collagen"
  sim::Scenario scenario;         ///< base scenario every chapter changes
  std::vector<Chapter> chapters;  ///< in order
  bool operator==(const Lesson&) const = default;
};

/// The scenario chapter `i` shows: the base with the chapter's changes (each clamped to its
/// field's range; unknown keys are ignored here, the file reader refuses them).
sim::Scenario chapter_scenario(const Lesson& lesson, std::size_t i);

/// The document edits that show chapter `i`: scenario, figure, time, play state and speed.
Edits chapter_edits(const Lesson& lesson, std::size_t i);

/// What the figure view must do with its camera for a chapter.
struct CameraRequest {
  CameraPreset preset = CameraPreset::three_quarter;  ///< placement
  scene::Camera camera;                               ///< when custom
};

/// Apply chapter `i` to `d` (scenario re-simulated only when it differs) and say how to place
/// the camera (the camera belongs to the figure view, not the document).
CameraRequest apply_chapter(Document& d, const Lesson& lesson, std::size_t i);

/// Keep a span chapter's clock inside its span: once the clock passes `until_day` it is put
/// back there and paused. Call every frame after Document::advance. True when it stopped.
bool hold_chapter_span(Document& d, const Chapter& c);

/// Every placeholder a caption may use, in a stable order (documentation, tests, authoring).
std::vector<std::string_view> caption_placeholders();

/// The placeholders' values for `d` at its current time (name → text). Names with a word
/// value ("region", "layer_in", "choice.device") are looked up as "<name>.<value>" in `texts`
/// ("region.cheek" → "the cheek", "layer_in.subcutis" → "the fat under the skin").
std::vector<std::pair<std::string, std::string>> caption_values(const Document& d);

/// `caption` with its placeholders filled from `d` at its current time; `texts` (the strings)
/// turn keys such as region and layer into words. Unknown placeholders stay visible.
std::string fill_caption(std::string_view caption, const Document& d,
                         const sim::TextMap* texts = nullptr);

/// The view a chapter shows, as a saved view (name = chapter title), for "save this view".
SavedView chapter_saved_view(const Lesson& lesson, std::size_t i, const scene::Camera& camera);

/// A chapter made from the current state of `d` ("Add this view as a chapter"): changes are the
/// fields where d's scenario differs from the lesson's base, the time is the current moment.
Chapter chapter_from_document(const Lesson& lesson, const Document& d, const scene::Camera& camera,
                              std::string title);

}  // namespace dv::doc
