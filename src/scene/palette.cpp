// Colour tables. Entries are written in sRGB (what a designer picks) and returned linear, since the
// renderer lights in linear space and encodes to sRGB at the end.
// Illustrated palette rules: neighbouring layers differ in lightness as well as hue (projectors
// wash out hue); vessels are told apart by red vs blue, never red vs green (colour-blind safe).
#include "scene/palette.h"

#include <array>
#include <cmath>

#include "sim/pigment.h"

namespace dv::scene {
namespace {

using C = glm::vec3;
constexpr std::size_t kN = static_cast<std::size_t>(Material::count);
using Table = std::array<C, kN>;

// Order follows enum Material.
constexpr Table kIllustrated = {{
    {0.97f, 0.92f, 0.62f},  // corneum: pale yellow
    {0.93f, 0.76f, 0.66f},  // skin_surface
    {0.70f, 0.47f, 0.38f},  // epidermis (intercellular): dark tan, shows cell borders
    {0.88f, 0.66f, 0.52f},  // keratinocyte
    {0.66f, 0.42f, 0.33f},  // basal_cell (melanin-rich)
    {0.80f, 0.58f, 0.50f},  // granular_cell
    {0.42f, 0.24f, 0.36f},  // nucleus
    {0.97f, 0.74f, 0.78f},  // papillary_dermis: pale pink
    {0.99f, 0.90f, 0.88f},  // papillary_fibre
    {0.84f, 0.50f, 0.56f},  // reticular_dermis: rose
    {0.99f, 0.88f, 0.78f},  // collagen_bundle: ivory
    {0.26f, 0.18f, 0.32f},  // elastin: dark violet-grey
    {0.60f, 0.42f, 0.78f},  // fibroblast: violet
    {1.00f, 0.80f, 0.28f},  // fat: yellow
    {0.90f, 0.84f, 0.76f},  // septum: light beige
    {0.86f, 0.66f, 0.30f},  // fat_matrix: darker yellow, reads as cell membranes
    {0.90f, 0.18f, 0.16f},  // capillary (arterial)
    {0.62f, 0.22f, 0.55f},  // capillary_venous: red turning violet
    {0.78f, 0.06f, 0.10f},  // arteriole: red
    {0.20f, 0.34f, 0.86f},  // venule: blue
    {0.96f, 0.78f, 0.56f},  // follicle_sheath
    {0.26f, 0.16f, 0.10f},  // hair: dark brown
    {0.58f, 0.36f, 0.34f},  // hair_bulb
    {0.97f, 0.72f, 0.74f},  // hair_papilla
    {1.00f, 0.97f, 0.86f},  // sebaceous: cream
    {0.40f, 0.72f, 0.90f},  // sweat_gland: sky blue
    {0.30f, 0.58f, 0.80f},  // sweat_duct
    {0.30f, 0.20f, 0.18f},  // pore
    {0.30f, 0.36f, 0.44f},  // device_body: slate grey
    {0.82f, 0.86f, 0.90f},  // device_head: light clear-grey plastic
    {0.80f, 0.82f, 0.86f},  // needle: steel
    {0.06f, 0.11f, 0.24f},  // channel: deep navy (an empty hole; unique in the image)
    {0.56f, 0.02f, 0.07f},  // blood: dark crimson, darker than the capillaries
    {0.36f, 0.14f, 0.08f},  // clot: dark brown
    {0.97f, 0.97f, 0.93f},  // neutrophil: near white, small round
    {0.30f, 0.18f, 0.50f},  // neutrophil_nucleus: dark purple lobes
    {0.86f, 0.52f, 0.14f},  // macrophage: amber, large irregular
    {1.00f, 0.86f, 0.20f},  // growth_factor: golden glow
    {0.46f, 0.26f, 0.70f},  // recruited_fibroblast: deeper violet than resident ones
    {0.95f, 0.30f, 0.36f},  // new_capillary: bright red-pink sprout
    {0.62f, 0.84f, 0.96f},  // new_collagen_III: thin light sky-blue fibres (lighter, finer than I)
    {1.00f, 0.94f, 0.84f},  // new_collagen_I: ivory bundle
    {0.20f, 0.12f, 0.30f},  // new_elastin: dark violet
    {0.94f, 0.94f, 0.94f},  // ruler
    {0.55f, 0.58f, 0.62f},  // ruler_nominal: steel grey
    {0.96f, 0.52f, 0.06f},  // ruler_effective: orange
    {0.98f, 0.84f, 0.16f},  // nerve: yellow (textbook convention)
    {1.00f, 0.93f, 0.40f},  // nerve_ending: lighter yellow
    {0.96f, 0.66f, 0.22f},  // meissner: orange, stacked cells
    {0.80f, 0.86f, 0.92f},  // pacinian: pale grey-blue onion lamellae
    {0.98f, 0.76f, 0.18f},  // pacinian_core: golden core with the axon
    {0.72f, 0.30f, 0.16f},  // arrector_pili: terracotta smooth muscle (not vessel red)
    {0.50f, 0.31f, 0.16f},  // melanocyte: mid brown
    {0.18f, 0.09f, 0.03f},  // melanin: near-black brown cap
    {0.92f, 0.16f, 0.20f},  // erythema: red flush
    {0.98f, 0.97f, 0.92f},  // flake: off-white scale
    {0.26f, 0.14f, 0.07f},  // pih_patch: dark brown (reads on light and dark skin)
    {0.16f, 0.78f, 0.72f},  // topical_product: teal (unlike any tissue)
}};

// H&E: haematoxylin stains nuclei blue-purple; eosin stains cytoplasm, collagen and keratin pink.
constexpr Table kHe = {{
    {0.95f, 0.72f, 0.86f},  // corneum
    {0.93f, 0.76f, 0.86f},  // skin_surface
    {0.62f, 0.40f, 0.66f},  // epidermis
    {0.86f, 0.60f, 0.80f},  // keratinocyte
    {0.55f, 0.34f, 0.66f},  // basal_cell
    {0.64f, 0.40f, 0.70f},  // granular_cell
    {0.30f, 0.16f, 0.48f},  // nucleus
    {0.98f, 0.82f, 0.90f},  // papillary_dermis
    {0.96f, 0.70f, 0.84f},  // papillary_fibre
    {0.96f, 0.74f, 0.86f},  // reticular_dermis
    {0.93f, 0.52f, 0.74f},  // collagen_bundle
    {0.90f, 0.56f, 0.76f},  // elastin (barely seen in H&E)
    {0.48f, 0.26f, 0.60f},  // fibroblast
    {0.99f, 0.97f, 0.98f},  // fat: empty (lipid washed out)
    {0.90f, 0.58f, 0.78f},  // septum
    {0.92f, 0.70f, 0.84f},  // fat_matrix
    {0.90f, 0.28f, 0.40f},  // capillary: erythrocytes
    {0.88f, 0.30f, 0.44f},  // capillary_venous
    {0.86f, 0.24f, 0.38f},  // arteriole
    {0.84f, 0.28f, 0.42f},  // venule
    {0.78f, 0.52f, 0.76f},  // follicle_sheath
    {0.45f, 0.30f, 0.22f},  // hair
    {0.44f, 0.24f, 0.58f},  // hair_bulb
    {0.94f, 0.70f, 0.84f},  // hair_papilla
    {0.96f, 0.90f, 0.95f},  // sebaceous
    {0.80f, 0.52f, 0.78f},  // sweat_gland
    {0.66f, 0.38f, 0.70f},  // sweat_duct
    {0.35f, 0.20f, 0.35f},  // pore
    {0.30f, 0.36f, 0.44f},  // device_body
    {0.82f, 0.86f, 0.90f},  // device_head
    {0.80f, 0.82f, 0.86f},  // needle
    {0.98f, 0.98f, 0.99f},  // channel: empty space, white on the slide
    {0.86f, 0.16f, 0.30f},  // blood: erythrocytes bright eosin red
    {0.72f, 0.26f, 0.48f},  // clot: fibrin deep pink
    {0.92f, 0.76f, 0.88f},  // neutrophil
    {0.24f, 0.10f, 0.44f},  // neutrophil_nucleus
    {0.84f, 0.60f, 0.82f},  // macrophage
    {0.94f, 0.84f, 0.96f},  // growth_factor (not stainable: faint lilac tint)
    {0.40f, 0.20f, 0.56f},  // recruited_fibroblast
    {0.88f, 0.28f, 0.42f},  // new_capillary
    {0.98f, 0.76f, 0.90f},  // new_collagen_III: pale pink fine fibres
    {0.88f, 0.40f, 0.66f},  // new_collagen_I: deep pink bundle
    {0.84f, 0.48f, 0.70f},  // new_elastin
    {0.94f, 0.94f, 0.94f},  // ruler
    {0.55f, 0.58f, 0.62f},  // ruler_nominal
    {0.96f, 0.52f, 0.06f},  // ruler_effective
    {0.86f, 0.62f, 0.80f},  // nerve: pale eosinophilic, wavy
    {0.80f, 0.54f, 0.76f},  // nerve_ending
    {0.80f, 0.56f, 0.80f},  // meissner
    {0.94f, 0.82f, 0.92f},  // pacinian: pale lamellae
    {0.72f, 0.46f, 0.74f},  // pacinian_core
    {0.88f, 0.38f, 0.60f},  // arrector_pili: eosinophilic smooth muscle
    {0.96f, 0.92f, 0.96f},  // melanocyte: clear cell with a halo
    {0.46f, 0.30f, 0.16f},  // melanin: its own brown (unstained)
    {0.92f, 0.16f, 0.20f},  // erythema: red flush
    {0.98f, 0.97f, 0.92f},  // flake: off-white scale
    {0.26f, 0.14f, 0.07f},  // pih_patch: dark brown (reads on light and dark skin)
    {0.16f, 0.78f, 0.72f},  // topical_product: teal (unlike any tissue)
}};

// Masson's trichrome: collagen blue, keratin/cytoplasm/muscle red, nuclei dark brown-black.
constexpr Table kTrichrome = {{
    {0.90f, 0.36f, 0.36f},  // corneum
    {0.90f, 0.55f, 0.52f},  // skin_surface
    {0.70f, 0.22f, 0.28f},  // epidermis
    {0.88f, 0.40f, 0.42f},  // keratinocyte
    {0.74f, 0.26f, 0.30f},  // basal_cell
    {0.80f, 0.30f, 0.34f},  // granular_cell
    {0.22f, 0.14f, 0.14f},  // nucleus
    {0.70f, 0.80f, 0.95f},  // papillary_dermis
    {0.50f, 0.64f, 0.92f},  // papillary_fibre
    {0.62f, 0.72f, 0.93f},  // reticular_dermis
    {0.22f, 0.38f, 0.80f},  // collagen_bundle
    {0.52f, 0.30f, 0.50f},  // elastin
    {0.82f, 0.36f, 0.40f},  // fibroblast
    {0.99f, 0.98f, 0.97f},  // fat
    {0.40f, 0.54f, 0.88f},  // septum
    {0.60f, 0.70f, 0.92f},  // fat_matrix
    {0.92f, 0.42f, 0.20f},  // capillary: erythrocytes orange-red
    {0.90f, 0.44f, 0.22f},  // capillary_venous
    {0.88f, 0.36f, 0.18f},  // arteriole (red wall)
    {0.84f, 0.40f, 0.24f},  // venule
    {0.84f, 0.38f, 0.40f},  // follicle_sheath
    {0.40f, 0.24f, 0.16f},  // hair
    {0.70f, 0.22f, 0.28f},  // hair_bulb
    {0.52f, 0.64f, 0.92f},  // hair_papilla
    {0.95f, 0.86f, 0.86f},  // sebaceous
    {0.86f, 0.44f, 0.48f},  // sweat_gland
    {0.78f, 0.34f, 0.40f},  // sweat_duct
    {0.30f, 0.14f, 0.14f},  // pore
    {0.30f, 0.36f, 0.44f},  // device_body
    {0.82f, 0.86f, 0.90f},  // device_head
    {0.80f, 0.82f, 0.86f},  // needle
    {0.98f, 0.98f, 0.98f},  // channel: empty space
    {0.94f, 0.40f, 0.16f},  // blood: erythrocytes orange-red
    {0.86f, 0.20f, 0.26f},  // clot: fibrin red
    {0.96f, 0.80f, 0.80f},  // neutrophil
    {0.20f, 0.12f, 0.12f},  // neutrophil_nucleus
    {0.80f, 0.32f, 0.36f},  // macrophage
    {0.98f, 0.88f, 0.70f},  // growth_factor
    {0.76f, 0.28f, 0.32f},  // recruited_fibroblast
    {0.92f, 0.40f, 0.20f},  // new_capillary
    {0.30f, 0.46f, 0.90f},  // new_collagen_III: blue, lighter
    {0.10f, 0.22f, 0.72f},  // new_collagen_I: deep blue
    {0.50f, 0.28f, 0.48f},  // new_elastin
    {0.94f, 0.94f, 0.94f},  // ruler
    {0.55f, 0.58f, 0.62f},  // ruler_nominal
    {0.96f, 0.52f, 0.06f},  // ruler_effective
    {0.80f, 0.38f, 0.54f},  // nerve: red-purple
    {0.76f, 0.32f, 0.50f},  // nerve_ending
    {0.80f, 0.44f, 0.60f},  // meissner
    {0.62f, 0.74f, 0.92f},  // pacinian: collagenous capsule, blue
    {0.80f, 0.32f, 0.44f},  // pacinian_core
    {0.86f, 0.14f, 0.18f},  // arrector_pili: muscle red
    {0.88f, 0.78f, 0.78f},  // melanocyte
    {0.40f, 0.25f, 0.14f},  // melanin
    {0.92f, 0.16f, 0.20f},  // erythema: red flush
    {0.98f, 0.97f, 0.92f},  // flake: off-white scale
    {0.26f, 0.14f, 0.07f},  // pih_patch: dark brown (reads on light and dark skin)
    {0.16f, 0.78f, 0.72f},  // topical_product: teal (unlike any tissue)
}};

// Verhoeff–Van Gieson: elastin and nuclei black, collagen red, other tissue yellow.
constexpr Table kElastin = {{
    {0.94f, 0.86f, 0.46f},  // corneum
    {0.94f, 0.84f, 0.56f},  // skin_surface
    {0.82f, 0.66f, 0.30f},  // epidermis
    {0.94f, 0.82f, 0.46f},  // keratinocyte
    {0.84f, 0.68f, 0.34f},  // basal_cell
    {0.88f, 0.74f, 0.40f},  // granular_cell
    {0.12f, 0.10f, 0.12f},  // nucleus
    {0.96f, 0.72f, 0.70f},  // papillary_dermis
    {0.92f, 0.46f, 0.46f},  // papillary_fibre
    {0.94f, 0.62f, 0.60f},  // reticular_dermis
    {0.86f, 0.24f, 0.28f},  // collagen_bundle
    {0.06f, 0.05f, 0.07f},  // elastin: black
    {0.90f, 0.78f, 0.42f},  // fibroblast
    {0.99f, 0.98f, 0.95f},  // fat
    {0.88f, 0.38f, 0.40f},  // septum
    {0.92f, 0.60f, 0.58f},  // fat_matrix
    {0.95f, 0.82f, 0.30f},  // capillary: erythrocytes yellow
    {0.92f, 0.78f, 0.30f},  // capillary_venous
    {0.20f, 0.16f, 0.18f},  // arteriole: black elastic laminae
    {0.80f, 0.40f, 0.36f},  // venule
    {0.90f, 0.76f, 0.40f},  // follicle_sheath
    {0.30f, 0.22f, 0.14f},  // hair
    {0.80f, 0.64f, 0.30f},  // hair_bulb
    {0.92f, 0.54f, 0.52f},  // hair_papilla
    {0.97f, 0.92f, 0.72f},  // sebaceous
    {0.90f, 0.76f, 0.40f},  // sweat_gland
    {0.84f, 0.68f, 0.34f},  // sweat_duct
    {0.30f, 0.24f, 0.16f},  // pore
    {0.30f, 0.36f, 0.44f},  // device_body
    {0.82f, 0.86f, 0.90f},  // device_head
    {0.80f, 0.82f, 0.86f},  // needle
    {0.99f, 0.99f, 0.97f},  // channel: empty space
    {0.96f, 0.80f, 0.24f},  // blood: erythrocytes yellow
    {0.90f, 0.66f, 0.30f},  // clot
    {0.96f, 0.90f, 0.70f},  // neutrophil
    {0.10f, 0.08f, 0.10f},  // neutrophil_nucleus
    {0.88f, 0.72f, 0.36f},  // macrophage
    {0.98f, 0.94f, 0.70f},  // growth_factor
    {0.86f, 0.72f, 0.36f},  // recruited_fibroblast
    {0.94f, 0.78f, 0.28f},  // new_capillary
    {0.94f, 0.48f, 0.50f},  // new_collagen_III: light red
    {0.80f, 0.16f, 0.22f},  // new_collagen_I: red
    {0.04f, 0.04f, 0.05f},  // new_elastin: black
    {0.94f, 0.94f, 0.94f},  // ruler
    {0.55f, 0.58f, 0.62f},  // ruler_nominal
    {0.96f, 0.52f, 0.06f},  // ruler_effective
    {0.86f, 0.76f, 0.40f},  // nerve: tan-yellow
    {0.82f, 0.70f, 0.34f},  // nerve_ending
    {0.88f, 0.78f, 0.44f},  // meissner
    {0.90f, 0.56f, 0.50f},  // pacinian: collagenous lamellae, red
    {0.92f, 0.84f, 0.40f},  // pacinian_core
    {0.96f, 0.86f, 0.30f},  // arrector_pili: muscle yellow
    {0.95f, 0.92f, 0.80f},  // melanocyte
    {0.28f, 0.18f, 0.10f},  // melanin
    {0.92f, 0.16f, 0.20f},  // erythema: red flush
    {0.98f, 0.97f, 0.92f},  // flake: off-white scale
    {0.26f, 0.14f, 0.07f},  // pih_patch: dark brown (reads on light and dark skin)
    {0.16f, 0.78f, 0.72f},  // topical_product: teal (unlike any tissue)
}};

float to_linear(float c) {
  return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f);
}
float to_srgb(float c) {
  return c <= 0.0031308f ? c * 12.92f : 1.055f * std::pow(c, 1.0f / 2.4f) - 0.055f;
}

}  // namespace

