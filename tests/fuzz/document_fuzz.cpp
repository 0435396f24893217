// Fuzz target: a document file (app/document_file.cpp), or an old scenario file it still opens.
#include "app/document_file.h"
#include "fuzz_reader.h"

namespace {

void fuzz_document(std::string_view text) {
  using namespace dv;
  const auto r = app::parse_document_json(text, fuzz::kSource);
  fuzz::require_error_names_file(r);
  if (!r.ok()) return;
  // What was read saves and reads back to the same JSON.
  const std::string saved = app::document_to_json(r.value());
  const auto again = app::parse_document_json(saved, fuzz::kSource);
  fuzz::require(again.ok(), "a saved document does not read back",
                again.ok() ? saved : again.message());
  fuzz::require(app::document_to_json(again.value()) == saved,
                "a saved document reads back different", saved);
}

}  // namespace

DV_FUZZ_TARGET(fuzz_document)
