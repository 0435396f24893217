// pigment.h: epidermal melanin by Fitzpatrick type (issue 11 §1, issue 14 §1, §5).
#pragma once

namespace dv::sim {

/// Melanocytes per basal keratinocyte: about one in four on the face, one in ten on the trunk,
/// the same in every skin type (Szabo 1969; face 1:4.0, trunk 1:9.9 in an immunofluorescence
/// series; MODEL.md "Anatomy"). Facial value, used for the block.
inline constexpr double kMelanocytesPerBasalCell = 0.2;  ///< ratio (1 in 5)

/// Epidermal melanin of Fitzpatrick type 1–6 (clamped) relative to type I: rises with the type to
/// about 2× at type VI (Alaluf et al. 2002: the lightest skin has about half the epidermal
/// melanin of the darkest; the steps between are interpolated, D). Strictly increasing.
double melanin_relative(int fitzpatrick);

}  // namespace dv::sim
