#include "app/viewer.h"

#include <glad/gl.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/captions_file.h"
#include "app/warning_texts.h"
#include "scene/skin_block.h"
#include "scene/treatment.h"
#include "sim/skin.h"
#include "ui/overlay.h"
#include "ui/panels.h"
#include "ui/timeline.h"

namespace dv::app {

std::string figure_title(const sim::Scenario& s) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "%s \xC2\xB7 %s, %d years",
                std::string(sim::display_name(s.region)).c_str(),
                s.sex == sim::Sex::female ? "female" : "male", static_cast<int>(s.age_years));
  return buf;
}

std::string protocol_line(const sim::Scenario& s) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "%s %.2f mm \xC2\xB7 %d session%s every %d week%s",
                std::string(sim::display_name(s.device)).c_str(), s.needle_depth_mm, s.sessions,
                s.sessions == 1 ? "" : "s", static_cast<int>(s.interval_weeks),
                s.interval_weeks == 1.0 ? "" : "s");
  return buf;
}

Result<Viewer> Viewer::create(const std::filesystem::path& data_dir, const sim::Scenario& scenario,
                              const ui::FigureOptions& figure) {
  auto renderer = render::SceneRenderer::create(data_dir / "shaders");
  if (!renderer) return Result<Viewer>::error(renderer.message());
  auto cache = render::LayerCache::create(data_dir / "shaders");
  if (!cache) return Result<Viewer>::error(cache.message());
  auto captions = load_captions(data_dir / "assets" / "text" / "captions.json");
  if (!captions) return Result<Viewer>::error(captions.message());
  auto texts = load_warning_texts(data_dir / "assets" / "text" / "en" / "warnings.json");
  if (!texts) return Result<Viewer>::error(texts.message());
  captions.value().texts = std::move(texts.value());
  auto frame_cache = render::LayerCache::create(data_dir / "shaders");
  if (!frame_cache) return Result<Viewer>::error(frame_cache.message());
  auto treatment = render::SceneRenderer::create(data_dir / "shaders");
  if (!treatment) return Result<Viewer>::error(treatment.message());
  Viewer v;
  v.captions_ = std::move(captions.value());
  v.renderer_ = std::move(renderer.value());
  v.treatment_renderer_ = std::move(treatment.value());
  v.block_cache_ = std::move(cache.value());
  v.frame_cache_ = std::move(frame_cache.value());
  v.scenario_ = scenario;
  v.course_ = sim::simulate(scenario);
  v.warp_ = ui::TimeWarp(v.course_.session_days(), v.course_.end_day());
  v.figure_ = figure;
  v.rebuild();
  v.reset_camera();
  return v;
}

bool is_layer(scene::Structure s) {
  using S = scene::Structure;
  return s == S::stratum_corneum || s == S::epidermis || s == S::papillary_dermis ||
         s == S::reticular_dermis || s == S::subcutis;
}

sim::SkinLayers skin_at(const sim::Course& course, double day) {
  // The block follows the simulated thickening (Aust 2008: stratum spinosum +40 %), in steps of
  // 2 µm of epidermis and 1 % of dermis so that playback rebuilds it only now and then.
  sim::SkinLayers s = course.skin();
  const sim::Snapshot snap = course.at(day);
  const double epi_gain = std::round((snap.epidermis_um - s.epidermis_um()) / 2.0) * 2.0;
  const double dermis_factor = std::round(snap.dermis_um / s.dermis_um() * 100.0) / 100.0;
  s.viable_epidermis_um += epi_gain;
  s.papillary_dermis_um *= dermis_factor;
  s.reticular_dermis_um *= dermis_factor;
  s.capillary_loop_apex_um += epi_gain;
  s.superficial_plexus_um = s.papillary_bottom_um();
  s.deep_plexus_um = s.dermis_bottom_um();
  return s;
}

void Viewer::sync_block_to_time() {
  const sim::SkinLayers s = skin_at(course_, playback_.day);
  if (s.viable_epidermis_um != built_skin_.viable_epidermis_um ||
      s.reticular_dermis_um != built_skin_.reticular_dermis_um) {
    rebuild();
  }
}

