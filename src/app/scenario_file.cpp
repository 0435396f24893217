#include "app/scenario_file.h"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <functional>
#include <sstream>
#include <vector>

#include <nlohmann/json.hpp>

namespace dv::app {
namespace {

using json = nlohmann::json;
using sim::Scenario;
using R = dv::Result<Scenario>;

// The allowed keys, in the documented order (issue 3 §1).
constexpr std::string_view kKeys[] = {
    "region",          "sex",     "age_years", "fitzpatrick",    "device",
    "needle_depth_mm", "passes",  "sessions",  "interval_weeks", "follow_up_weeks",
    "condition",       "topical", "seed"};

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
  for (std::string_view k : kKeys) s += (s.empty() ? "" : ", ") + std::string(k);
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

template <typename E, std::size_t N>
std::string choices(const std::array<E, N>& all) {
  std::string s;
  for (E e : all) s += (s.empty() ? "" : ", ") + std::string(sim::key(e));
  return s;
}

// Reads one key; returns an error message or "" on success.
class Reader {
 public:
  Reader(const json& j, const std::string& src) : j_(j), src_(src) {}

  template <typename E, std::size_t N>
  std::string enumeration(const char* k, E& out, const std::array<E, N>& all) {
    if (!j_.contains(k)) return "";
    const json& v = j_.at(k);
    const std::string allowed = "one of " + choices(all);
    if (!v.is_string())
      return src_ + ": " + k + ": " + v.dump() + " is not a string; use " + allowed;
    const std::string s = v.get<std::string>();
    for (E e : all) {
      if (sim::key(e) == s) {
        out = e;
        return "";
      }
    }
    return src_ + ": " + k + ": \"" + s + "\" is not allowed; use " + allowed;
  }

  std::string number(const char* k, double& out, double lo, double hi) {
    if (!j_.contains(k)) return "";
    const json& v = j_.at(k);
    if (!v.is_number())
      return src_ + ": " + k + ": " + v.dump() + " is not a number; use a number " + range(lo, hi);
    const double d = v.get<double>();
    if (!std::isfinite(d) || d < lo || d > hi)
      return src_ + ": " + k + ": " + v.dump() + " is outside the allowed range " + range(lo, hi);
    out = d;
    return "";
  }

  template <typename I>
  std::string integer(const char* k, I& out, double lo, double hi) {
    if (!j_.contains(k)) return "";
    const json& v = j_.at(k);
    if (!v.is_number_integer())
      return src_ + ": " + k + ": " + v.dump() + " is not an integer; use a whole number " +
             range(lo, hi, false);
    // Negative integers are below every range here (all minimums are ≥ 0).
    if (!v.is_number_unsigned())
      return src_ + ": " + k + ": " + v.dump() + " is outside the allowed range " +
             range(lo, hi, false);
    const auto u = v.get<std::uint64_t>();
    if (static_cast<double>(u) < lo || static_cast<double>(u) > hi)
      return src_ + ": " + k + ": " + v.dump() + " is outside the allowed range " +
             range(lo, hi, false);
    out = static_cast<I>(u);
    return "";
  }

 private:
  static std::string range(double lo, double hi, bool real = true) {
    if (hi >= 1e18) return fmt_number(lo, real) + " or more";
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
    bool known = false;
    for (std::string_view a : kKeys) known = known || a == k;
    if (!known) return R::error(src + ": unknown key \"" + k + "\"; allowed keys: " + join_keys());
  }
  Scenario sc;
  using L = sim::Limits;
  Reader r(j, src);
  const std::string errors[] = {
      r.enumeration("region", sc.region, sim::kAllRegions),
      r.enumeration("sex", sc.sex, sim::kAllSexes),
      r.number("age_years", sc.age_years, L::age_min, L::age_max),
      r.integer("fitzpatrick", sc.fitzpatrick, L::fitzpatrick_min, L::fitzpatrick_max),
      r.enumeration("device", sc.device, sim::kAllDevices),
      r.number("needle_depth_mm", sc.needle_depth_mm, L::depth_min_mm, L::depth_max_mm),
      r.integer("passes", sc.passes, L::passes_min, L::passes_max),
      r.integer("sessions", sc.sessions, L::sessions_min, L::sessions_max),
      r.number("interval_weeks", sc.interval_weeks, L::interval_min_weeks, L::interval_max_weeks),
      r.number("follow_up_weeks", sc.follow_up_weeks, L::follow_up_min_weeks,
               L::follow_up_max_weeks),
      r.enumeration("condition", sc.condition, sim::kAllConditions),
      r.enumeration("topical", sc.topical, sim::kAllTopicals),
      r.integer("seed", sc.seed, 0.0, 2e19),  // any uint64
  };
  for (const std::string& e : errors) {
    if (!e.empty()) return R::error(e);
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
  add("region", std::string(sim::key(sc.region)));
  add("sex", std::string(sim::key(sc.sex)));
  add("age_years", sc.age_years);
  add("fitzpatrick", sc.fitzpatrick);
  add("device", std::string(sim::key(sc.device)));
  add("needle_depth_mm", sc.needle_depth_mm);
  add("passes", sc.passes);
  add("sessions", sc.sessions);
  add("interval_weeks", sc.interval_weeks);
  add("follow_up_weeks", sc.follow_up_weeks);
  add("condition", std::string(sim::key(sc.condition)));
  add("topical", std::string(sim::key(sc.topical)));
  add("seed", sc.seed, true);
  return out + "}\n";
}

}  // namespace dv::app
