#include "app/screenshot.h"

#include <glad/gl.h>

#include <algorithm>
#include <ctime>

#include "app/capture_paths.h"
#include "app/png.h"
#include "ui/strings.h"

namespace dv::app {

Segment current_segment(const Workspace& w) {
  Segment s;
  s.scenario = w.document.scenario();
  s.figure = w.document.figure();
  s.camera = w.view.camera();
  s.from_day = s.to_day = w.document.playback().day;
  return s;
}

int max_capture_side() {
  GLint rb = 0, tex = 0;
  GLint vp[2] = {0, 0};
  glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &rb);
  glGetIntegerv(GL_MAX_TEXTURE_SIZE, &tex);
  glGetIntegerv(GL_MAX_VIEWPORT_DIMS, vp);
  return std::min({static_cast<int>(rb), static_cast<int>(tex), static_cast<int>(vp[0]),
                   static_cast<int>(vp[1]), render::OffscreenTarget::kMaxSide});
}

Result<std::vector<std::uint8_t>> render_current_state(const std::filesystem::path& data_dir,
                                                       const Workspace& w, int width, int height) {
  using R = Result<std::vector<std::uint8_t>>;
  const int max_side = max_capture_side();
  if (width > max_side || height > max_side) {
    return R::error(ui::trf("capture.too_big", {{"width", std::to_string(width)},
                                                {"height", std::to_string(height)},
                                                {"max", std::to_string(max_side)}}));
  }
  auto work = FrameStage::workspace_like(data_dir, w);
  if (!work) return R::error(work.message());
  auto stage = FrameStage::create(std::move(work.value()), width, height, 4);
  if (!stage) return R::error(stage.message());
  const Segment seg = current_segment(w);
  return stage.value()->render(seg, seg.from_day, false);
}

Result<std::filesystem::path> save_capture_png(const std::filesystem::path& dir, int width,
                                               int height, const std::vector<std::uint8_t>& rgba) {
  auto path = claim_capture_name(dir, "png", std::time(nullptr));
  if (!path) return path;
  if (Status st = write_png(path.value(), width, height, rgba); !st) {
    std::error_code ec;
    std::filesystem::remove(path.value(), ec);  // the claimed, still empty name
    return Result<std::filesystem::path>::error(st.message());
  }
  return path;
}

}  // namespace dv::app
