// Fuzz target: a lesson file (app/lesson_file.cpp).
#include "app/lesson_file.h"
#include "fuzz_reader.h"

namespace {

void fuzz_lesson(std::string_view text) {
  using namespace dv;
  const auto r = app::parse_lesson_json(text, fuzz::kSource);
  fuzz::require_error_names_file(r);
  if (!r.ok()) return;
  // What was read saves and reads back to the same JSON.
  const std::string saved = app::lesson_to_json(r.value());
  const auto again = app::parse_lesson_json(saved, fuzz::kSource);
  fuzz::require(again.ok(), "a saved lesson does not read back",
                again.ok() ? saved : again.message());
  fuzz::require(app::lesson_to_json(again.value()) == saved, "a saved lesson reads back different",
                saved);
}

}  // namespace

DV_FUZZ_TARGET(fuzz_lesson)