void Viewer::sync_treatment_to_time() {
  if (treatment_day_ == playback_.day) return;
  scene::TreatmentOptions opt;
  opt.stain = figure_.stain;
  opt.seed = static_cast<std::uint32_t>(scenario_.seed);
  treatment_ = scene::build_treatment(course_, course_.at(playback_.day), scene_.layout, opt);
  treatment_renderer_.upload(treatment_);
  treatment_day_ = playback_.day;
  ++treatment_generation_;
}

void Viewer::update_annotations() {
  // While the treatment or the healing is labelled, the anatomy keeps only its layer names, so
  // the picture stays readable; with those hidden, every anatomical structure is named.
  const auto shown = [this](scene::Structure s) {
    return figure_.visible[static_cast<std::size_t>(s)];
  };
  bool treatment_labelled = false;
  for (const scene::Label& l : treatment_.labels) treatment_labelled |= shown(l.structure);
  annotations_.block_min = scene_.block_min;
  annotations_.block_max = scene_.block_max;
  // Labels of what is happening now come first: they are kept when the columns are full.
  annotations_.labels = treatment_.labels;
  for (const scene::Label& l : scene_.labels) {
    const bool layer_name = is_layer(l.structure) && l.text == scene::structure_name(l.structure);
    if (!treatment_labelled || layer_name) annotations_.labels.push_back(l);
  }
  annotations_.legend = scene_.legend;
  annotations_.legend.insert(annotations_.legend.end(), treatment_.legend.begin(),
                             treatment_.legend.end());
}

void Viewer::rebuild() {
  built_skin_ = skin_at(course_, playback_.day);
  scene::BlockOptions opt;
  opt.cut_fraction = figure_.cut_fraction;
  opt.stain = figure_.stain;
  opt.seed = static_cast<std::uint32_t>(scenario_.seed);
  scene_ = scene::build_skin_block(built_skin_, opt);
  renderer_.upload(scene_);
  ++block_generation_;
  treatment_day_ = -1.0;  // the treatment layer depends on the block's layout
}

void Viewer::set_scenario(const sim::Scenario& s) {
  if (s == scenario_) return;
  const bool anatomy = s.region != scenario_.region || s.sex != scenario_.sex ||
                       s.age_years != scenario_.age_years || s.seed != scenario_.seed;
  scenario_ = s;
  course_ = sim::simulate(s);
  warp_ = ui::TimeWarp(course_.session_days(), course_.end_day());
  treatment_day_ = -1.0;
  playback_.day = std::clamp(playback_.day, 0.0, course_.end_day());
  if (anatomy) {
    rebuild();
  } else {
    sync_block_to_time();
  }
}

void Viewer::set_figure(const ui::FigureOptions& f) {
  const bool geometry = f.cut_fraction != figure_.cut_fraction || f.stain != figure_.stain;
  figure_ = f;
  if (geometry) rebuild();
}

void Viewer::seek(double day) {
  playback_.day = std::clamp(day, 0.0, course_.end_day());
  sync_block_to_time();
}

void Viewer::set_playing(bool playing) {
  // Playing from the end starts again from the beginning.
  if (playing && playback_.day >= course_.end_day()) playback_.day = 0.0;
  playback_.playing = playing;
}

void Viewer::advance(double dt_s) {
  if (!playback_.playing) return;
  const double s = warp_.seconds_at(playback_.day) + dt_s * static_cast<double>(playback_.speed);
  playback_.day = warp_.day_at(s);
  if (playback_.day >= course_.end_day()) playback_.playing = false;
  sync_block_to_time();
}

void Viewer::reset_camera() {
  camera_ = scene::default_camera(scene_.block_min, scene_.block_max);
}

void Viewer::front_view(float aspect) {
  camera_ = scene::front_camera(scene_.block_min, scene_.block_max, aspect);
}

void Viewer::apply(const ui::Commands& c) {
  if (c.scenario) set_scenario(*c.scenario);
  if (c.figure) set_figure(*c.figure);
  if (c.seek_day) seek(*c.seek_day);
  if (c.playing) set_playing(*c.playing);
  if (c.speed) playback_.speed = *c.speed;
  if (c.pin_course) {
    pinned_ = ui::PinnedCurve{protocol_line(scenario_) + ", " + figure_title(scenario_),
                              ui::collagen_curve(course_)};
  }
  if (c.reset_camera) reset_camera();
  if (c.front_view) {
    front_view(static_cast<float>(view_width_) / static_cast<float>(std::max(view_height_, 1)));
  }
}

