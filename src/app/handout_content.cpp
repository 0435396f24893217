#include "app/handout_content.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

#include "app/warning_texts.h"
#include "ui/strings.h"

namespace dv::app {
namespace {

using ui::tr;
using ui::trf;

// Most cautions the sheet lists in full.
constexpr std::size_t kMaxNotes = 3;

std::string key_of(std::string_view prefix, std::string_view key) {
  return std::string(prefix) + std::string(key);
}

// "+20" or "-5": a signed whole percentage of the untreated amount.
std::string signed_pct(double factor) {
  const long v = std::lround(100.0 * (factor - 1.0));
  char buf[24];
  std::snprintf(buf, sizeof buf, v > 0 ? "+%ld" : "%ld", v);
  return buf;
}

std::vector<std::string> numbered(std::string_view prefix) {
  std::vector<std::string> out;
  for (int i = 1; i <= 20; ++i) {
    const std::string id = std::string(prefix) + std::to_string(i);
    if (!ui::has_text(id)) break;
    out.emplace_back(tr(id));
  }
  return out;
}

Block heading(std::string text, bool page_break = false) {
  Block b;
  b.kind = Block::Kind::heading;
  b.text = std::move(text);
  b.page_break_before = page_break;
  return b;
}
Block paragraph(std::string text, Block::Kind kind = Block::Kind::paragraph) {
  Block b;
  b.kind = kind;
  b.text = std::move(text);
  return b;
}
Block bullets(std::vector<std::string> items) {
  Block b;
  b.kind = Block::Kind::bullets;
  b.items = std::move(items);
  return b;
}

// Downtime by set depth (science.md: manufacturer figures, Dr.Pen needle depth guide:
// 0.2–0.5 mm ≈2–3 d, 0.8–1.5 mm ≈4–5 d, 2.0–3.0 mm ≈6–7 d), the upper end of each, d.
double downtime_days(double depth_mm) {
  if (depth_mm <= 0.5) return 3.0;
  if (depth_mm <= 1.5) return 5.0;
  return 7.0;
}

// The recovery strip after one session: signs (redness 24–48 h, longer with depth; oedema
// 3–6 h, Hong Kong J Dermatol Venereol 2018; pinpoint bleeding mainly from ≈1 mm) and the
// "do not" periods of the aftercare list.
std::vector<StripRow> recovery_rows(const sim::Scenario& sc) {
  const double d = sc.needle_depth_mm;
  const double down = downtime_days(d);
  std::vector<StripRow> rows;
  rows.push_back({tr("handout.strip.redness"), 0.0, std::max(2.0, down - 1.0), false});
  rows.push_back({tr("handout.strip.swelling"), 0.0, d <= 0.5 ? 0.5 : down / 2.5, false});
  if (d >= 1.0) rows.push_back({tr("handout.strip.bleeding"), 0.0, 0.3, false});
  rows.push_back({tr("handout.strip.flaking"), 2.0, down + 1.0, false});
  rows.push_back({tr("handout.strip.no_makeup"), 0.0, 1.0, true});
  rows.push_back({tr("handout.strip.no_sport"), 0.0, 2.0, true});
  rows.push_back({tr("handout.strip.no_actives"), 0.0, down, true});
  rows.push_back({tr("handout.strip.sun"), 0.0, 14.0, true});
  return rows;
}

std::string protocol_line(const sim::Scenario& sc) {
  const std::string region = tr(key_of("choice.region.", sim::key(sc.region)));
  const std::string device = tr(key_of("choice.device.", sim::key(sc.device)));
  const std::string depth = local_number(sc.needle_depth_mm, sc.needle_depth_mm < 1.0 ? 2 : 1);
  const std::string sessions =
      sc.sessions == 1
          ? std::string(tr("handout.sessions_one"))
          : trf("handout.sessions", {{"sessions", std::to_string(sc.sessions)},
                                     {"interval", local_number(sc.interval_weeks, 0)}});
  return trf("handout.protocol",
             {{"region", region}, {"device", device}, {"depth_mm", depth}, {"sessions", sessions}});
}

}  // namespace

std::optional<Paper> parse_paper(std::string_view s) {
  if (s == "a4") return Paper::a4;
  if (s == "letter") return Paper::letter;
  return std::nullopt;
}

std::optional<Date> parse_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int v[3] = {0, 0, 0};
  const std::size_t start[3] = {0, 5, 8}, len[3] = {4, 2, 2};
  for (int i = 0; i < 3; ++i) {
    for (std::size_t k = 0; k < len[i]; ++k) {
      const char c = s[start[i] + k];
      if (c < '0' || c > '9') return std::nullopt;
      v[i] = v[i] * 10 + (c - '0');
    }
  }
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (v[1] < 1 || v[1] > 12 || v[2] < 1 || v[2] > kDays[v[1] - 1]) return std::nullopt;
  const bool leap = (v[0] % 4 == 0 && v[0] % 100 != 0) || v[0] % 400 == 0;
  if (v[1] == 2 && v[2] == 29 && !leap) return std::nullopt;
  return Date{v[0], v[1], v[2]};
}

Date today() {
  const std::time_t now = std::time(nullptr);
  std::tm t{};
  localtime_r(&now, &t);
  return Date{t.tm_year + 1900, t.tm_mon + 1, t.tm_mday};
}

std::string date_words(const Date& d) {
  return trf("handout.date", {{"day", std::to_string(d.day)},
                              {"month", tr("handout.month." + std::to_string(d.month))},
                              {"year", std::to_string(d.year)}});
}

std::string local_number(double v, int decimals) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  std::string s = buf;
  const std::string mark = ui::has_text("handout.decimal_mark") ? tr("handout.decimal_mark") : ".";
  if (const auto dot = s.find('.'); dot != std::string::npos) s.replace(dot, 1, mark);
  return s;
}