glm::vec3 srgb_to_linear(const glm::vec3& c) {
  return {to_linear(c.r), to_linear(c.g), to_linear(c.b)};
}
glm::vec3 linear_to_srgb(const glm::vec3& c) {
  return {to_srgb(c.r), to_srgb(c.g), to_srgb(c.b)};
}

glm::vec3 palette(Material m, Stain s) {
  const auto i = static_cast<std::size_t>(m);
  switch (s) {
    case Stain::illustrated: return srgb_to_linear(kIllustrated[i]);
    case Stain::hematoxylin_eosin: return srgb_to_linear(kHe[i]);
    case Stain::trichrome: return srgb_to_linear(kTrichrome[i]);
    case Stain::elastin: return srgb_to_linear(kElastin[i]);
  }
  return srgb_to_linear(kIllustrated[i]);
}

}  // namespace dv::scene

namespace dv::scene {

glm::vec3 skin_palette(Material m, Stain s, int fitzpatrick) {
  const glm::vec3 c = palette(m, s);
  float weight = 0.0f;  // how strongly melanin shows in this material
  switch (m) {
    case Material::basal_cell: weight = 0.7f; break;
    case Material::epidermis: weight = 0.5f; break;
    case Material::keratinocyte: weight = 0.35f; break;
    case Material::granular_cell: weight = 0.25f; break;
    default: return c;
  }
  if (s != Stain::illustrated) weight *= 0.5f;  // stained sections: melanin is a brown tint
  // The table is drawn for type III; t < 0 lightens (I–II), t > 0 darkens (IV–VI).
  const float t =
      static_cast<float>((sim::melanin_relative(fitzpatrick) - sim::melanin_relative(3)) /
                         (sim::melanin_relative(6) - sim::melanin_relative(3)));
  if (t >= 0.0f) return glm::mix(c, palette(Material::melanin, s), weight * t);
  const glm::vec3 pale = srgb_to_linear({0.97f, 0.86f, 0.80f});
  return glm::mix(c, pale, -1.6f * weight * t);
}

glm::vec3 skin_surface_colour(int fitzpatrick, Stain s) {
  if (s != Stain::illustrated) return palette(Material::skin_surface, s);
  // Constitutive skin colour by Fitzpatrick type, sRGB, from very fair (I) to dark brown (VI);
  // type III is the block's default surface. Ordered by lightness (test: FitzpatrickColours).
  constexpr std::array<C, 6> kTone = {{{0.98f, 0.87f, 0.81f},
                                       {0.96f, 0.82f, 0.73f},
                                       {0.93f, 0.76f, 0.66f},
                                       {0.78f, 0.58f, 0.44f},
                                       {0.58f, 0.40f, 0.28f},
                                       {0.36f, 0.24f, 0.17f}}};
  const int i = fitzpatrick < 1 ? 0 : fitzpatrick > 6 ? 5 : fitzpatrick - 1;
  return srgb_to_linear(kTone[static_cast<std::size_t>(i)]);
}

}  // namespace dv::scene
