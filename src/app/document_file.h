// document_file.h: the document file: {"version": 1, "scenario": {...}, "figure": {...},
// "views": [...]}. A file without "version" is an old scenario file and still opens (as a
// document with default figure options and no views); a newer version is a clear error.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "doc/document.h"
#include "scene/figure_options.h"
#include "sim/scenario.h"

namespace dv::app {

/// The version this build writes and the newest it reads.
inline constexpr int kDocumentVersion = 1;

/// What a document file holds.
struct DocumentFile {
  sim::Scenario scenario;             ///< the patient and protocol
  scene::FigureOptions figure;        ///< how it is drawn
  std::vector<doc::SavedView> views;  ///< named views (camera, day, figure options)
  bool legacy_scenario = false;       ///< read from an old scenario file (no "version")
};

/// The document a file describes (simulated, clock at day 0).
doc::Document to_document(const DocumentFile& f);
/// What of a document a file keeps.
DocumentFile to_file(const doc::Document& d);

/// Parse document JSON `text` (or an old scenario file); messages name `source` and the key.
Result<DocumentFile> parse_document_json(std::string_view text, const std::string& source);
/// Read a document or old scenario file.
Result<DocumentFile> load_document_file(const std::filesystem::path& path);
/// The document as JSON with "version" first, newline-terminated.
std::string document_to_json(const DocumentFile& d);
/// Write a document file atomically.
Status save_document_file(const std::filesystem::path& path, const DocumentFile& d);

}  // namespace dv::app
