// Fuzz target: the captions file assets/text/captions.json (app/captions_file.cpp).
#include "app/captions_file.h"
#include "fuzz_reader.h"

namespace {

void fuzz_captions(std::string_view text) {
  using namespace dv;
  fuzz::require_error_names_file(app::parse_captions(text, fuzz::kSource));
}

}  // namespace

DV_FUZZ_TARGET(fuzz_captions)
