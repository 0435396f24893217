#include "app/frame_stage.h"

#include <imgui.h>

#include <algorithm>
#include <utility>

#include "doc/lesson.h"
#include "ui/capture_panels.h"

namespace dv::app {
namespace {

// Makes `ctx` current for a scope and restores the caller's context after.
class ContextScope {
 public:
  explicit ContextScope(ImGuiContext* ctx) : saved_(ImGui::GetCurrentContext()) {
    ImGui::SetCurrentContext(ctx);
  }
  ~ContextScope() { ImGui::SetCurrentContext(saved_); }
  ContextScope(const ContextScope&) = delete;
  ContextScope& operator=(const ContextScope&) = delete;

 private:
  ImGuiContext* saved_;
};

}  // namespace

float offscreen_font_scale(int height_px) {
  return std::clamp(static_cast<float>(height_px) / 1000.0f, 0.6f, 2.2f);
}

Result<Workspace> FrameStage::workspace_like(const std::filesystem::path& data_dir,
                                             const Workspace& from) {
  auto view = FigureView::create(data_dir / "shaders");
  if (!view) return Result<Workspace>::error(view.message());
    // Designated: the fields other modes add to the workspace keep their defaults (and a branch
    // that adds one does not have to edit this line).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
  Workspace w{.document = doc::Document(from.document.scenario(), from.document.figure()),
              .view = std::move(view.value()),
              .captions = from.captions,
              .strings = from.strings};
#pragma GCC diagnostic pop
  w.view.update(w.document);  // places the camera for the block as the course starts
  return w;
}

Result<std::unique_ptr<FrameStage>> FrameStage::create(Workspace work, int width, int height,
                                                       int samples) {
  using R = Result<std::unique_ptr<FrameStage>>;
  auto target = render::OffscreenTarget::create(width, height, samples);
  if (!target) return R::error(target.message());
  ImGuiContext* saved = ImGui::GetCurrentContext();
  auto imgui = ImGuiLayer::create(nullptr, offscreen_font_scale(height));
  ImGuiContext* ctx = ImGui::GetCurrentContext();
  ImGui::SetCurrentContext(saved);
  if (!imgui) return R::error(imgui.message());
  work.flags.show_panels = false;  // the figure alone, like `render --no-ui`
  std::unique_ptr<FrameStage> stage(new FrameStage(std::move(work), std::move(imgui.value()),
                                                   std::move(target.value()), width, height));
  stage->ctx_ = ctx;
  return stage;
}

FrameStage::FrameStage(Workspace work, ImGuiLayer imgui, render::OffscreenTarget target, int w,
                       int h)
    : work_(std::move(work)),
      imgui_(std::move(imgui)),
      target_(std::move(target)),
      width_(w),
      height_(h) {
  default_camera_ = work_.view.camera();
  camera_scenario_ = work_.document.scenario();
}

FrameStage::~FrameStage() {
  ImGuiContext* saved = ImGui::GetCurrentContext();
  imgui_.reset();  // makes its own context current to destroy it
  ImGui::SetCurrentContext(saved == ctx_ ? nullptr : saved);
}

void FrameStage::show(const Segment& seg) {
  if (!(seg.scenario == work_.document.scenario())) work_.document.set_scenario(seg.scenario);
  if (!(seg.figure == work_.document.figure())) work_.document.set_figure(seg.figure);
}

Status FrameStage::draw(const Segment& seg, bool burn_caption) {
  target_.bind();
  imgui_->begin_offscreen_frame(width_, height_, 1.0f / 60.0f);
  ui::Screen s = run_screen(work_, width_, height_, imgui_->fonts());
  s.commands = ui::Commands{};
  s.commands.front_view = !seg.camera && seg.front_view;
  if (Status st = apply_and_update(work_, s, 0.0); !st) return st;
  std::string caption;
  float band_px = 0.0f;
  if (burn_caption) {
    // A lesson's caption has {placeholders} filled from the model at this frame's day.
    const doc::Document& d = work_.document;
    caption = seg.caption.empty()
                  ? work_.captions.of(d.course().phase_at(d.playback().day)).short_text
                  : doc::fill_caption(seg.caption, d, &work_.captions.texts);
    band_px = ui::caption_band_height(seg.title, caption, width_, height_, imgui_->fonts());
    // The figure (and its scale bar and labels) sits above the band: nothing covers the words.
    if (!s.layout.views.empty()) {
      ui::Rect& r = s.layout.views.front();
      r.h = std::max(1.0f, r.h - band_px);
    }
  }
  Status st = draw_views(work_, s, target_, 1.0f, imgui_->fonts());
  if (burn_caption) ui::draw_caption_band(seg.title, caption, width_, height_, imgui_->fonts());
  target_.bind();
  imgui_->render();
  return st;
}

Result<std::vector<std::uint8_t>> FrameStage::render(const Segment& seg, double day,
                                                     bool burn_caption) {
  using R = Result<std::vector<std::uint8_t>>;
  ContextScope scope(ctx_);
  show(seg);
  work_.document.seek(day);
  if (!seg.camera && !(camera_scenario_ == seg.scenario)) {
    // Another block (a lesson chapter in another region): its default view, placed once for the
    // segment so the camera does not follow the thickening block frame by frame.
    work_.view.update(work_.document);
    work_.view.reset_camera();
    default_camera_ = work_.view.camera();
    camera_scenario_ = seg.scenario;
  }
  work_.view.camera() = seg.camera ? *seg.camera : *default_camera_;
  for (int i = settled_ ? 1 : 0; i < 2; ++i) {
    if (Status st = draw(seg, burn_caption); !st) return R::error(st.message());
  }
  settled_ = true;
  return target_.read_rgba();
}

}  // namespace dv::app
