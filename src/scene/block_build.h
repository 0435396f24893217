// block_build.h: building the skin block on a worker thread, so that a region, scenario or cut
// change never stalls a frame for the ≈ 20 ms the build takes (issue 13).
#pragma once

#include <future>

#include "scene/scene.h"
#include "scene/skin_block.h"
#include "sim/skin.h"

namespace dv::scene {

/// One build_skin_block() call running on its own thread. build_skin_block is a pure function
/// of its arguments (no shared state), so any number may run at once. Move-only; destroying a
/// running build waits for it to finish.
///
/// Use from a frame loop: start() when the anatomy changes and keep drawing the old scene; each
/// frame, when ready(), take() the new scene and upload it (SceneRenderer::upload). A newer
/// start() simply replaces an older build; its result is dropped.
class BlockBuild {
 public:
  /// No build running.
  BlockBuild() = default;
  /// Start building the block for `skin` with `opt` on a new thread (copies both).
  static BlockBuild start(const sim::SkinLayers& skin, const BlockOptions& opt);
  /// True while a build was started and its scene not yet taken.
  bool pending() const { return future_.valid(); }
  /// True when the build has finished and take() will not wait.
  bool ready() const;
  /// The built scene; waits if it is not ready. Precondition: pending().
  Scene take();
  /// The skin the running build was started with (to tell whether it is still wanted).
  const sim::SkinLayers& skin() const { return skin_; }
  /// The options it was started with.
  const BlockOptions& options() const { return opt_; }

 private:
  std::future<Scene> future_;
  sim::SkinLayers skin_{};
  BlockOptions opt_{};
};

}  // namespace dv::scene
