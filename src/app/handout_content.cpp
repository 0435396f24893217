#include "app/handout_content.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

#include "app/warning_texts.h"
#include "sim/contraindications.h"
#include "sim/patient_summary.h"
#include "sim/recovery.h"
#include "ui/strings.h"

namespace dv::app {
namespace {

using ui::tr;
using ui::trf;

// Most warnings the sheet lists in full.
constexpr std::size_t kMaxNotes = 2;

std::string key_of(std::string_view prefix, std::string_view key) {
  return std::string(prefix) + std::string(key);
}

// The parts one after another (append, not operator+: GCC 12 warns falsely on the latter).
std::string join(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view p : parts) out.append(p);
  return out;
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
                              {"month", tr(join({"handout.month.", std::to_string(d.month)}))},
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

namespace {

// How often a risk happens, in words (the model's figure when it has one; without one the
// group's heading says it, and "no exact figure" is left out to keep the sheet to two pages).
std::string frequency(const sim::RiskLine& r) {
  if (r.per_100_high < 0) return r.group == sim::RiskGroup::common ? tr("risk.most") : "";
  if (r.per_100_high < 1) return tr("risk.below_1");
  if (r.per_100_low == r.per_100_high) {
    return trf("risk.per_100_one", {{"n", std::to_string(r.per_100_high)}});
  }
  return trf("risk.per_100", {{"low", std::to_string(std::max(r.per_100_low, 0))},
                              {"high", std::to_string(r.per_100_high)}});
}

std::string pct(double v) {
  return local_number(std::round(v), 0);
}

void add_strip(HandoutContent& h, const sim::Course& course) {
  const sim::RecoveryStrip strip = sim::recovery_strip(course, 1);
  h.blocks.push_back(heading(tr("recovery.title")));
  Block b;
  b.kind = Block::Kind::strip;
  for (const sim::RecoverySpan& sp : strip.spans) {
    StripRow r;
    r.label = tr(sp.text_id);
    r.kind = sp.kind == sim::RecoveryKind::see    ? StripRow::Kind::see
             : sp.kind == sim::RecoveryKind::feel ? StripRow::Kind::feel
                                                  : StripRow::Kind::avoid;
    r.from_day = sp.from_day;
    r.to_day = sp.to_day_low;
    r.to_day_some = std::max(sp.to_day_low, sp.to_day_high);
    b.strip.push_back(std::move(r));
  }
  h.blocks.push_back(std::move(b));
  h.blocks.push_back(paragraph(
      join({trf("recovery.downtime", {{"low", std::to_string(strip.downtime_low_days)},
                                      {"high", std::to_string(strip.downtime_high_days)}}),
            " ", tr("recovery.downtime_source")}),
      Block::Kind::note));
}

void add_outcome(HandoutContent& h, const sim::Scenario& sc, const sim::Course& course,
                 const sim::Ensemble& band) {
  const sim::OutcomeSummary o = sim::outcome_summary(course, &band);
  const sim::RecoveryStrip strip = sim::recovery_strip(course, 1);
  h.range = trf("summary.range", {{"low", pct(o.low_pct)}, {"high", pct(o.high_pct)}});
  const std::string who =
      trf("summary.who", {{"sex", tr(sc.sex == sim::Sex::female ? "summary.woman" : "summary.man")},
                          {"age", local_number(sc.age_years, 0)},
                          {"type", std::to_string(sc.fitzpatrick)}});
  h.blocks.push_back(heading(tr("summary.title")));
  h.blocks.push_back(paragraph(join({h.range, " ", tr(o.words_id)})));
  Block icons;
  icons.kind = Block::Kind::icons;
  IconArray& a = icons.icons;
  a.above = o.people[0];
  a.within = o.people[1];
  a.below = o.people[2];
  a.caption = tr("summary.icons.intro");
  a.above_text = trf("summary.icons.clear", {{"n", std::to_string(a.above)}});
  a.within_text = trf("summary.icons.some", {{"n", std::to_string(a.within)}});
  a.below_text = trf("summary.icons.little", {{"n", std::to_string(a.below)}});
  a.beside = {
      trf("recovery.results", {{"low", std::to_string(strip.published_first_weeks_low)},
                               {"high", std::to_string(strip.published_first_weeks_high)},
                               {"mlow", std::to_string(strip.published_building_months_low)},
                               {"mhigh", std::to_string(strip.published_building_months_high)}}),
      join({tr("summary.no_treatment.title"), ": ", tr(sim::no_treatment_id(sc.condition))})};
  h.blocks.push_back(std::move(icons));
  h.blocks.push_back(paragraph(
      join({trf("summary.applies", {{"who", who}, {"months", std::to_string(o.months_after_last)}}),
            " ", tr("summary.fibres_vs_look")}),
      Block::Kind::note));
}

void add_risks(HandoutContent& h, const sim::Course& course, const sim::Ensemble& band) {
  h.blocks.push_back(heading(tr("risks.title")));
  const std::vector<sim::RiskLine> risks = sim::risk_lines(course, &band);
  for (sim::RiskGroup g :
       {sim::RiskGroup::common, sim::RiskGroup::less_common, sim::RiskGroup::rare}) {
    Block b = bullets({});
    for (const sim::RiskLine& r : risks) {
      if (r.group != g) continue;
      const std::string id = join({"risk.", r.key});
      // The risk in bold, then how often and what the clinic does.
      const std::string lead = join({tr(id), "."});
      const std::string often = frequency(r);
      std::string line = often.empty() ? join({lead, " ", tr(join({id, ".clinic"}))})
                                       : join({lead, " ", often, ". ", tr(join({id, ".clinic"}))});
      if (!r.raised_id.empty()) line = join({line, " ", tr(r.raised_id)});
      b.items.push_back(std::move(line));
      b.lead_bytes.push_back(lead.size());
    }
    if (b.items.empty()) continue;
    h.blocks.push_back(paragraph(tr(join({"risk.group.", sim::key(g)})), Block::Kind::subheading));
    h.blocks.push_back(std::move(b));
  }
}

void add_checks(HandoutContent& h, const sim::Scenario& sc) {
  const sim::Decision d = sim::decide(sc);
  if (d.items.empty()) return;
  h.blocks.push_back(heading(tr("checks.title")));
  Block items = bullets({});
  for (const sim::CheckAdvice& a : d.items) {
    const std::string lead = join({tr(join({"check.", sim::key(a.check)})), "."});
    items.items.push_back(join({lead, " ", tr(a.reason)}));
    items.lead_bytes.push_back(lead.size());
  }
  h.blocks.push_back(std::move(items));
  std::string verdict =
      trf(join({"advice.", sim::key(d.overall)}), {{"mm", local_number(d.advised_depth_mm, 1)}});
  for (const sim::CheckAdvice& a : d.items) {
    if (a.advice == sim::Advice::wait && a.wait_weeks > 0 && d.overall == sim::Advice::wait) {
      verdict = join(
          {verdict, " ", trf("advice.wait_weeks", {{"weeks", local_number(a.wait_weeks, 0)}})});
      break;
    }
  }
  h.blocks.push_back(paragraph(verdict, Block::Kind::subheading));
}

}  // namespace

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
  h.strip_legend[0] = tr("recovery.see");
  h.strip_legend[1] = tr("recovery.feel");
  h.strip_legend[2] = tr("recovery.avoid");
  h.strip_legend[3] = tr("handout.strip.shades");

