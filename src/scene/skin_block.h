// skin_block.h: the anatomical skin block (issue 2 §3): a 3 mm block of skin cut open on its front
// (+z) and right (+x) faces, layers to scale for a body region, with fibres, cells, vessels,
// a hair follicle, a sebaceous gland and a sweat gland, labels and a colour legend.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "scene/scene.h"
#include "sim/course.h"
#include "sim/params.h"
#include "sim/skin.h"

namespace dv::scene {

/// How the tissue is coloured: an illustration or the look of a histological stain.
enum class Stain {
  illustrated,        ///< textbook illustration colours (default)
  hematoxylin_eosin,  ///< H&E: nuclei purple, cytoplasm and collagen pink
  trichrome,          ///< Masson's trichrome: collagen blue, keratin and cytoplasm red
  elastin             ///< Verhoeff–Van Gieson: elastin black, collagen red, cytoplasm yellow
};

/// Stable key of a stain ("illustrated", "he", "trichrome", "elastin").
std::string_view stain_name(Stain s);
/// The stain for a key, or nothing when the key is unknown.
std::optional<Stain> parse_stain(std::string_view key);

/// Choices that shape the block.
struct BlockOptions {
  float cut_fraction = 0.0f;  ///< 0–0.8: how far the front cut face moves back, × block depth in z
  Stain stain = Stain::illustrated;  ///< colour scheme
  std::uint32_t seed = 1;            ///< seed of every random placement (same seed → same mesh)
  sim::Condition condition = sim::Condition::none;  ///< condition drawn in the block
  float condition_fill = 0.0f;  ///< 0..1: how far the course has filled or flattened it
};

/// How far the course has filled an atrophic scar or flattened a raised one by `day`, 0..1:
/// the new collagen of the upper dermis over +60 %, a scale of our own (illustrative), in steps
/// of 0.1 so the block is rebuilt only a few times over a course.
float condition_fill(const sim::Course& course, double day);

/// Half the block's width in x and z, mm (the section the sim models, 3 mm square).
inline constexpr float kBlockHalfWidth_mm =
    static_cast<float>(0.5 * sim::param::kWidth_um / 1000.0);
/// Thickness of subcutis drawn below the dermis, mm (only the top of the fat is shown).
inline constexpr float kSubcutisShown_mm = 0.6f;
/// Largest distance section content stands proud of a cut face, mm.
inline constexpr float kReliefMax_mm = 0.06f;

/// Build the block for a skin site. Deterministic in (skin, opt).
Scene build_skin_block(const sim::SkinLayers& skin, const BlockOptions& opt);

}  // namespace dv::scene
