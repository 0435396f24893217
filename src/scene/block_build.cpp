#include "scene/block_build.h"

#include <chrono>

namespace dv::scene {

BlockBuild BlockBuild::start(const sim::SkinLayers& skin, const BlockOptions& opt) {
  BlockBuild b;
  b.skin_ = skin;
  b.opt_ = opt;
  // std::launch::async: a thread of its own now, never deferred to take().
  b.future_ = std::async(std::launch::async, [skin, opt] { return build_skin_block(skin, opt); });
  return b;
}

bool BlockBuild::ready() const {
  return future_.valid() && future_.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

Scene BlockBuild::take() {
  return future_.get();
}

}  // namespace dv::scene
