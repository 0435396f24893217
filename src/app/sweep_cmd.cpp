#include "app/sweep_cmd.h"

#include <cstdio>
#include <cstdlib>

#include "app/atomic_file.h"
#include "app/document_file.h"

namespace dv::app {
namespace {

// A value typed for field `f`: a number, or (choice fields) one of its keys.
Result<double> parse_value(const sim::ScenarioField& f, const std::string& text) {
  if (f.kind == sim::FieldKind::choice) {
    std::string keys;
    for (std::size_t i = 0; !f.choice_key(i).empty(); ++i) {
      if (f.choice_key(i) == text) return static_cast<double>(i);
      keys += (i ? ", " : "") + std::string(f.choice_key(i));
    }
    return Result<double>::error(std::string(f.key) + ": '" + text +
                                 "' is not a choice; allowed: " + keys);
  }
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  if (text.empty() || *end != '\0')
    return Result<double>::error(std::string(f.key) + ": '" + text + "' is not a number");
  return v;
}

const char* value_format(sim::OutcomeColumn o) {
  switch (o) {
    case sim::OutcomeColumn::channel_depth_um: return "%.1f";
    case sim::OutcomeColumn::epidermis_um:
    case sim::OutcomeColumn::dermis_um: return "%.2f";
    default: return "%.4f";
  }
}

}  // namespace

Result<sim::SweepSpec> sweep_spec_from(const SweepOptions& o, const sim::Scenario& base) {
  using R = Result<sim::SweepSpec>;
  sim::SweepSpec spec;
  spec.param = o.param;
  spec.members = o.members;
  spec.threads = o.threads;
  const sim::ScenarioField* f = sim::find_scenario_field(o.param);
  if (!f || f->kind == sim::FieldKind::seed) {
    spec.values = {0.0, 0.0};  // only the key is wrong: let the spec check name it
    return R::error(sim::sweep_spec_error(spec));
  }
  const auto column = sim::parse_outcome_column(o.outcome);
  if (!column)
    return R::error("--outcome: '" + o.outcome +
                    "' is not a column; allowed: " + sim::outcome_column_keys());
  spec.outcome = *column;
  if (!o.values.empty()) {
    for (const std::string& t : o.values) {
      auto v = parse_value(*f, t);
      if (!v) return R::error(v.message());
      spec.values.push_back(v.value());
    }
  } else if (o.from || o.to) {
    if (!o.from || !o.to) return R::error("--from and --to: give both ends of the range");
    auto a = parse_value(*f, *o.from);
    if (!a) return R::error(a.message());
    auto b = parse_value(*f, *o.to);
    if (!b) return R::error(b.message());
    auto v = sim::sweep_values(*f, a.value(), b.value(), o.steps);
    if (!v) return R::error(v.message());
    spec.values = std::move(v.value());
  } else if (f->kind == sim::FieldKind::choice) {
    spec.values = sim::all_choices(*f);
  } else {
    char range[64];
    std::snprintf(range, sizeof range, "%g-%g", f->min, f->max);
    return R::error("--from and --to: " + o.param + " needs a range inside " + range);
  }
  if (o.steps < 2 && o.values.empty())
    return R::error("--steps: " + std::to_string(o.steps) + " is too few; a sweep needs 2 or more");
  if (o.day) {
    const int last =
        static_cast<int>(sim::simulate(base, sim::central_params(), false).daily().size()) - 1;
    if (*o.day < 0 || *o.day > last)
      return R::error("--day: " + std::to_string(*o.day) + " is outside this course, 0-" +
                      std::to_string(last) + " days");
    spec.day = o.day;
  }
  if (std::string e = sim::sweep_spec_error(spec); !e.empty()) return R::error(e);
  return spec;
}

std::string sweep_csv(const sim::Sweep& s) {
  const std::string col(sim::key(s.outcome));
  std::string out = s.param + "," + col + "," + col + "_p10," + col + "_p90,day\n";
  const char* fmt = value_format(s.outcome);
  char buf[64];
  for (const sim::SweepRow& r : s.rows) {
    out += r.label;
    for (double v : {r.central, r.p10, r.p90}) {
      std::snprintf(buf, sizeof buf, fmt, v);
      out += ',';
      out += buf;
    }
    out += ',' + std::to_string(r.day) + '\n';
  }
  return out;
}

int run_sweep_cmd(const SweepOptions& o, std::ostream& out, std::ostream& err) {
  sim::Scenario base;
  if (o.scenario) {
    auto r = load_document_file(*o.scenario);
    if (!r) {
      err << "error: " << r.message() << '\n';
      return 2;
    }
    base = r->scenario;
  }
  if (o.csv_out.empty()) {
    err << "error: --csv: no output given; use a file path or - for standard output\n";
    return 2;
  }
  auto spec = sweep_spec_from(o, base);
  if (!spec) {
    err << "error: " << spec.message() << '\n';
    return 2;
  }
  const auto sweep = sim::run_sweep(base, spec.value());
  const std::string csv = sweep_csv(*sweep);
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
