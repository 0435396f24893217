// figure_view.h: one view of a document, like a Filament View (scene + camera + viewport): the
// camera, the block / treatment / annotation scenes for the document's time, and the renderers
// and caches that draw them. Several can exist at once (side by side, offscreen for video).
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

#include "core/result.h"
#include "doc/document.h"
#include "render/layer_cache.h"
#include "render/offscreen.h"
#include "render/renderer.h"
#include "scene/block_build.h"
#include "scene/camera.h"
#include "scene/scene.h"
#include "sim/skin.h"

namespace dv::app {

/// A rectangle of a framebuffer in pixels, origin at the top left.
struct PixelRect {
  int x = 0, y = 0;  ///< px, top-left corner
  int w = 1, h = 1;  ///< px, size
};

/// Draws one document. Needs a current GL 3.3 context.
class FigureView {
 public:
  /// Compile the shaders in `shader_dir`.
  static Result<FigureView> create(const std::filesystem::path& shader_dir);

  /// Rebuild only what is stale for the document at its current time: the block when the
  /// anatomy, the thickening step, the cut or the stain changed; the treatment layer when the
  /// time or the course changed; the annotations when either did. The first update also
  /// places the camera.
  void update(const doc::Document& d);
  /// Draw into `target` within `rect` (framebuffer pixels). Leaves `target` bound. An error when
  /// the driver could not make the caches' framebuffers (nothing drawn; the next draw retries).
  Status draw(const render::OffscreenTarget& target, const PixelRect& rect);

  /// The camera (the app moves it from input).
  scene::Camera& camera() { return camera_; }
  const scene::Camera& camera() const { return camera_; }
  /// Default three-quarter view of the block.
  void reset_camera();
  /// Straight orthographic view of the front cut face for an aspect ratio (width / height).
  void front_view(float aspect);
  /// Labels and legend of the block and the treatment, for the overlay.
  const scene::Scene& annotations() const { return annotations_; }
  /// The block's scene (bounds, layout).
  const scene::Scene& block() const { return block_; }
  /// True when the last draw had to redraw the block's geometry (not only composite it).
  bool block_redrawn() const { return block_redrawn_; }
  /// True when the last draw drew the block at moving detail: one more frame, once the camera
  /// stops, draws it in full (a loop that sleeps when idle must draw that frame).
  bool settling() const { return block_cache_.settling() || frame_cache_.settling(); }
  /// Build new blocks on a worker thread (region, scenario, cut, stain, thickening changes): the
  /// old block is drawn until the new one is ready, so no frame waits for a build. Off by
  /// default: `render` and tests need the new block in the very next frame.
  void set_async_blocks(bool on) { async_blocks_ = on; }
  /// True while a block is being built on a worker thread (the loop should keep drawing).
  bool building() const { return build_key_.has_value(); }
  /// How many times the block was rebuilt (tests).
  std::uint64_t block_generation() const { return block_generation_; }

 private:
  FigureView() = default;
  // What the block was built from; a change of any field rebuilds it.
  struct BlockKey {
    sim::Region region{};
    sim::Sex sex{};
    double age_years = 0.0;
    std::uint64_t seed = 0;
    double viable_epidermis_um = 0.0, reticular_dermis_um = 0.0;
    float cut_fraction = 0.0f;
    scene::Stain stain{};
    bool operator==(const BlockKey&) const = default;
  };
  void update_annotations();
  // Upload `block` as the block on show, built for `key`.
  void adopt_block(scene::Scene block, const BlockKey& key);
  // Drop the running build (kept until it finishes: destroying it would wait).
  void abandon_build();
  scene::Camera camera_;
  bool camera_placed_ = false;
  scene::Scene block_, treatment_, annotations_;
  render::SceneRenderer block_renderer_, treatment_renderer_;
  render::LayerCache block_cache_;  // the anatomical block
  render::LayerCache frame_cache_;  // block + treatment while paused
  std::optional<BlockKey> block_key_;
  bool async_blocks_ = false;
  scene::BlockBuild build_;                   // the block being built on a worker thread
  std::optional<BlockKey> build_key_;         // what build_ builds (none: no build running)
  std::vector<scene::BlockBuild> abandoned_;  // builds no longer wanted, still running
  bool fresh_block_ = false;                  // the block was adopted since the last draw
  double sampled_day_ = -1.0;                 // day of snapshot_ (< 0: none yet)
  std::uint64_t sampled_course_ = ~0ull;      // course generation of snapshot_
  sim::Snapshot snapshot_{};                  // the course at sampled_day_
  sim::SkinLayers skin_{};                    // the skin at sampled_day_
  double treatment_day_ = -1.0;               // day the treatment was built for (< 0: stale)
  std::uint64_t treatment_generation_ = 0;    // bumped on every treatment rebuild
  std::uint64_t block_generation_ = 0;        // bumped on every block rebuild
  scene::Visibility visible_ = scene::all_visible();
  bool playing_ = false;
  bool block_redrawn_ = false;
};

/// Clear the parts of `target` no view covers (colour), and depth when `clear_depth`.
void clear_around(const render::OffscreenTarget& target, const std::vector<PixelRect>& views,
                  bool clear_depth);

/// True for the five tissue layers (stratum corneum … subcutis).
bool is_layer(scene::Structure s);

}  // namespace dv::app
