// handout_pictures.h: the skin on the take-home sheet's days, rendered offscreen with the
// figure view (no labels, no panels), for handout_pdf.h to crop and embed.
#pragma once

#include <filesystem>
#include <vector>

#include "app/handout_content.h"
#include "core/result.h"
#include "sim/scenario.h"

namespace dv::app {

/// Picture size rendered for the sheet, px (cropped to the block before embedding).
inline constexpr int kHandoutPictureW = 720;  ///< px
inline constexpr int kHandoutPictureH = 600;  ///< px

/// Fill the pixels of every picture with `scenario`'s skin on its day: the front cut face,
/// kHandoutPictureW × kHandoutPictureH. Needs a current GL 3.3 context; shaders from
/// `shader_dir`. An error names what failed (shader, framebuffer).
Status render_skin_pictures(const std::filesystem::path& shader_dir, const sim::Scenario& scenario,
                            std::vector<SkinPicture>& pictures);

}  // namespace dv::app
