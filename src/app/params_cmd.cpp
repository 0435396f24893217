#include "app/params_cmd.h"

#include <fstream>
#include <sstream>

#include "app/atomic_file.h"
#include "sim/param_table.h"
#include "sim/report.h"

namespace dv::app {

std::optional<std::string> regenerate_model_doc(std::string doc) {
  const sim::ModelParams& p = sim::central_params();
  if (!sim::splice_generated(doc, "params", sim::params_markdown(p))) return std::nullopt;
  if (!sim::splice_generated(doc, "checks", sim::checks_markdown(sim::science_checks(p))))
    return std::nullopt;
  if (!sim::splice_generated(doc, "studies", sim::studies_markdown(sim::study_rows(p))))
    return std::nullopt;
  return doc;
}

int run_params(const ParamsOptions& o, std::ostream& out, std::ostream& err) {
  if (o.update_doc) {
    std::ifstream in(*o.update_doc, std::ios::binary);
    if (!in) {
      err << "error: --update-doc: cannot read " << o.update_doc->string() << '\n';
      return 1;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    const auto doc = regenerate_model_doc(ss.str());
    if (!doc) {
      err << "error: --update-doc: " << o.update_doc->string()
          << " lacks a '<!-- BEGIN GENERATED: params|checks|studies -->' ... "
             "'<!-- END GENERATED: ... -->' pair\n";
      return 2;
    }
    if (Status st = write_file_atomically(*o.update_doc, *doc); !st) {
      err << "error: " << st.message() << '\n';
      return 1;
    }
    return 0;
  }
  const sim::ModelParams& p = sim::central_params();
  if (o.report) {
    out << sim::checks_markdown(sim::science_checks(p)) << '\n'
        << sim::studies_markdown(sim::study_rows(p));
    return 0;
  }
  out << (o.markdown ? sim::params_markdown(p) : sim::params_csv(p));
  return 0;
}

}  // namespace dv::app
