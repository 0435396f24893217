// handout_pdf.h: lay the take-home sheet (handout_content.h) out on paper as a PDF with Cairo's
// PDF surface and Pango (pangocairo) for the text: a clinic leaflet with a coloured header,
// headings kept with what follows them, body text at 11 pt, the skin pictures, the recovery
// strip and an icon array of 100 people; the date, the protocol and "page n of N" on it.
#pragma once

#include <filesystem>
#include <string>

#include "app/handout_content.h"
#include "core/result.h"

namespace dv::app {

/// The sheet as PDF bytes on `paper`; an error when Cairo could not make it.
Result<std::string> handout_pdf_bytes(const HandoutContent& content, Paper paper);

/// Write the sheet to `path` atomically (temporary file, then rename): a failure leaves no
/// partial file and an existing file untouched. The error names the path.
Status write_handout_pdf(const std::filesystem::path& path, const HandoutContent& content,
                         Paper paper);

/// Pages the sheet needs on `paper` (the same layout the PDF uses).
int handout_page_count(const HandoutContent& content, Paper paper);

}  // namespace dv::app