ui::Commands Viewer::build_ui(int width, int height, const ui::Fonts& fonts, ui::PanelFlags& flags,
                              const std::string& version) {
  ui::Commands out;
  ImGui::PushFont(fonts.body);
  const float menu_h = ui::menu_bar(scenario_, figure_, flags, out);
  const float panel_w =
      ui::side_panel(scenario_, course_, playback_.day, pinned_ ? &*pinned_ : nullptr, captions_,
                     figure_, flags, menu_h, out);
  // The 3D view takes the area left of the side panel and above the timeline.
  view_width_ = std::max(1, width - static_cast<int>(panel_w));
  float timeline_h = 0.0f;
  if (flags.show_panels) {
    const std::string& caption = captions_.of(course_.phase_at(playback_.day)).short_text;
    timeline_h = ui::timeline_panel(course_, warp_, playback_, caption,
                                    static_cast<float>(view_width_), fonts, out);
  }
  view_height_ = std::max(1, height - static_cast<int>(timeline_h));
  window_height_ = height;
  ui::help_window(flags);
  ui::about_window(flags, version);
  ImGui::PopFont();

  ui::OverlayOptions o;
  o.labels = figure_.labels;
  o.legend = figure_.legend;
  o.scale_bar = figure_.scale_bar;
  o.visible = figure_.visible;
  if (figure_.title) {
    o.title = figure_title(scenario_);
    o.subtitle = ui::time_label(course_, playback_.day) + "   " + protocol_line(scenario_);
  }
  o.top_margin_px = menu_h;
  sync_treatment_to_time();
  update_annotations();
  ui::draw_overlay(annotations_, camera_, view_width_, view_height_, o, fonts);
  return out;
}

std::optional<std::string> Viewer::draw_3d(const render::OffscreenTarget& target, float fb_scale) {
  const auto px = [fb_scale](int v) {
    return std::max(1, static_cast<int>(static_cast<float>(v) * fb_scale));
  };
  render::LayerKey key;
  key.width = px(view_width_);
  key.height = px(view_height_);
  key.view_proj =
      camera_.projection(static_cast<float>(key.width) / static_cast<float>(key.height)) *
      camera_.view();
  key.samples = target.samples();
  key.visible = figure_.visible;
  key.generation = block_generation_;
  // GL's origin is bottom-left: the view sits above the timeline strip.
  const int y0 = px(window_height_) - key.height;
  glBindFramebuffer(GL_FRAMEBUFFER, target.framebuffer());
  glViewport(0, 0, target.width(), target.height());
  glClearColor(0.0f, 0.0f, 0.0f, 1.0f);
  // The composite covers the 3D view; clear only what lies outside it (under the panels), and
  // depth only when 3D geometry is drawn after the composite (clearing costs on llvmpipe).
  if (key.width < target.width() || key.height < target.height()) {
    glClear(GL_COLOR_BUFFER_BIT);
  }
  if (playback_.playing) glClear(GL_DEPTH_BUFFER_BIT);
  sync_treatment_to_time();

  block_redrawn_ = false;
  const auto paint_block = [&](GLuint) {
    renderer_.draw(camera_, key.width, key.height, figure_.visible);
    block_redrawn_ = true;
  };
  const auto draw_treatment = [&] {
    treatment_renderer_.draw(camera_, key.width, key.height, figure_.visible,
                             render::SceneRenderer::DrawMode::draw_over);
  };
  if (playback_.playing) {
    // The treatment changes every frame: composite the cached block, draw the treatment over it.
    auto drawn = block_cache_.draw(key, paint_block, target.framebuffer(), 0, y0);
    if (!drawn) return drawn.message();
    draw_treatment();
    return std::nullopt;
  }
  // Paused: block and treatment together are one cached image until something changes.
  render::LayerKey frame_key = key;
  frame_key.generation = block_generation_ * 1000003u + treatment_generation_;
  std::optional<std::string> error;
  auto drawn = frame_cache_.draw(
      frame_key,
      [&](GLuint fbo) {
        auto block = block_cache_.draw(key, paint_block, fbo, 0, 0);
        if (!block) error = block.message();
        draw_treatment();
      },
      target.framebuffer(), 0, y0, /*with_depth=*/false);
  if (!drawn) return drawn.message();
  return error;
}

}  // namespace dv::app
