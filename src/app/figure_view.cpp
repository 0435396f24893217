#include "app/figure_view.h"

#include <glad/gl.h>

#include <algorithm>

#include "scene/skin_block.h"
#include "scene/treatment.h"
#include "sim/outcome.h"

namespace dv::app {

Result<FigureView> FigureView::create(const std::filesystem::path& shader_dir) {
  auto block = render::SceneRenderer::create(shader_dir);
  if (!block) return Result<FigureView>::error(block.message());
  auto treatment = render::SceneRenderer::create(shader_dir);
  if (!treatment) return Result<FigureView>::error(treatment.message());
  auto block_cache = render::LayerCache::create(shader_dir);
  if (!block_cache) return Result<FigureView>::error(block_cache.message());
  auto frame_cache = render::LayerCache::create(shader_dir);
  if (!frame_cache) return Result<FigureView>::error(frame_cache.message());
  FigureView v;
  v.block_renderer_ = std::move(block.value());
  v.treatment_renderer_ = std::move(treatment.value());
  v.block_cache_ = std::move(block_cache.value());
  v.frame_cache_ = std::move(frame_cache.value());
  // Settling repaints in strips (LayerCache::set_settle_strip_pixels) are not switched on: on
  // the loaded test machine they could not be shown to pay (each strip repeats the vertex work).
  return v;
}

bool is_layer(scene::Structure s) {
  using S = scene::Structure;
  return s == S::stratum_corneum || s == S::epidermis || s == S::papillary_dermis ||
         s == S::reticular_dermis || s == S::subcutis;
}

void FigureView::update(const doc::Document& d) {
  const sim::Scenario& sc = d.scenario();
  const scene::FigureOptions& fig = d.figure();
  const double day = d.playback().day;
  // The course is sampled once per new time (sampling interpolates every field).
  const bool new_time = day != sampled_day_ || d.course_generation() != sampled_course_;
  if (new_time) {
    snapshot_ = d.course().at(day);
    skin_ = sim::skin_at(d.course(), snapshot_);
    sampled_day_ = day;
    sampled_course_ = d.course_generation();
  }
  const sim::SkinLayers& skin = skin_;
  const BlockKey key{sc.region,
                     sc.sex,
                     sc.age_years,
                     sc.seed,
                     skin.viable_epidermis_um,
                     skin.reticular_dermis_um,
                     fig.cut_fraction,
                     fig.stain};
  bool changed = false;
  scene::BlockOptions block_opt;
  block_opt.cut_fraction = fig.cut_fraction;
  block_opt.stain = fig.stain;
  block_opt.seed = static_cast<std::uint32_t>(sc.seed);
  const bool stale = !block_key_ || !(*block_key_ == key);
  if (stale && (!async_blocks_ || !block_key_)) {
    // The first block, or a view that must show the new block in this very frame: built here.
    abandon_build();
    adopt_block(scene::build_skin_block(skin, block_opt), key);
    changed = true;
  } else if (stale && !(build_key_ && *build_key_ == key)) {
    // Built on a worker thread; the old block is drawn until the new one is ready.
    abandon_build();
    build_ = scene::BlockBuild::start(skin, block_opt);
    build_key_ = key;
  } else if (!stale && build_key_) {
    abandon_build();  // back to the block on show: the build running is no longer wanted
  }
  if (build_key_ && build_.ready()) {
    const BlockKey built = *build_key_;
    build_key_.reset();
    adopt_block(build_.take(), built);
    fresh_block_ = true;  // its first paint may be the light one (see draw)
    changed = true;
  }
  std::erase_if(abandoned_, [](const scene::BlockBuild& b) { return b.ready(); });
  if (new_time || treatment_day_ < 0.0) {
    scene::TreatmentOptions opt;
    opt.stain = fig.stain;
    opt.seed = static_cast<std::uint32_t>(sc.seed);
    treatment_ = scene::build_treatment(d.course(), snapshot_, block_.layout, opt);
    treatment_renderer_.upload(treatment_);
    treatment_day_ = day;
    ++treatment_generation_;
    changed = true;
  }
  if (changed || visible_ != fig.visible) {
    visible_ = fig.visible;
    update_annotations();
  }
  playing_ = d.playback().playing;
  if (!camera_placed_) {
    reset_camera();
    camera_placed_ = true;
  }
}

void FigureView::adopt_block(scene::Scene block, const BlockKey& key) {
  block_ = std::move(block);
  block_renderer_.upload(block_);
  block_.batches = {};  // on the GPU now; the CPU copy would hold ≈ 6 MB for nothing
  block_key_ = key;
  ++block_generation_;
  treatment_day_ = -1.0;  // the treatment layer depends on the block's layout
}

void FigureView::abandon_build() {
  // Destroying a running build would wait for it: it is kept until it finishes.
  if (build_.pending()) abandoned_.push_back(std::move(build_));
  build_ = {};
  build_key_.reset();
}

void FigureView::update_annotations() {
  // While the treatment or the healing is labelled, the anatomy keeps only its layer names, so
  // the picture stays readable; with those hidden, every anatomical structure is named.
  const auto shown = [this](scene::Structure s) { return visible_[static_cast<std::size_t>(s)]; };
  bool treatment_labelled = false;
  for (const scene::Label& l : treatment_.labels) treatment_labelled |= shown(l.structure);
  annotations_.block_min = block_.block_min;
  annotations_.block_max = block_.block_max;
  // Labels of what is happening now come first: they are kept when the columns are full.
  annotations_.labels = treatment_.labels;
  for (const scene::Label& l : block_.labels) {
    const bool layer_name = is_layer(l.structure) && l.text == scene::layer_label_id(l.structure);
    if (!treatment_labelled || layer_name) annotations_.labels.push_back(l);
  }
  annotations_.legend = block_.legend;
  annotations_.legend.insert(annotations_.legend.end(), treatment_.legend.begin(),
                             treatment_.legend.end());
}

void FigureView::reset_camera() {
  camera_ = scene::default_camera(block_.block_min, block_.block_max);
}

void FigureView::front_view(float aspect) {
  camera_ = scene::front_camera(block_.block_min, block_.block_max, aspect);
}

void clear_around(const render::OffscreenTarget& target, const std::vector<PixelRect>& views,
                  bool clear_depth) {
  glBindFramebuffer(GL_FRAMEBUFFER, target.framebuffer());
  glViewport(0, 0, target.width(), target.height());
  glClearColor(0.0f, 0.0f, 0.0f, 1.0f);
  // The composites cover their views; clear colour only when they leave something uncovered
  // (clearing costs on llvmpipe), and depth only when 3D geometry is drawn after them.
  long long covered = 0;
  for (const PixelRect& r : views) covered += static_cast<long long>(r.w) * r.h;
  if (covered < static_cast<long long>(target.width()) * target.height()) {
    glClear(GL_COLOR_BUFFER_BIT);
  }
  if (clear_depth) glClear(GL_DEPTH_BUFFER_BIT);
}

Status FigureView::draw(const render::OffscreenTarget& target, const PixelRect& rect) {
  render::LayerKey key;
  key.width = std::max(1, rect.w);
  key.height = std::max(1, rect.h);
  key.view_proj =
      camera_.projection(static_cast<float>(key.width) / static_cast<float>(key.height)) *
      camera_.view();
  key.samples = target.samples();
  key.visible = visible_;
  key.generation = block_generation_;
  // GL's origin is bottom-left.
  const int x0 = rect.x;
  const int y0 = target.height() - rect.y - key.height;

  block_redrawn_ = false;
  // A block that just arrived from its worker thread is painted light first, so the frame that
  // shows it costs no more than an orbiting one; the next frame paints it in full.
  const bool light = fresh_block_;
  fresh_block_ = false;
  // The block is painted lighter while the camera moves (render::LayerCache::draw_with_detail).
  const auto paint_block = [&](GLuint, render::SceneRenderer::Detail detail) {
    block_renderer_.draw(camera_, key.width, key.height, visible_,
                         render::SceneRenderer::DrawMode::clear_and_draw, detail);
    block_redrawn_ = true;
  };
  const auto draw_treatment = [&] {
    treatment_renderer_.draw(camera_, key.width, key.height, visible_,
                             render::SceneRenderer::DrawMode::draw_over);
  };
  if (playing_) {
    // The treatment changes every frame: copy the cached block (colour and depth) into the
    // single-sampled frame, draw the treatment over it (not antialiased while it plays).
    auto drawn = block_cache_.draw_with_detail(key, paint_block, target.framebuffer(), x0, y0,
                                               /*with_depth=*/true, light);
    if (!drawn) return Status::error(drawn.message());
    draw_treatment();
    return Status::ok();
  }
  // Paused: block and treatment together are one cached, antialiased image until something
  // changes; the frame target itself is single-sampled.
  render::LayerKey frame_key = key;
  frame_key.generation = block_generation_ * 1000003u + treatment_generation_;
  std::optional<std::string> block_error;
  auto drawn = frame_cache_.draw_with_detail(
      frame_key,
      [&](GLuint fbo, render::SceneRenderer::Detail) {
        // A strip of a settling frame paints the block's strip again (in full, scissored).
        if (frame_cache_.painting_strip()) block_cache_.invalidate();
        auto block = block_cache_.draw_with_detail(key, paint_block, fbo, 0, 0, true, light);
        if (!block) block_error = block.message();
        draw_treatment();
      },
      target.framebuffer(), x0, y0, /*with_depth=*/false, light);
  if (!drawn) return Status::error(drawn.message());
  if (block_error) return Status::error(*block_error);
  return Status::ok();
}

}  // namespace dv::app
