#include "app/workspace.h"

#include <algorithm>
#include <cmath>

#include "app/captions_file.h"
#include "app/strings_file.h"
#include "app/warning_texts.h"

namespace dv::app {

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
              {}};
  ui::set_strings(w.strings.get());
  // The camera is placed for the block as the course starts (a later seek keeps it).
  w.view.update(w.document);
  return w;
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
  in.width = width;
  in.height = height;
  in.captions = &w.captions;
  in.fonts = &fonts;
  in.version = DV_VERSION;
  in.labels = &w.labels;
  return ui::screen(w.mode, in, w.flags);
}

void apply_and_update(Workspace& w, const ui::Screen& s, double dt_s) {
  if (s.commands.mode) w.mode = *s.commands.mode;
  w.document.apply(s.commands);
  w.document.advance(dt_s);
  w.view.update(w.document);
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
  clear_around(target, rects, w.document.playback().playing);
  if (rects.empty()) return Status::ok();
  if (Status st = w.view.draw(target, rects.front()); !st) return st;
  w.labels = ui::draw_figure_overlay(w.document, w.view.annotations(), w.view.camera(),
                                     s.layout.views.front(), s.layout.top_px, fonts,
                                     w.mode == ui::Mode::patient);
  return Status::ok();
}

}  // namespace dv::app
