// names.h: the words for the model's and the scene's enums, by id from the strings files
// ("phase.inflammation", "layer.papillary_dermis", "stain.trichrome", "region.cheek").
#pragma once

#include <string>

#include "scene/skin_block.h"
#include "sim/course.h"
#include "sim/needling.h"
#include "sim/scenario.h"

namespace dv::ui {

/// Name of a healing phase ("Inflammation").
const char* phase_text(sim::Phase p);
/// Name of a skin layer ("Papillary dermis").
const char* layer_text(sim::Layer l);
/// Name of a stain ("Masson's trichrome-like").
const char* stain_text(scene::Stain s);
/// Name of a region ("Cheek").
const char* region_text(sim::Region r);
/// Name of a device ("Motorised pen").
const char* device_text(sim::Device d);

}  // namespace dv::ui
