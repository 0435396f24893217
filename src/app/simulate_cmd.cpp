#include "app/simulate_cmd.h"
#include "app/document_file.h"

#include <cstdio>

#include "app/atomic_file.h"
#include "app/scenario_file.h"
#include "app/warning_texts.h"

namespace dv::app {

namespace {

// printf format of each outcome column, the same as its central column's.
const char* outcome_format(sim::OutcomeColumn o) {
  switch (o) {
    case sim::OutcomeColumn::channel_depth_um: return "%.1f";
    case sim::OutcomeColumn::epidermis_um:
    case sim::OutcomeColumn::dermis_um: return "%.2f";
    default: return "%.4f";
  }
}

}  // namespace

std::string ensemble_members_error(int members) {
  if (members >= sim::kEnsembleMinMembers && members <= sim::kEnsembleMaxMembers) return {};
  return "--ensemble: " + std::to_string(members) + " is outside the allowed range " +
         std::to_string(sim::kEnsembleMinMembers) + "-" + std::to_string(sim::kEnsembleMaxMembers);
}

std::string daily_csv(const sim::Course& course, const sim::Ensemble& ensemble) {
  const std::string central = daily_csv(course);
  std::string s;
  s.reserve(central.size() * 3);
  std::size_t pos = 0;
  char buf[64];
  for (int line = -1; pos < central.size(); ++line) {
    const std::size_t end = central.find('\n', pos);
    s.append(central, pos, end - pos);
    pos = end + 1;
    for (int o = 0; o < sim::kOutcomeColumnCount; ++o) {
      const auto oc = static_cast<sim::OutcomeColumn>(o);
      if (line < 0) {
        s += ',' + std::string(key(oc)) + "_p10," + std::string(key(oc)) + "_p90";
        continue;
      }
      const sim::Band& b = ensemble.band(oc);
      const auto d = static_cast<std::size_t>(line);
      buf[0] = ',';
      int n = 1;
      n += std::snprintf(buf + n, sizeof buf - static_cast<std::size_t>(n), outcome_format(oc),
                         b.low[d]);
      buf[n++] = ',';
      n += std::snprintf(buf + n, sizeof buf - static_cast<std::size_t>(n), outcome_format(oc),
                         b.high[d]);
      s.append(buf, static_cast<std::size_t>(n));
    }
    s += '\n';
  }
  return s;
}

std::string daily_csv(const sim::Course& course) {
  std::string s = kDailyCsvHeader;
  s += '\n';
  s.reserve(course.daily().size() * 170 + s.size());
  char buf[400];
  // printf formatting with the "C" locale's decimal point (the program never calls
  // setlocale), so the same scenario gives the same bytes.
  for (const sim::DailyRow& r : course.daily()) {
    const int n = std::snprintf(
        buf, sizeof buf,
        "%d,%d,%.1f,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%.2f,%.2f,%.4f,%.4f,%.4f,%.4f,"
        "%.4f,%.4f,%.4f,%.2f,%.4f\n",
        r.day, r.session, r.channel_depth_um, r.open_channels, r.bleeding, r.inflammation,
        r.growth_factor, r.fibroblasts, r.collagen_I, r.collagen_III, r.elastin, r.total_collagen,
        r.epidermis_um, r.dermis_um, r.barrier_open, r.elastin_new, r.ultrasound_density,
        r.perfusion, r.pih_risk, r.scarring_risk, r.dermis_collagen, r.sensation, r.oedema);
    s.append(buf, static_cast<std::size_t>(n));
  }
  return s;
}

int run_simulate(const SimulateOptions& o, std::ostream& out, std::ostream& err) {
  sim::Scenario sc;
  if (o.scenario) {
    auto r = load_document_file(*o.scenario);  // a document, or an old scenario file
    if (!r) {
      err << "error: " << r.message() << '\n';
      return 2;
    }
    sc = r->scenario;
  }
  if (o.csv_out.empty()) {
    err << "error: --csv: no output given; use a file path or - for standard output\n";
    return 2;
  }
  const auto texts = load_default_warning_texts();
  if (!texts) {
    err << "error: " << texts.message() << '\n';
    return 2;
  }
  if (o.ensemble != 0) {
    if (auto e = ensemble_members_error(o.ensemble); !e.empty()) {
      err << "error: " << e << '\n';
      return 2;
    }
  }
  const sim::Course course = sim::simulate(sc);
  for (const sim::Warning& w : course.warnings()) {
    err << "warning: " << w.field << ": " << texts->at("severity." + std::string(key(w.severity)))
        << ": " << warning_text(w, texts.value()) << " [" << w.id << "]\n";
  }
  std::string csv;
  if (o.ensemble != 0) {
    sim::EnsembleOptions eo;
    eo.members = o.ensemble;
    csv = daily_csv(course, *sim::run_ensemble(sc, sim::central_params(), eo));
  } else {
    csv = daily_csv(course);
  }
  if (o.csv_out == "-") {
    out << csv;
    out.flush();
    if (!out) {
      err << "error: cannot write the CSV to standard output\n";
      return 1;
    }
    return 0;
  }
  if (Status st = write_file_atomically(o.csv_out, csv); !st) {
    err << "error: " << st.message() << '\n';
    return 1;
  }
  return 0;
}

}  // namespace dv::app
