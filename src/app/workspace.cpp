#include "app/workspace.h"

#include <algorithm>
#include <cmath>

#include "app/captions_file.h"
#include "app/lesson_file.h"
#include "app/strings_file.h"
#include "app/warning_texts.h"
#include "ui/lecture.h"

namespace dv::app {

Result<Workspace> open_workspace(const std::filesystem::path& data_dir,
                                 const sim::Scenario& scenario,
                                 const scene::FigureOptions& figure) {
  auto strings = load_strings(data_dir / "assets" / "text", "en");
  if (!strings) return Result<Workspace>::error(strings.message());
  auto captions = captions_from(strings.value());
  if (!captions) return Result<Workspace>::error(captions.message());
  // The model's warnings and notes read their templates from the same strings.
  auto texts = check_warning_texts(strings.value().text, "assets/text/en/warnings.json");
  if (!texts) return Result<Workspace>::error(texts.message());
  captions.value().texts = std::move(texts.value());
  auto view = FigureView::create(data_dir / "shaders");
  if (!view) return Result<Workspace>::error(view.message());
  Workspace w{doc::Document(scenario, figure),
              std::move(view.value()),
              std::move(captions.value()),
              std::make_shared<const ui::Strings>(std::move(strings.value())),
              ui::PanelFlags{},
              ui::Mode::explore,
              data_dir,
              doc::LessonPlayer{},
              false,
              {},
              std::nullopt,
              std::string{},
              std::nullopt,
              {}};
  for (const auto& dir : {data_dir / "assets" / "lessons", user_lessons_dir()}) {
    for (const LessonEntry& e : list_lessons(dir)) w.lessons.emplace_back(e.id, e.title);
  }
  ui::set_strings(w.strings.get());
  // The camera is placed for the block as the course starts (a later seek keeps it).
  w.view.update(w.document);
  return w;
}

ui::Screen run_screen(Workspace& w, int width, int height, const ui::Fonts& fonts) {
  ui::ScreenInput in;
  in.document = &w.document;
  in.width = width;
  in.height = height;
  in.captions = &w.captions;
  in.fonts = &fonts;
  in.version = DV_VERSION;
  in.lesson = &w.lesson;
  in.projector = w.projector;
  in.lessons = w.lessons;
  if (w.edited) {
    in.edited = &*w.edited;
    in.edited_path = w.edited_path.string();
  }
  return ui::screen(w.mode, in, w.flags);
}

Status start_lesson(Workspace& w, const std::string& id) {
  auto lesson = find_lesson(w.data_dir / "assets" / "lessons", id);
  if (!lesson) {
    // Lessons made in the app live in the user's data folder.
    if (auto mine = find_lesson(user_lessons_dir(), id)) {
      lesson = std::move(mine);
    } else {
      return Status::error(lesson.message());
    }
  }
  auto camera = w.lesson.start(std::move(lesson.value()), w.document);
  if (!camera) return Status::error(id + ": the lesson has no chapters");
  w.camera_request = camera;
  w.mode = ui::Mode::lecture;
  w.flags.show_panels = false;
  w.flags.show_help = false;
  return Status::ok();
}

namespace {

void apply_views_and_authoring(Workspace& w, const ui::LectureCommands& c);

// Lecture commands, after the document's own edits (a branch-off change is applied first, a
// page turn then shows its chapter exactly).
void apply_lecture(Workspace& w, const ui::LectureCommands& c) {
  if (c.toggle_projector) w.projector = !w.projector;
  apply_views_and_authoring(w, c);
  if (c.start) {
    if (Status st = start_lesson(w, *c.start); !st) w.message = st.message();
  }
  if (w.mode != ui::Mode::lecture || !w.lesson.active()) return;
  if (c.leave) {
    w.lesson.stop();
    w.mode = ui::Mode::explore;
    w.flags.show_panels = true;
    return;
  }
  if (c.first) w.camera_request = w.lesson.go(w.document, 0);
  if (c.step != 0) {
    if (auto r = w.lesson.step(w.document, c.step)) w.camera_request = r;
  }
  if (c.back) {
    w.camera_request = w.lesson.go(w.document, w.lesson.chapter());
    w.flags.show_panels = false;
  }
  if (c.toggle_blank) w.lesson.toggle_blank();
}

// Saved views and the lesson editor.
void apply_views_and_authoring(Workspace& w, const ui::LectureCommands& c) {
  doc::Document& d = w.document;
  if (c.save_view) {
    std::vector<doc::SavedView> views = d.saved_views();
    doc::SavedView v;
    v.name = ui::trf("views.default_name", {{"n", std::to_string(views.size() + 1)}});
    v.camera = w.view.camera();
    v.day = d.playback().day;
    v.figure = d.figure();
    views.push_back(v);
    d.set_saved_views(std::move(views));
  }
  if (c.open_view && *c.open_view < d.saved_views().size()) {
    const doc::SavedView v = d.saved_views()[*c.open_view];
    doc::Edits e;
    e.figure = v.figure;
    e.seek_day = v.day;
    e.playing = false;
    d.apply(e);
    w.camera_request = doc::CameraRequest{doc::CameraPreset::custom, v.camera};
  }
  if (c.add_chapter) {
    if (!w.edited) {
      // A new lesson starts from the lesson being given, else from the current scenario.
      doc::Lesson l;
      if (w.lesson.active()) {
        l = w.lesson.lesson();
        l.id += "_mine";
      } else {
        l.id = "my_lesson";
        l.title = ui::tr("authoring.menu");
        l.scenario = d.scenario();
      }
      w.edited = std::move(l);
      w.edited_path = user_lessons_dir() / (w.edited->id + ".json");
    }
    const std::string title =
        ui::trf("authoring.new_title", {{"n", std::to_string(w.edited->chapters.size() + 1)}});
    w.edited->chapters.push_back(doc::chapter_from_document(*w.edited, d, w.view.camera(), title));
  }
  if (!w.edited) return;
  auto& ch = w.edited->chapters;
  if (c.chapter_title && c.chapter_title->first < ch.size())
    ch[c.chapter_title->first].title = c.chapter_title->second;
  if (c.chapter_caption && c.chapter_caption->first < ch.size())
    ch[c.chapter_caption->first].caption = c.chapter_caption->second;
  if (c.chapter_up && *c.chapter_up > 0 && *c.chapter_up < ch.size())
    std::swap(ch[*c.chapter_up], ch[*c.chapter_up - 1]);
  if (c.chapter_down && *c.chapter_down + 1 < ch.size())
    std::swap(ch[*c.chapter_down], ch[*c.chapter_down + 1]);
  if (c.chapter_delete && *c.chapter_delete < ch.size())
    ch.erase(ch.begin() + static_cast<std::ptrdiff_t>(*c.chapter_delete));
  if (c.save_lesson) {
    std::error_code ec;
    std::filesystem::create_directories(w.edited_path.parent_path(), ec);
    const Status st = save_lesson_file(w.edited_path, *w.edited);
    w.message = st ? ui::trf("authoring.saved", {{"path", w.edited_path.string()}}) : st.message();
  }
  if (c.give_edited && !ch.empty()) {
    if (auto cam = w.lesson.start(*w.edited, d)) {
      w.camera_request = cam;
      w.mode = ui::Mode::lecture;
      w.flags.show_panels = false;
    }
  }
  if (c.close_editor) w.edited.reset();
}

void place_camera(Workspace& w, const doc::CameraRequest& r, const ui::Screen& s) {
  switch (r.preset) {
    case doc::CameraPreset::three_quarter: w.view.reset_camera(); break;
    case doc::CameraPreset::front:
      if (!s.layout.views.empty()) {
        const ui::Rect& v = s.layout.views.front();
        w.view.front_view(v.w / std::max(v.h, 1.0f));
      }
      break;
    case doc::CameraPreset::custom: w.view.camera() = r.camera; break;
  }
}

}  // namespace

void apply_and_update(Workspace& w, const ui::Screen& s, double dt_s) {
  w.document.apply(s.commands);
  apply_lecture(w, s.commands.lecture);
  w.document.advance(dt_s);
  if (w.mode == ui::Mode::lecture) w.lesson.frame(w.document);
  w.view.update(w.document);
  if (w.camera_request) {
    place_camera(w, *w.camera_request, s);
    w.camera_request.reset();
  }
  if (s.commands.reset_camera) w.view.reset_camera();
  if (s.commands.front_view && !s.layout.views.empty()) {
    const ui::Rect& r = s.layout.views.front();
    w.view.front_view(r.w / std::max(r.h, 1.0f));
  }
}

PixelRect to_pixels(const ui::Rect& r, float fb_scale) {
  const auto px = [fb_scale](float v) { return static_cast<int>(v * fb_scale); };
  return PixelRect{px(r.x), px(r.y), std::max(1, px(r.w)), std::max(1, px(r.h))};
}

Status draw_views(Workspace& w, const ui::Screen& s, const render::OffscreenTarget& target,
                  float fb_scale, const ui::Fonts& fonts) {
  std::vector<PixelRect> rects;
  for (const ui::Rect& r : s.layout.views) rects.push_back(to_pixels(r, fb_scale));
  // Depth needs no clearing: a playing view copies its cached block's depth into its rectangle.
  clear_around(target, rects, false);
  if (rects.empty()) return Status::ok();
  if (Status st = w.view.draw(target, rects.front()); !st) return st;
  if (w.mode == ui::Mode::lecture) {
    ui::draw_lecture_overlay(w.document, w.lesson.active() ? &w.lesson.current() : nullptr,
                             w.view.annotations(), w.view.camera(), s.layout.views.front(), fonts);
  } else {
    ui::draw_figure_overlay(w.document, w.view.annotations(), w.view.camera(),
                            s.layout.views.front(), s.layout.top_px, fonts);
  }
  return Status::ok();
}

}  // namespace dv::app
