#include "app/workspace.h"

#include <glad/gl.h>

#include <algorithm>
#include <cmath>

#include "app/captions_file.h"
#include "app/lesson_file.h"
#include "app/strings_file.h"
#include "app/trainee_files.h"
#include "app/warning_texts.h"
#include "ui/lecture.h"

namespace dv::app {
namespace {

// Compare mode with both sides ready.
bool comparing(const Workspace& w) {
  return w.mode == ui::Mode::compare && w.document_b && w.view_b;
}

// The wipe's "before" side: made on first use, drawn from the main view's camera.
Status update_wipe(Workspace& w) {
  const ui::WipeFlags& wipe = w.flags.wipe;
  const double before = std::clamp(wipe.before_day, 0.0, w.document.course().end_day());
  w.view.update(w.document, w.document.playback().day, wipe.tint_new ? before : -1.0);
  if (!w.before_view) {
    auto v = FigureView::create(w.shader_dir);
    if (!v) return Status::error(v.message());
    w.before_view = std::move(v.value());
  }
  w.before_view->update(w.document, before, -1.0, before <= 0.0);
  w.before_view->camera() = w.view.camera();
  return Status::ok();
}

}  // namespace

namespace {

// The strings of `language` (English filling its gaps) and the captions and warning texts made
// from them.
struct Texts {
  ui::Strings strings;
  ui::Captions captions;
};
Result<Texts> load_texts(const std::filesystem::path& data_dir, const std::string& language) {
  auto strings = load_strings(data_dir / "assets" / "text", language);
  if (!strings) return Result<Texts>::error(strings.message());
  auto captions = captions_from(strings.value());
  if (!captions) return Result<Texts>::error(captions.message());
  // The model's warnings and notes read their templates from the same strings.
  auto texts = check_warning_texts(strings.value().text, "assets/text/en/warnings.json");
  if (!texts) return Result<Texts>::error(texts.message());
  captions.value().texts = std::move(texts.value());
  return Texts{std::move(strings.value()), std::move(captions.value())};
}

}  // namespace

Result<Workspace> open_workspace(const std::filesystem::path& data_dir,
                                 const sim::Scenario& scenario, const scene::FigureOptions& figure,
                                 const std::string& language) {
  auto texts = load_texts(data_dir, language);
  if (!texts) return Result<Workspace>::error(texts.message());
  auto view = FigureView::create(data_dir / "shaders");
  if (!view) return Result<Workspace>::error(view.message());
  Workspace w{doc::Document(scenario, figure),
              std::move(view.value()),
              std::move(texts.value().captions),
              std::make_shared<const ui::Strings>(std::move(texts.value().strings)),
              ui::PanelFlags{},
              ui::Mode::explore,
              data_dir,
              doc::LessonPlayer{},
              false,
              {},
              std::nullopt,
              std::string{},
              std::nullopt,
              {},
              data_dir / "shaders",
              std::nullopt,
              std::nullopt,
              std::nullopt,
              std::nullopt,
              ui::FileUi{},
              doc::SweepRun{},
              {}};
  for (const auto& dir : {data_dir / "assets" / "lessons", user_lessons_dir()}) {
    for (const LessonEntry& e : list_lessons(dir)) w.lessons.emplace_back(e.id, e.title);
  }
  ui::set_strings(w.strings.get());
  // The camera is placed for the block as the course starts (a later seek keeps it).
  w.view.update(w.document);
  return w;
}

Status set_compare(Workspace& w, bool on) {
  if (!on) {
    w.mode = ui::Mode::explore;
    return Status::ok();
  }
  if (!w.document_b) {
    // B starts as a copy of A: same scenario, figure options and time.
    doc::Document b(w.document.scenario(), w.document.figure());
    b.set_ensemble_members(w.document.ensemble_members());
    b.seek(w.document.playback().day);
    w.document_b = std::move(b);
  }
  if (!w.view_b) {
    auto v = FigureView::create(w.shader_dir);
    if (!v) return Status::error(v.message());
    w.view_b = std::move(v.value());
    w.view_b->update(*w.document_b);
    w.view_b->camera() = w.view.camera();
  }
  w.mode = ui::Mode::compare;
  w.flags.wipe.on = false;  // one way of comparing at a time
  return Status::ok();
}

doc::Document& active_document(Workspace& w) {
  return comparing(w) && w.flags.compare.active == 1 ? *w.document_b : w.document;
}

FigureView& active_view(Workspace& w) {
  return comparing(w) && w.flags.compare.active == 1 ? *w.view_b : w.view;
}

bool animating(const Workspace& w) {
  return w.document.animating() || (comparing(w) && w.document_b->animating());
}

bool background_pending(const Workspace& w) {
  return w.document.ensemble_pending() || (comparing(w) && w.document_b->ensemble_pending());
}

bool poll_background(Workspace& w) {
  bool fresh = w.document.poll_background();
  if (w.document_b) fresh |= w.document_b->poll_background();
  return fresh;
}

void wait_background(Workspace& w) {
  w.document.wait_background();
  if (w.document_b) w.document_b->wait_background();
}

Status set_language(Workspace& w, const std::filesystem::path& data_dir,
                    const std::string& language) {
  auto texts = load_texts(data_dir, language);
  if (!texts) return Status::error(texts.message());
  w.captions = std::move(texts.value().captions);
  w.strings = std::make_shared<const ui::Strings>(std::move(texts.value().strings));
  ui::set_strings(w.strings.get());
  return Status::ok();
}

ui::Screen run_screen(Workspace& w, int width, int height, const ui::Fonts& fonts) {
  ui::ScreenInput in;
  in.document = &w.document;
  in.document_b = comparing(w) ? &*w.document_b : nullptr;
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
  in.files = &w.files;
  in.sweep = &w.sweep;
  in.save_dir = documents_dir().string();
  in.labels = &w.labels;
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

Status apply_and_update(Workspace& w, const ui::Screen& s, double dt_s) {
  if (s.commands.mode) w.mode = *s.commands.mode;
  apply_trainee(w, s.commands);
  if (s.commands.toggle_compare) {
    if (Status st = set_compare(w, w.mode != ui::Mode::compare); !st) return st;
  }
  const ui::Commands& c = s.commands;
  if (comparing(w)) {
    doc::Document& ed = active_document(w);
    doc::Document& other = &ed == &w.document ? *w.document_b : w.document;
    ed.apply(c);
    doc::Edits time;  // one clock: time edits go to both sides
    time.seek_day = c.seek_day;
    time.playing = c.playing;
    time.speed = c.speed;
    other.apply(time);
    // The longer course drives the clock; the other follows it (and stops at its own end).
    const bool b_drives = &ui::compare_clock(w.document, *w.document_b) == &*w.document_b;
    doc::Document& clock = b_drives ? *w.document_b : w.document;
    doc::Document& follower = b_drives ? w.document : *w.document_b;
    clock.advance(dt_s);
    follower.set_playing(clock.playback().playing);
    follower.seek(clock.playback().day);
    w.view.update(w.document);
    w.view_b->update(*w.document_b);
    FigureView& v = active_view(w);
    if (c.reset_camera) v.reset_camera();
    if (c.front_view && s.layout.views.size() > 1) {
      const ui::Rect& r = s.layout.views[static_cast<std::size_t>(w.flags.compare.active)];
      v.front_view(r.w / std::max(r.h, 1.0f));
    }
    if (w.flags.compare.link_camera) {
      FigureView& o = &v == &w.view ? *w.view_b : w.view;
      o.camera() = v.camera();
    }
    return Status::ok();
  }
  w.document.apply(c);
  apply_lecture(w, c.lecture);
  w.document.advance(dt_s);
  if (w.mode == ui::Mode::lecture) w.lesson.frame(w.document);
  if (w.flags.wipe.on) {
    if (Status st = update_wipe(w); !st) return st;
  } else {
    w.view.update(w.document);
    // The "before" side's target is as large as the frame: give it back when the wipe is off.
    w.wipe_target.reset();
  }
  if (w.camera_request) {
    place_camera(w, *w.camera_request, s);
    w.camera_request.reset();
  }
  if (c.reset_camera) w.view.reset_camera();
  if (c.front_view && !s.layout.views.empty()) {
    const ui::Rect& r = s.layout.views.front();
    w.view.front_view(r.w / std::max(r.h, 1.0f));
  }
  if (w.flags.wipe.on && w.before_view) w.before_view->camera() = w.view.camera();
  return Status::ok();
}

PixelRect to_pixels(const ui::Rect& r, float fb_scale) {
  const auto px = [fb_scale](float v) { return static_cast<int>(v * fb_scale); };
  return PixelRect{px(r.x), px(r.y), std::max(1, px(r.w)), std::max(1, px(r.h))};
}

Status draw_wipe(Workspace& w, const render::OffscreenTarget& target, const PixelRect& rect) {
  // The "before" side is drawn into a target like the frame (same size and samples), and the
  // part left of the divider is copied over the frame: identical rectangles, so even a
  // multisampled copy is allowed.
  if (!w.wipe_target || w.wipe_target->width() != target.width() ||
      w.wipe_target->height() != target.height() || w.wipe_target->samples() != target.samples()) {
    auto t = render::OffscreenTarget::create(target.width(), target.height(), target.samples());
    if (!t) return Status::error(t.message());
    w.wipe_target = std::move(t.value());
  }
  clear_around(*w.wipe_target, {rect}, true);
  if (Status st = w.before_view->draw(*w.wipe_target, rect); !st) return st;
  const float divider = std::clamp(w.flags.wipe.divider, 0.0f, 1.0f);
  const int x0 = rect.x,
            x1 = rect.x + static_cast<int>(std::lround(divider * static_cast<float>(rect.w)));
  const int y0 = target.height() - rect.y - rect.h, y1 = y0 + rect.h;
  if (x1 > x0) {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, w.wipe_target->framebuffer());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, target.framebuffer());
    glBlitFramebuffer(x0, y0, x1, y1, x0, y0, x1, y1, GL_COLOR_BUFFER_BIT, GL_NEAREST);
  }
  target.bind();
  return Status::ok();
}

