#include "app/simulate_cmd.h"

#include <cstdio>

#include "app/atomic_file.h"
#include "app/scenario_file.h"
#include "app/warning_texts.h"

namespace dv::app {

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
        "%.4f,%.4f,%.4f\n",
        r.day, r.session, r.channel_depth_um, r.open_channels, r.bleeding, r.inflammation,
        r.growth_factor, r.fibroblasts, r.collagen_I, r.collagen_III, r.elastin, r.total_collagen,
        r.epidermis_um, r.dermis_um, r.barrier_open, r.elastin_new, r.ultrasound_density,
        r.perfusion, r.pih_risk, r.scarring_risk, r.dermis_collagen);
    s.append(buf, static_cast<std::size_t>(n));
  }
  return s;
}

int run_simulate(const SimulateOptions& o, std::ostream& out, std::ostream& err) {
  sim::Scenario sc;
  if (o.scenario) {
    auto r = load_scenario_file(*o.scenario);
    if (!r) {
      err << "error: " << r.message() << '\n';
      return 2;
    }
    sc = r.value();
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
  const sim::Course course = sim::simulate(sc);
  for (const sim::Warning& w : course.warnings()) {
    err << "warning: " << w.field << ": " << texts->at("severity." + std::string(key(w.severity)))
        << ": " << warning_text(w, texts.value()) << " [" << w.id << "]\n";
  }
  const std::string csv = daily_csv(course);
  if (o.csv_out == "-") {
    out << csv;
    out.flush();
    if (!out) {
      err << "error: cannot write the CSV to standard output\n";
      return 1;
    }
    return 0;
  }
  if (auto e = write_file_atomically(o.csv_out, csv)) {
    err << "error: " << *e << '\n';
    return 1;
  }
  return 0;
}

}  // namespace dv::app
