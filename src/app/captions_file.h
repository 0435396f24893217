// captions_file.h: the plain-words explanations, read from the strings files
// (assets/text/<lang>/captions.json: caption.<phase>.short|educator|patient,
// caption.not_treated.intro and caption.not_treated.1, .2, ...).
#pragma once

#include "core/result.h"
#include "ui/captions.h"
#include "ui/strings.h"

namespace dv::app {

/// The captions held by `strings`; a missing id is an error that names it and the folder.
Result<ui::Captions> captions_from(const ui::Strings& strings);

}  // namespace dv::app