HandoutContent make_handout(const sim::Scenario& sc, const sim::Course& course,
                            const sim::Ensemble& ensemble, const Date& date,
                            std::string_view version) {
  HandoutContent h;
  h.language = ui::strings().language;
  h.title = tr("handout.title");
  h.subtitle = tr("handout.subtitle");
  h.protocol = protocol_line(sc);
  h.patient = trf("handout.patient", {{"type", std::to_string(sc.fitzpatrick)},
                                      {"age", local_number(sc.age_years, 0)}});
  const std::string when_made = date_words(date);
  h.made_on = trf("handout.made_on", {{"date", when_made}});
  h.footer = trf("handout.footer", {{"date", when_made}, {"version", std::string(version)}});
  h.page_of = tr("handout.page");
  h.strip_day = tr("handout.strip.day");

  // The skin on four days.
  h.blocks.push_back(heading(tr("handout.pictures.heading")));
  h.blocks.push_back(paragraph(tr("handout.pictures.intro")));
  Block pics;
  pics.kind = Block::Kind::pictures;
  const char* const ids[] = {"day0", "day2", "day14", "day90"};
  for (std::size_t i = 0; i < std::size(kHandoutDays); ++i) {
    SkinPicture p;
    p.day = std::min(kHandoutDays[i], course.end_day());
    p.title = tr(key_of("handout.picture.title.", ids[i]));
    p.caption = tr(key_of("handout.picture.", ids[i]));
    pics.pictures.push_back(std::move(p));
  }
  h.blocks.push_back(std::move(pics));

  // The result, as a range and as 100 people.
  const int day = sim::main_outcome_day(course);
  const int last_session = static_cast<int>(std::lround(course.session_days().back()));
  const std::string when =
      day == last_session + 90
          ? std::string(tr("handout.when.three_months"))
          : trf("handout.when.end", {{"weeks", std::to_string((day - last_session) / 7)}});
  const sim::Band& band = ensemble.band(sim::OutcomeColumn::total_collagen);
  const auto d = static_cast<std::size_t>(day);
  h.range =
      trf("handout.outcome.range",
          {{"low", signed_pct(band.low[d])}, {"high", signed_pct(band.high[d])}, {"when", when}});
  h.blocks.push_back(heading(tr("handout.outcome.heading")));
  h.blocks.push_back(paragraph(h.range));
  Block icons;
  icons.kind = Block::Kind::icons;
  // The band holds 8 in 10 simulated people (10th to 90th percentile, docs/MODEL.md §11).
  icons.icons.caption = tr("handout.icons.caption");
  icons.icons.below_text = trf("handout.icons.below", {{"n", std::to_string(icons.icons.below)}});
  icons.icons.within_text =
      trf("handout.icons.within", {{"n", std::to_string(icons.icons.within)}});
  icons.icons.above_text = trf("handout.icons.above", {{"n", std::to_string(icons.icons.above)}});
  icons.icons.beside = {tr("handout.outcome.timing"), tr("handout.outcome.no_treatment")};
  h.blocks.push_back(std::move(icons));
  h.blocks.push_back(paragraph(tr("handout.outcome.model"), Block::Kind::note));

  // Risks with the same weight as the result, then the notes for these settings.
  h.blocks.push_back(heading(tr("handout.risks.heading")));
  h.blocks.push_back(bullets(numbered("handout.risks.")));
  h.blocks.push_back(heading(tr("handout.alternatives.heading")));
  h.blocks.push_back(bullets(numbered("handout.alternatives.")));

  // Day by day after each session.
  h.blocks.push_back(heading(tr("handout.strip.heading")));
  Block strip;
  strip.kind = Block::Kind::strip;
  strip.strip = recovery_rows(sc);
  h.blocks.push_back(std::move(strip));
  h.blocks.push_back(paragraph(tr("handout.strip.note"), Block::Kind::note));

  // The model's cautions for these settings, the most serious first (its plain notes stay in
  // the app); past kMaxNotes the sheet says how many more the clinician can explain, so that
  // the sheet keeps to two pages at 11 pt.
  std::vector<const sim::Warning*> cautions;
  for (const sim::Warning& w : course.warnings()) {
    if (w.severity != sim::Severity::note) cautions.push_back(&w);
  }
  std::stable_sort(cautions.begin(), cautions.end(),
                   [](const sim::Warning* a, const sim::Warning* b) {
                     return a->severity > b->severity;
                   });
  std::vector<std::string> notes;
  for (std::size_t i = 0; i < cautions.size() && i < kMaxNotes; ++i) {
    notes.push_back(warning_text(*cautions[i], ui::strings().text));
  }
  if (cautions.size() > kMaxNotes) {
    notes.push_back(
        trf("handout.notes.more", {{"n", std::to_string(cautions.size() - kMaxNotes)}}));
  }
  if (!notes.empty()) {
    h.blocks.push_back(heading(tr("handout.notes.heading")));
    h.blocks.push_back(bullets(std::move(notes)));
    h.blocks.back().small = true;
  }
  Block care;
  care.kind = Block::Kind::two_lists;
  care.text = tr("handout.aftercare.heading");
  care.items = numbered("handout.aftercare.");
  care.text2 = tr("handout.call.heading");
  care.items2 = numbered("handout.call.");
  care.items2.push_back(tr("handout.call.phone"));
  h.blocks.push_back(std::move(care));
  h.blocks.push_back(heading(tr("handout.sources.heading")));
  h.blocks.push_back(paragraph(tr("handout.sources.text"), Block::Kind::note));
  return h;
}

}  // namespace dv::app
