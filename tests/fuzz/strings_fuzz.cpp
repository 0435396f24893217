// Fuzz target: a strings file assets/text/<lang>/*.json (app/strings_file.cpp), and the captions
// read from the strings it holds (app/captions_file.cpp).
#include "app/captions_file.h"
#include "app/strings_file.h"
#include "fuzz_reader.h"

namespace {

void fuzz_strings(std::string_view text) {
  using namespace dv;
  ui::Strings strings;
  const auto r = app::parse_strings_json(text, fuzz::kSource, strings);
  fuzz::require_error_names_file(r);
  if (!r.ok()) return;
  // Captions from whatever ids were read: a value or an error, never a crash.
  (void)app::captions_from(strings);
}

}  // namespace

DV_FUZZ_TARGET(fuzz_strings)
