// Fuzz target: the warning texts assets/text/en/warnings.json (app/warning_texts.cpp).
#include "app/warning_texts.h"
#include "fuzz_reader.h"

namespace {

void fuzz_warnings(std::string_view text) {
  using namespace dv;
  const auto r = app::parse_warning_texts(text, fuzz::kSource);
  fuzz::require_error_names_file(r);
  if (!r.ok()) return;
  // Every template read fills in, with arguments and with the texts as value names.
  for (const auto& [key, tmpl] : r.value()) {
    (void)sim::format_template(tmpl, {{"depth_mm", "1.5"}, {"structure", "frontalis"}}, &r.value());
  }
}

}  // namespace

DV_FUZZ_TARGET(fuzz_warnings)
