#include "app/scenario_file.h"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <functional>
#include <sstream>
#include <vector>

#include <nlohmann/json.hpp>

#include "sim/scenario_fields.h"

namespace dv::app {
namespace {

using json = nlohmann::json;
using sim::Scenario;
using R = dv::Result<Scenario>;

// "%g", with ".0" added to whole numbers of real-valued keys ("3.0", not "3").
std::string fmt_number(double v, bool real) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  std::string s = buf;
  if (real && s.find_first_of(".e") == std::string::npos) s += ".0";
  return s;
}

std::string join_keys() {
  std::string s;
  for (const sim::ScenarioField& f : sim::scenario_fields()) {
    s += (s.empty() ? "" : ", ") + std::string(f.key);
  }
  return s;
}

// Line and column (1-based) of byte `offset` in `text`.
std::pair<std::size_t, std::size_t> line_col(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  std::size_t line = 1, col = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
  }
  return {line, col};
}

// "src:line:col: key: 1234567890123456… (5000 characters) is too large a number to read" from
// nlohmann's what() "… number overflow parsing '<token>'".
std::string number_overflow(std::string_view text, const std::string& src, const std::string& key,
                            std::string_view what) {
  std::string token;
  if (const auto open = what.find('\''); open != std::string_view::npos) {
    token = std::string(what.substr(open + 1, what.rfind('\'') - open - 1));
  }
  const auto [line, col] = line_col(text, text.find(token));
  std::string shown = token.size() > 24 ? token.substr(0, 20) + "\u2026 (" +
                                              std::to_string(token.size()) + " characters)"
                                        : token;
  return src + ":" + std::to_string(line) + ":" + std::to_string(col) + ": " +
         (key.empty() ? std::string("number") : key) + ": " + shown +
         " is too large a number to read; use a value in the allowed range";
}

std::string choices(const sim::ScenarioField& f) {
  std::string s;
  for (std::size_t i = 0; !f.choice_key(i).empty(); ++i) {
    s += (s.empty() ? "" : ", ") + std::string(f.choice_key(i));
  }
  return s;
}

// Reads one key; returns an error message or "" on success.
class Reader {
 public:
  Reader(const json& j, const std::string& src) : j_(j), src_(src) {}

  // Reads field `f` into `sc` when present; returns an error message or "".
  std::string read(const sim::ScenarioField& f, Scenario& sc) {
    const std::string k(f.key);
    if (!j_.contains(k)) return "";
    const json& v = j_.at(k);
    switch (f.kind) {
      case sim::FieldKind::choice: return choice(f, k, v, sc);
      case sim::FieldKind::real: return real(f, k, v, sc);
      case sim::FieldKind::integer: return integer(f, k, v, sc);
      case sim::FieldKind::seed: return seed(k, v, sc);
      case sim::FieldKind::flags: return flags(f, k, v, sc);
    }
    return "";
  }

 private:
  std::string choice(const sim::ScenarioField& f, const std::string& k, const json& v,
                     Scenario& sc) {
    const std::string allowed = "one of " + choices(f);
    if (!v.is_string())
      return src_ + ": " + k + ": " + v.dump() + " is not a string; use " + allowed;
    const std::string s = v.get<std::string>();
    for (std::size_t i = 0; !f.choice_key(i).empty(); ++i) {
      if (f.choice_key(i) == s) {
        f.set(sc, static_cast<double>(i));
        return "";
      }
    }
    return src_ + ": " + k + ": \"" + s + "\" is not allowed; use " + allowed;
  }

  std::string real(const sim::ScenarioField& f, const std::string& k, const json& v, Scenario& sc) {
    if (!v.is_number())
      return src_ + ": " + k + ": " + v.dump() + " is not a number; use a number " +
             range(f.min, f.max);
    const double d = v.get<double>();
    if (!std::isfinite(d) || d < f.min || d > f.max)
      return src_ + ": " + k + ": " + v.dump() + " is outside the allowed range " +
             range(f.min, f.max);
    f.set(sc, d);
    return "";
  }

  std::string integer(const sim::ScenarioField& f, const std::string& k, const json& v,
                      Scenario& sc) {
    if (!v.is_number_integer())
      return src_ + ": " + k + ": " + v.dump() + " is not an integer; use a whole number " +
             range(f.min, f.max, false);
    // Negative integers are below every range here (all minimums are ≥ 0).
    const bool ok = v.is_number_unsigned() &&
                    static_cast<double>(v.get<std::uint64_t>()) >= f.min &&
                    static_cast<double>(v.get<std::uint64_t>()) <= f.max;
    if (!ok)
      return src_ + ": " + k + ": " + v.dump() + " is outside the allowed range " +
             range(f.min, f.max, false);
    f.set(sc, static_cast<double>(v.get<std::uint64_t>()));
    return "";
  }

