// report.h: the model checked against science.md §8 and the published human studies of §4a,
// computed by running the model (docs/MODEL.md's tables are generated from this; the tests
// assert every check).
#pragma once

#include <string>
#include <vector>

#include "sim/params.h"

namespace dv::sim {

/// One §8 statement checked on the model.
struct ScienceCheck {
  std::string section;    ///< "8.1" ...
  std::string statement;  ///< what must hold
  std::string target;     ///< the published value or direction, with its tolerance
  std::string model;      ///< what the model gives
  bool pass;              ///< the model meets the target
};

/// One published human study run through the model.
struct StudyRow {
  std::string study;     ///< author, year
  std::string protocol;  ///< what was done (and how the model was set up)
  std::string measured;  ///< what was found
  std::string model;     ///< what the model gives for that protocol
};

/// Every check (runs a few dozen courses; about a second).
std::vector<ScienceCheck> science_checks(const ModelParams& p = central_params());

/// Every §4a human study plus Lotfi 2013 (§8.7).
std::vector<StudyRow> study_rows(const ModelParams& p = central_params());

/// Both tables as Markdown.
std::string checks_markdown(const std::vector<ScienceCheck>& checks);
std::string studies_markdown(const std::vector<StudyRow>& rows);

/// Replace the text between "<!-- BEGIN GENERATED: name -->" and "<!-- END GENERATED: name -->"
/// in `doc` with `content`; returns false when the markers are missing.
bool splice_generated(std::string& doc, const std::string& name, const std::string& content);

}  // namespace dv::sim