  // Before anything else: what the checklist found (only when something was ticked).
  add_checks(h, sc);

  // The skin on four days.
  h.blocks.push_back(heading(tr("handout.pictures.heading")));
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

  // The result and the risks in the same format, then the other choices.
  add_outcome(h, sc, course, ensemble);
  add_risks(h, course, ensemble);
  h.blocks.push_back(heading(tr("summary.alternatives.title")));
  std::vector<std::string> alternatives;
  for (std::string_view id : sim::alternative_ids(sc.condition)) alternatives.emplace_back(tr(id));
  h.blocks.push_back(bullets(std::move(alternatives)));

  // The days after a session, the model's warnings, aftercare and when to call.
  add_strip(h, course);
  // The model's warnings that call these settings unsafe, at most kMaxNotes in full (then how
  // many more the clinician can explain). Its cautions reach the sheet as raised risks
  // (risk_lines) and its notes stay in the app: the sheet keeps to two pages at 11 pt.
  std::vector<const sim::Warning*> cautions;
  for (const sim::Warning& w : course.warnings()) {
    if (w.severity == sim::Severity::unsafe) cautions.push_back(&w);
  }
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
  h.blocks.push_back(paragraph(
      join({tr("handout.sources.heading"), ": ", tr("handout.sources.text")}), Block::Kind::note));
  return h;
}

}  // namespace dv::app