  // A list of distinct keys, e.g. "checks": ["pregnancy", "pih_history"].
  std::string flags(const sim::ScenarioField& f, const std::string& k, const json& v,
                    Scenario& sc) {
    const std::string allowed = "a list of keys from " + choices(f);
    if (!v.is_array()) return src_ + ": " + k + ": " + v.dump() + " is not a list; use " + allowed;
    std::uint64_t bits = 0;
    for (const json& item : v) {
      bool found = false;
      for (std::size_t i = 0; item.is_string() && !f.choice_key(i).empty(); ++i) {
        if (f.choice_key(i) == item.get<std::string>()) {
          bits |= std::uint64_t{1} << i;
          found = true;
        }
      }
      if (!found) return src_ + ": " + k + ": " + item.dump() + " is not allowed; use " + allowed;
    }
    f.set(sc, static_cast<double>(bits));
    return "";
  }

  std::string seed(const std::string& k, const json& v, Scenario& sc) {
    if (!v.is_number_integer())
      return src_ + ": " + k + ": " + v.dump() +
             " is not an integer; use a whole number 0\u201318446744073709551615";
    if (!v.is_number_unsigned())
      return src_ + ": " + k + ": " + v.dump() +
             " is outside the allowed range 0\u201318446744073709551615";
    sc.seed = v.get<std::uint64_t>();
    return "";
  }

  static std::string range(double lo, double hi, bool real = true) {
    return fmt_number(lo, real) + "\u2013" + fmt_number(hi, real);
  }
  const json& j_;
  const std::string& src_;
};

}  // namespace

dv::Result<Scenario> parse_scenario_json(std::string_view text, const std::string& src) {
  json j;
  std::string last_key;  // the key whose value is being read, for errors found while parsing
  const json::parser_callback_t track_key = [&](int, json::parse_event_t event, json& parsed) {
    if (event == json::parse_event_t::key) last_key = parsed.get<std::string>();
    // After a nested value ends, what follows is no longer that key's value.
    if (event == json::parse_event_t::object_end || event == json::parse_event_t::array_end) {
      last_key.clear();
    }
    return true;
  };
  try {
    j = json::parse(text.begin(), text.end(), track_key);
  } catch (const json::out_of_range& e) {
    // A number no double can hold (nlohmann's error 406, "number overflow parsing '…'").
    return R::error(number_overflow(text, src, last_key, e.what()));
  } catch (const json::parse_error& e) {
    const auto [line, col] = line_col(text, e.byte == 0 ? 0 : e.byte - 1);
    // nlohmann's what() is "[json.exception.parse_error.101] parse error at line …: detail".
    std::string detail = e.what();
    if (const auto p = detail.find(": ", detail.find("parse error")); p != std::string::npos) {
      detail = detail.substr(p + 2);
    }
    return R::error(src + ":" + std::to_string(line) + ":" + std::to_string(col) +
                    ": malformed JSON: " + detail);
  }
  if (!j.is_object()) {
    return R::error(src + ": the scenario must be a JSON object ({ \"key\": value, ... }), not " +
                    std::string(j.type_name()));
  }
  for (const auto& [k, v] : j.items()) {
    if (!sim::find_scenario_field(k))
      return R::error(src + ": unknown key \"" + k + "\"; allowed keys: " + join_keys());
  }
  Scenario sc;
  Reader r(j, src);
  for (const sim::ScenarioField& f : sim::scenario_fields()) {
    if (std::string e = r.read(f, sc); !e.empty()) return R::error(e);
  }
  return sc;
}

dv::Result<Scenario> load_scenario_file(const std::filesystem::path& path) {
  std::error_code ec;
  const std::string name = path.string();
  if (!std::filesystem::exists(path, ec)) {
    return R::error(name + ": no such file; give the path of a scenario JSON file");
  }
  if (std::filesystem::is_directory(path, ec)) {
    return R::error(name + ": is a directory, not a scenario JSON file");
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  if (in) ss << in.rdbuf();
  if (!in || in.bad()) return R::error(name + ": cannot be read (check its permissions)");
  return parse_scenario_json(ss.str(), name);
}

std::string scenario_to_json(const Scenario& sc) {
  // nlohmann's default object is sorted; write the documented order by hand instead.
  std::string out = "{\n";
  auto add = [&](std::string_view k, const json& v, bool last = false) {
    out += "  \"" + std::string(k) + "\": " + v.dump() + (last ? "\n" : ",\n");
  };
  const auto fields = sim::scenario_fields();
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const sim::ScenarioField& f = fields[i];
    const bool last = i + 1 == fields.size();
    switch (f.kind) {
      case sim::FieldKind::choice:
        add(f.key, std::string(f.choice_key(static_cast<std::size_t>(f.get(sc)))), last);
        break;
      case sim::FieldKind::real: add(f.key, f.get(sc), last); break;
      case sim::FieldKind::integer: add(f.key, static_cast<std::int64_t>(f.get(sc)), last); break;
      case sim::FieldKind::seed: add(f.key, sc.seed, last); break;
      case sim::FieldKind::flags: {
        json list = json::array();
        const auto bits = static_cast<std::uint64_t>(f.get(sc));
        for (std::size_t b = 0; !f.choice_key(b).empty(); ++b) {
          if ((bits >> b) & 1u) list.push_back(std::string(f.choice_key(b)));
        }
        add(f.key, list, last);
        break;
      }
    }
  }
  return out + "}\n";
}

}  // namespace dv::app