Status draw_views(Workspace& w, const ui::Screen& s, const render::OffscreenTarget& target,
                  float fb_scale, const ui::Fonts& fonts) {
  std::vector<PixelRect> rects;
  for (const ui::Rect& r : s.layout.views) rects.push_back(to_pixels(r, fb_scale));
  // Depth needs no clearing: a playing view copies its cached block's depth into its rectangle.
  clear_around(target, rects, false);
  if (rects.empty()) return Status::ok();
  if (comparing(w) && rects.size() > 1) {
    if (Status st = w.view.draw(target, rects[0]); !st) return st;
    if (Status st = w.view_b->draw(target, rects[1]); !st) return st;
    const std::string a = std::string(ui::tr("compare.tag.a")) + "  ";
    const std::string b = std::string(ui::tr("compare.tag.b")) + "  ";
    ui::draw_figure_overlay(w.document, w.view.annotations(), w.view.camera(), s.layout.views[0],
                            s.layout.top_px, fonts, false, a, false);
    ui::draw_figure_overlay(*w.document_b, w.view_b->annotations(), w.view_b->camera(),
                            s.layout.views[1], s.layout.top_px, fonts, false, b, false);
    return Status::ok();
  }
  if (Status st = w.view.draw(target, rects.front()); !st) return st;
  if (w.flags.wipe.on && w.before_view) {
    if (Status st = draw_wipe(w, target, rects.front()); !st) return st;
  }
  if (w.mode == ui::Mode::lecture) {
    ui::draw_lecture_overlay(w.document, w.lesson.active() ? &w.lesson.current() : nullptr,
                             w.view.annotations(), w.view.camera(), s.layout.views.front(), fonts);
  } else {
    w.labels = ui::draw_figure_overlay(w.document, w.view.annotations(), w.view.camera(),
                                       s.layout.views.front(), s.layout.top_px, fonts,
                                       w.mode == ui::Mode::patient);
  }
  return Status::ok();
}

}  // namespace dv::app
