// handout_content.h: what the take-home sheet says (dermaviz handout, issue 11 §5), in the
// current language (ui::set_strings): a list of blocks (headings, paragraphs, bullets, the
// skin pictures, the recovery strip, the icon array) that handout_pdf.h lays out on paper.
// No Cairo, no GL: the words and numbers alone, so tests can read them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sim/course.h"
#include "sim/ensemble.h"
#include "sim/scenario.h"

namespace dv::app {

/// Paper sizes of the sheet.
enum class Paper { a4, letter };
/// "a4" or "letter" → Paper; nullopt for anything else.
std::optional<Paper> parse_paper(std::string_view s);

/// A calendar date (the day the sheet was made).
struct Date {
  int year = 2000;  ///< e.g. 2026
  int month = 1;    ///< 1–12
  int day = 1;      ///< 1–31
};
/// "YYYY-MM-DD" → Date (a real calendar day); nullopt for anything else.
std::optional<Date> parse_date(std::string_view s);
/// Today in local time.
Date today();
/// The date in the current language's words ("22 November 2026", "22. November 2026").
std::string date_words(const Date& d);

/// One picture of the skin on a day of the course, RGBA8, top row first.
struct SkinPicture {
  double day = 0.0;                ///< simulated day shown, d
  std::string title;               ///< "Day 2"
  std::string caption;             ///< one short sentence under it
  int width = 0;                   ///< px
  int height = 0;                  ///< px
  std::vector<std::uint8_t> rgba;  ///< width × height × 4 bytes (empty: not rendered)
};

/// Days of the course the sheet shows (day 0 is shortly after the first needling).
inline constexpr double kHandoutDays[] = {0.01, 2.0, 14.0, 90.0};  ///< d

/// One row of the recovery strip: what, and over which days after a session.
struct StripRow {
  /// What the row says: a sign the patient sees, one they feel, or a thing to leave out.
  enum class Kind { see, feel, avoid };
  std::string label;       ///< "Redness, like a mild sunburn"
  Kind kind = Kind::see;   ///< drawn in its own colour
  double from_day = 0;     ///< first day, d after the session
  double to_day = 0;       ///< last day for most people, d after the session (inclusive)
  double to_day_some = 0;  ///< last day for some people (≥ to_day; drawn lighter), d
};

/// The icon array: 100 people like this patient, in three groups (most gain first).
struct IconArray {
  int above = 10;                                   ///< people with a clear gain (drawn darkest)
  int within = 80;                                  ///< people with some gain
  int below = 10;                                   ///< people with little change (drawn grey)
  std::string caption;                              ///< "Out of 100 people like you:"
  std::string above_text, within_text, below_text;  ///< legend, with the counts filled in
  std::vector<std::string> beside;  ///< paragraphs set beside the grid (timing, no treatment)
};

/// One block of the sheet, laid out top to bottom.
struct Block {
  /// What the block is.
  enum class Kind {
    heading,
    subheading,
    paragraph,
    bullets,
    pictures,
    strip,
    icons,
    note,
    two_lists
  };
  Kind kind = Kind::paragraph;          ///< what it is
  std::string text;                     ///< heading or paragraph text (Pango markup-free)
  std::vector<std::string> items;       ///< bullets
  std::vector<std::size_t> lead_bytes;  ///< per bullet: its first bytes are set bold (0: none)
  std::string text2;                  ///< two_lists: the right column's heading (text: the left's)
  std::vector<std::string> items2;    ///< two_lists: the right column's bullets (items: the left's)
  std::vector<SkinPicture> pictures;  ///< pictures (filled by the caller from the GL renders)
  std::vector<StripRow> strip;        ///< strip rows
  IconArray icons;                    ///< icon array
  bool page_break_before = false;     ///< start a new page here when the sheet has room for two
  bool small = false;                 ///< bullets set a size smaller than the body (10 pt)
};

/// The whole sheet.
struct HandoutContent {
  std::string language = "en";  ///< language code
  std::string title;            ///< big heading
  std::string subtitle;         ///< one line under it
  std::string protocol;         ///< region · device · depth · sessions (the exact protocol)
  std::string patient;          ///< skin type and age line
  std::string made_on;          ///< "Made on 22 November 2026"
  std::string range;            ///< the outcome range sentence (also inside the blocks)
  std::string footer;           ///< small print at the bottom of every page
  std::string page_of;          ///< "Page {page} of {pages}" (placeholders left in)
  std::string strip_day;        ///< axis word "Day"
  std::string strip_legend[4];  ///< see, feel, avoid colours, then dark/light: the legend
  std::vector<Block> blocks;    ///< the body
};

/// The sheet of `scenario` (its simulated `course` and band `ensemble`) made on `date`, in the
/// current strings' language. `version` goes into the footer. The pictures block holds the
/// titles and captions of kHandoutDays with no pixels; the caller fills them.
HandoutContent make_handout(const sim::Scenario& scenario, const sim::Course& course,
                            const sim::Ensemble& ensemble, const Date& date,
                            std::string_view version);

/// A number with `decimals` decimals and the current language's decimal mark ("1,5").
std::string local_number(double v, int decimals);

}  // namespace dv::app
