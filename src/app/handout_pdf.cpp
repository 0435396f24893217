#include "app/handout_pdf.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>

#include "app/atomic_file.h"
#include "ui/strings.h"

namespace dv::app {
namespace {

// Sizes in PDF points (1/72 inch).
constexpr double kMargin = 36.0;
constexpr double kBodyPt = 11.0;                // body text (leaflet guidance: 11–12 pt)
constexpr double kHeadingPt = 13.5;             // section headings
constexpr double kTitlePt = 20.0;               // the sheet's title
constexpr double kNotePt = 9.5;                 // sources and model small print
constexpr double kSmallPt = 10.0;               // the model's cautions for these settings
constexpr double kFooterPt = 8.5;               // page footer
constexpr double kFooterH = 18.0;               // reserved at the bottom of each page
constexpr const char* kFamily = "DejaVu Sans";  // fonts-dejavu-core: covers every glyph used

struct Rgb {
  double r, g, b;
};
// Dark teal and warm colours with strong contrast on white (WCAG AA for the text colours).
constexpr Rgb kInk{0.11, 0.13, 0.16};         // body text
constexpr Rgb kGrey{0.36, 0.39, 0.43};        // small print
constexpr Rgb kAccent{0.06, 0.36, 0.42};      // headings, header band
constexpr Rgb kAccentPale{0.88, 0.94, 0.95};  // strip background
constexpr Rgb kSign{0.80, 0.42, 0.36};        // what you may see or feel
constexpr Rgb kAdvice{0.33, 0.48, 0.66};      // what to avoid
constexpr Rgb kFeel{0.80, 0.55, 0.16};        // what you may feel
constexpr Rgb kBelow{0.78, 0.80, 0.82};       // icon array: below the range
constexpr Rgb kWithin{0.06, 0.45, 0.52};      // within it
constexpr Rgb kAbove{0.02, 0.25, 0.30};       // above it

void set(cairo_t* cr, Rgb c) {
  cairo_set_source_rgb(cr, c.r, c.g, c.b);
}

struct PaperSize {
  double w, h;
};
PaperSize size_of(Paper p) {
  return p == Paper::a4 ? PaperSize{595.276, 841.890} : PaperSize{612.0, 792.0};
}

// Text set with Pango at 72 dpi, so one unit is one point.
class Text {
 public:
  explicit Text(cairo_t* cr) : cr_(cr), ctx_(pango_cairo_create_context(cr)) {
    pango_cairo_context_set_resolution(ctx_, 72.0);
    cairo_font_options_t* fo = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(ctx_, fo);
    cairo_font_options_destroy(fo);
  }
  ~Text() { g_object_unref(ctx_); }
  Text(const Text&) = delete;
  Text& operator=(const Text&) = delete;

  // A layout of `text` wrapped at `width_pt`.
  // The first `lead_bytes` bytes are set bold.
  PangoLayout* layout(const std::string& text, double size_pt, bool bold, double width_pt,
                      bool italic = false, std::size_t lead_bytes = 0) const {
    PangoLayout* l = pango_layout_new(ctx_);
    PangoFontDescription* fd = pango_font_description_new();
    pango_font_description_set_family(fd, kFamily);
    pango_font_description_set_size(fd, static_cast<gint>(size_pt * PANGO_SCALE));
    pango_font_description_set_weight(fd, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    if (italic) pango_font_description_set_style(fd, PANGO_STYLE_OBLIQUE);
    pango_layout_set_font_description(l, fd);
    pango_font_description_free(fd);
    pango_layout_set_width(l, static_cast<int>(width_pt * PANGO_SCALE));
    pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_line_spacing(l, 1.12f);
    pango_layout_set_text(l, text.c_str(), -1);
    if (lead_bytes > 0) {
      PangoAttrList* attrs = pango_attr_list_new();
      PangoAttribute* a = pango_attr_weight_new(PANGO_WEIGHT_BOLD);
      a->start_index = 0;
      a->end_index = static_cast<guint>(std::min(lead_bytes, text.size()));
      pango_attr_list_insert(attrs, a);
      pango_layout_set_attributes(l, attrs);
      pango_attr_list_unref(attrs);
    }
    return l;
  }
  // Height of `text` set in `width_pt`, pt.
  double height(const std::string& text, double size_pt, bool bold, double width_pt,
                std::size_t lead_bytes = 0) const {
    PangoLayout* l = layout(text, size_pt, bold, width_pt, false, lead_bytes);
    int w = 0, h = 0;
    pango_layout_get_size(l, &w, &h);
    g_object_unref(l);
    return h / static_cast<double>(PANGO_SCALE);
  }
  // Draw `text` at (x, y) when drawing; returns its height, pt.
  double show(const std::string& text, double x, double y, double size_pt, bool bold,
              double width_pt, Rgb colour, bool draw, PangoAlignment align = PANGO_ALIGN_LEFT,
              bool italic = false, std::size_t lead_bytes = 0) const {
    PangoLayout* l = layout(text, size_pt, bold, width_pt, italic, lead_bytes);
    pango_layout_set_alignment(l, align);
    int w = 0, h = 0;
    pango_layout_get_size(l, &w, &h);
    if (draw) {
      cairo_save(cr_);
      set(cr_, colour);
      cairo_move_to(cr_, x, y);
      pango_cairo_show_layout(cr_, l);
      cairo_restore(cr_);
    }
    g_object_unref(l);
    return h / static_cast<double>(PANGO_SCALE);
  }

 private:
  cairo_t* cr_;
  PangoContext* ctx_;
};

void rounded_rect(cairo_t* cr, double x, double y, double w, double h, double r) {
  r = std::min({r, w / 2, h / 2});
  cairo_new_path(cr);
  cairo_arc(cr, x + w - r, y + r, r, -M_PI / 2, 0);
  cairo_arc(cr, x + w - r, y + h - r, r, 0, M_PI / 2);
  cairo_arc(cr, x + r, y + h - r, r, M_PI / 2, M_PI);
  cairo_arc(cr, x + r, y + r, r, M_PI, 1.5 * M_PI);
  cairo_close_path(cr);
}

// The picture cropped to what differs from its background (the corner colour), as a Cairo
// image; null when it has no pixels.
struct Crop {
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // px, half-open
};
Crop crop_of(const SkinPicture& p) {
  Crop c{p.width, p.height, 0, 0};
  const std::uint8_t* bg = p.rgba.data();
  for (int y = 0; y < p.height; ++y) {
    for (int x = 0; x < p.width; ++x) {
      const std::uint8_t* px = p.rgba.data() + (static_cast<std::size_t>(y) * p.width + x) * 4;
      const int diff = std::abs(px[0] - bg[0]) + std::abs(px[1] - bg[1]) + std::abs(px[2] - bg[2]);
      if (diff > 24) {
        c.x0 = std::min(c.x0, x);
        c.y0 = std::min(c.y0, y);
        c.x1 = std::max(c.x1, x + 1);
        c.y1 = std::max(c.y1, y + 1);
      }
    }
  }
  if (c.x1 <= c.x0 || c.y1 <= c.y0) return Crop{0, 0, p.width, p.height};
  const int pad = 4;
  return Crop{std::max(0, c.x0 - pad), std::max(0, c.y0 - pad), std::min(p.width, c.x1 + pad),
              std::min(p.height, c.y1 + pad)};
}

cairo_surface_t* image_of(const SkinPicture& p, const Crop& c) {
  const int w = c.x1 - c.x0, h = c.y1 - c.y0;
  cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
  cairo_surface_flush(s);
  unsigned char* dst = cairo_image_surface_get_data(s);
  const int stride = cairo_image_surface_get_stride(s);
  for (int y = 0; y < h; ++y) {
    auto* row = reinterpret_cast<std::uint32_t*>(dst + static_cast<std::ptrdiff_t>(y) * stride);
    for (int x = 0; x < w; ++x) {
      const std::uint8_t* px =
          p.rgba.data() + (static_cast<std::size_t>(y + c.y0) * p.width + (x + c.x0)) * 4;
      row[x] = (std::uint32_t{px[0]} << 16) | (std::uint32_t{px[1]} << 8) | px[2];
    }
  }
  cairo_surface_mark_dirty(s);
  return s;
}

// Lays the blocks out page by page; draws when `draw_` (the first pass only counts pages).
class Layout {
 public:
  // `tight` (0.6–1) scales the vertical gaps, the pictures' height and the strip's rows (never
  // the type) so that the sheet fits two pages on either paper.
  Layout(cairo_t* cr, const HandoutContent& c, PaperSize paper, bool draw, int total_pages,
         double tight)
      : cr_(cr), text_(cr), c_(c), paper_(paper), draw_(draw), total_(total_pages), k_(tight) {
    width_ = paper.w - 2 * kMargin;
  }

  int run() {
    header();
    for (std::size_t i = 0; i < c_.blocks.size(); ++i) {
      const Block& b = c_.blocks[i];
      if (b.page_break_before && y_ > top_) new_page();
      // A heading or subheading stays with what follows it (no orphaned headings); blocks
      // are never split.
      // Bullets may break between items, so they need room for their first item only.
      double need = first_part_height(b);
      for (std::size_t k = i; k + 1 < c_.blocks.size() && is_heading(c_.blocks[k]); ++k) {
        need += first_part_height(c_.blocks[k + 1]);
      }
      if (y_ + need > bottom() && y_ > top_) new_page();
      place(b);
    }
    footer();
    return page_;
  }

 private:
  double first_part_height(const Block& b) const {
    if (b.kind == Block::Kind::bullets && !b.items.empty()) return bullet_height(b, 0);
    return height(b);
  }
  static bool is_heading(const Block& b) {
    return b.kind == Block::Kind::heading || b.kind == Block::Kind::subheading;
  }
  double bottom() const { return paper_.h - kMargin - kFooterH; }

  void new_page() {
    footer();
    if (draw_) cairo_show_page(cr_);
    ++page_;
    y_ = top_ = kMargin;
  }

  void footer() {
    if (!draw_) return;
    const double y = paper_.h - kMargin - kFooterPt * 1.2;
    cairo_save(cr_);
    set(cr_, kAccentPale);
    cairo_rectangle(cr_, kMargin, y - 6, width_, 0.8);
    cairo_fill(cr_);
    cairo_restore(cr_);
    const std::string page =
        ui::fill(c_.page_of, {{"page", std::to_string(page_)}, {"pages", std::to_string(total_)}});
    text_.show(c_.footer, kMargin, y, kFooterPt, false, width_ * 0.85, kGrey, true);
    text_.show(page, kMargin + width_ * 0.85, y, kFooterPt, false, width_ * 0.15, kGrey, true,
               PANGO_ALIGN_RIGHT);
  }

  void header() {
    // A coloured band with the title, then the protocol, the patient and the date.
    const double pad = 10.0;
    const double title_h = text_.height(c_.title, kTitlePt, true, width_ - 2 * pad);
    const double sub_h = text_.height(c_.subtitle, kBodyPt + 1, false, width_ - 2 * pad);
    const double band_h = pad + title_h + 4 + sub_h + pad;
    if (draw_) {
      set(cr_, kAccent);
      rounded_rect(cr_, kMargin, kMargin, width_, band_h, 8);
      cairo_fill(cr_);
    }
    const Rgb white{1, 1, 1};
    double y = kMargin + pad;
    y += text_.show(c_.title, kMargin + pad, y, kTitlePt, true, width_ - 2 * pad, white, draw_);
    y += 4;
    text_.show(c_.subtitle, kMargin + pad, y, kBodyPt + 1, false, width_ - 2 * pad, white, draw_);
    y_ = kMargin + band_h + 10;
    y_ += text_.show(c_.protocol, kMargin, y_, kBodyPt + 1.5, true, width_, kInk, draw_) + 2;
    const double half = width_ * 0.55;
    const double h1 = text_.show(c_.patient, kMargin, y_, kBodyPt, false, half, kGrey, draw_);
    const double h2 = text_.show(c_.made_on, kMargin + half, y_, kBodyPt, false, width_ - half,
                                 kInk, draw_, PANGO_ALIGN_RIGHT);
    y_ += std::max(h1, h2);
    top_ = kMargin;
  }

  static double bullet_pt(const Block& b) { return b.small ? kSmallPt : kBodyPt; }
  static std::size_t lead_of(const Block& b, std::size_t i) {
    return i < b.lead_bytes.size() ? b.lead_bytes[i] : 0;
  }
  double bullet_height(const Block& b, std::size_t i) const {
    return text_.height(b.items[i], bullet_pt(b), false, width_ - 16, lead_of(b, i)) + 3;
  }

  static constexpr double kColumnGap = 22.0;  // pt between the two columns
  double column_w() const { return (width_ - kColumnGap) / 2; }
  // A heading and its bullets in one column at `x`; returns the height.
  double list(const std::string& title, const std::vector<std::string>& items, double x,
              bool draw) const {
    const double w = column_w();
    double y = y_ + 11 * k_;
    const double th = text_.show(title, x, y, kHeadingPt, true, w, kAccent, draw);
    if (draw) {
      set(cr_, kAccent);
      cairo_new_path(cr_);
      cairo_rectangle(cr_, x, y + th + 2, 36, 2);
      cairo_fill(cr_);
    }
    y += th + 7;
    for (const std::string& s : items) {
      if (draw) {
        set(cr_, kAccent);
        cairo_new_path(cr_);
        cairo_arc(cr_, x + 5, y + kBodyPt * 0.62, 2.3, 0, 2 * M_PI);
        cairo_fill(cr_);
      }
      y += text_.show(s, x + 16, y, kBodyPt, false, w - 16, kInk, draw) + 3;
    }
    return y - y_ + 2;
  }
  double list_height(const std::string& title, const std::vector<std::string>& items) const {
    return list(title, items, kMargin, false);
  }

  double picture_cell_w() const { return (width_ - 3 * 10.0) / 4.0; }
  double picture_h() const { return picture_cell_w() * (0.5 + 0.25 * k_); }
  double row_h() const { return 13.0 + 2.5 * k_; }

  double height(const Block& b) const {
    switch (b.kind) {
      case Block::Kind::heading:
        return 11 * k_ + text_.height(b.text, kHeadingPt, true, width_) + 7;
      case Block::Kind::paragraph: return text_.height(b.text, kBodyPt, false, width_) + 5;
      case Block::Kind::subheading: return text_.height(b.text, kBodyPt, true, width_) + 3;
      case Block::Kind::note: return text_.height(b.text, kNotePt, false, width_) + 5;
      case Block::Kind::bullets: {
        double h = 0;
        for (std::size_t i = 0; i < b.items.size(); ++i) h += bullet_height(b, i);
        return h + 2;
      }
      case Block::Kind::pictures: {
        double caption = 0;
        for (const SkinPicture& p : b.pictures) {
          caption =
              std::max(caption, text_.height(p.title, kBodyPt, true, picture_cell_w()) +
                                    text_.height(p.caption, kBodyPt - 1, false, picture_cell_w()));
        }
        return picture_h() + 6 + caption + 8;
      }
      case Block::Kind::strip: return strip_height(b);
      case Block::Kind::icons: return icons_height(b.icons);
      case Block::Kind::two_lists:
        return std::max(list_height(b.text, b.items), list_height(b.text2, b.items2));
    }
    return 0;
  }

  void place(const Block& b) {
    switch (b.kind) {
      case Block::Kind::heading: {
        y_ += 11 * k_;
        const double h = text_.show(b.text, kMargin, y_, kHeadingPt, true, width_, kAccent, draw_);
        if (draw_) {
          set(cr_, kAccent);
          cairo_rectangle(cr_, kMargin, y_ + h + 2, 36, 2);
          cairo_fill(cr_);
        }
        y_ += h + 7;
        break;
      }
      case Block::Kind::paragraph:
        y_ += text_.show(b.text, kMargin, y_, kBodyPt, false, width_, kInk, draw_) + 5;
        break;
      case Block::Kind::subheading:
        y_ += text_.show(b.text, kMargin, y_, kBodyPt, true, width_, kInk, draw_) + 3;
        break;
      case Block::Kind::note:
        y_ += text_.show(b.text, kMargin, y_, kNotePt, false, width_, kGrey, draw_,
                         PANGO_ALIGN_LEFT, true) +
              5;
        break;
      case Block::Kind::bullets:
        for (std::size_t i = 0; i < b.items.size(); ++i) {
          if (y_ + bullet_height(b, i) > bottom() && y_ > top_) new_page();
          if (draw_) {
            set(cr_, kAccent);
            cairo_new_path(cr_);
            cairo_arc(cr_, kMargin + 5, y_ + kBodyPt * 0.62, 2.3, 0, 2 * M_PI);
            cairo_fill(cr_);
          }
          y_ += text_.show(b.items[i], kMargin + 16, y_, bullet_pt(b), false, width_ - 16, kInk,
                           draw_, PANGO_ALIGN_LEFT, false, lead_of(b, i)) +
                3;
        }
        y_ += 2;
        break;
      case Block::Kind::pictures: pictures(b); break;
      case Block::Kind::strip: strip(b); break;
      case Block::Kind::icons: icons(b.icons); break;
      case Block::Kind::two_lists: {
        const double h =
            std::max(list(b.text, b.items, kMargin, draw_),
                     list(b.text2, b.items2, kMargin + column_w() + kColumnGap, draw_));
        y_ += h;
        break;
      }
    }
  }

  void pictures(const Block& b) {
    const double cw = picture_cell_w(), ch = picture_h();
    double caption_h = 0;
    for (std::size_t i = 0; i < b.pictures.size(); ++i) {
      const SkinPicture& p = b.pictures[i];
      const double x = kMargin + static_cast<double>(i) * (cw + 10.0);
      if (draw_) {
        cairo_save(cr_);
        rounded_rect(cr_, x, y_, cw, ch, 6);
        cairo_clip(cr_);
        set(cr_, kAccentPale);
        cairo_paint(cr_);
        if (!p.rgba.empty() && p.width > 0 && p.height > 0) {
          const Crop c = crop_of(p);
          cairo_surface_t* img = image_of(p, c);
          const double iw = c.x1 - c.x0, ih = c.y1 - c.y0;
          // Fill the cell (cover), centred: the block's middle is what matters.
          const double s = std::max(cw / iw, ch / ih);
          cairo_translate(cr_, x + (cw - iw * s) / 2, y_ + (ch - ih * s) / 2);
          cairo_scale(cr_, s, s);
          cairo_set_source_surface(cr_, img, 0, 0);
          cairo_pattern_set_filter(cairo_get_source(cr_), CAIRO_FILTER_GOOD);
          cairo_paint(cr_);
          cairo_surface_destroy(img);
        }
        cairo_restore(cr_);
      }
      double y = y_ + ch + 6;
      y += text_.show(p.title, x, y, kBodyPt, true, cw, kAccent, draw_);
      y += text_.show(p.caption, x, y, kBodyPt - 1, false, cw, kInk, draw_);
      caption_h = std::max(caption_h, y - (y_ + ch + 6));
    }
    y_ += ch + 6 + caption_h + 8;
  }

  double strip_label_w() const { return std::min(230.0, width_ * 0.43); }
  double strip_row_h(const StripRow& r) const {
    return std::max(row_h(), text_.height(r.label, kBodyPt - 1, false, strip_label_w() - 4) + 3);
  }
  static Rgb colour_of(StripRow::Kind k) {
    return k == StripRow::Kind::see ? kSign : k == StripRow::Kind::feel ? kFeel : kAdvice;
  }
  // Width of one legend entry (swatch and words), pt.
  double legend_item_w(const std::string& t) const {
    PangoLayout* l = text_.layout(t, kBodyPt - 1, false, width_);
    int w = 0, h = 0;
    pango_layout_get_size(l, &w, &h);
    g_object_unref(l);
    return 24 + w / static_cast<double>(PANGO_SCALE);
  }
  // Rows the legend takes.
  int legend_lines() const {
    int lines = 1;
    double x = kMargin;
    for (const std::string& t : c_.strip_legend) {
      const double w = legend_item_w(t);
      if (x > kMargin && x + w > kMargin + width_) {
        x = kMargin;
        ++lines;
      }
      x += w + 16;
    }
    return lines;
  }
  void legend_swatch(int k, double x, double y) const {
    if (k < 3) {
      set(cr_, colour_of(static_cast<StripRow::Kind>(k)));
      rounded_rect(cr_, x, y + 3, 18, 8, 3);
      cairo_fill(cr_);
      return;
    }
    set(cr_, kGrey);  // dark then light
    rounded_rect(cr_, x, y + 3, 18, 8, 3);
    cairo_fill(cr_);
    cairo_set_source_rgba(cr_, 1, 1, 1, 0.6);
    cairo_rectangle(cr_, x + 9, y + 3, 9, 8);
    cairo_fill(cr_);
  }
  double strip_height(const Block& b) const {
    double h = 18.0 + 6 + 16.0 * legend_lines();  // day numbers, gap, legend
    for (const StripRow& r : b.strip) h += strip_row_h(r);
    return h;
  }

  // Days 0–14 across, one row per span: dark to the last day for most people, light to the
  // last day for some.
  void strip(const Block& b) {
    const double label_w = strip_label_w();
    const double grid_x = kMargin + label_w + 6;
    const double day_w = (width_ - label_w - 6) / 15.0;  // days 0–14
    text_.show(c_.strip_day, kMargin, y_, kBodyPt - 1, true, label_w, kGrey, draw_);
    for (int d = 0; d <= 14; ++d) {
      text_.show(std::to_string(d), grid_x + d * day_w, y_, kBodyPt - 1, false, day_w, kGrey, draw_,
                 PANGO_ALIGN_CENTER);
    }
    double y = y_ + 18.0;
    for (std::size_t i = 0; i < b.strip.size(); ++i) {
      const StripRow& r = b.strip[i];
      const double rh = strip_row_h(r);
      if (draw_) {
        if (i % 2 == 0) {
          set(cr_, kAccentPale);
          cairo_rectangle(cr_, kMargin, y, width_, rh);
          cairo_fill(cr_);
        }
        const Rgb c = colour_of(r.kind);
        const double from = std::clamp(r.from_day, 0.0, 14.0);
        const double to = std::clamp(r.to_day, from, 14.0);
        const double some = std::clamp(r.to_day_some, to, 14.0);
        const double bar_h = std::min(rh - 6, 10.0);
        const double by = y + (rh - bar_h) / 2;
        // From the start of the first day to the end of the last.
        const double x0 = grid_x + from * day_w + 1;
        if (some > to) {
          cairo_set_source_rgba(cr_, c.r, c.g, c.b, 0.38);
          rounded_rect(cr_, x0, by, grid_x + (some + 1) * day_w - 1 - x0, bar_h, 4);
          cairo_fill(cr_);
        }
        set(cr_, c);
        rounded_rect(cr_, x0, by, grid_x + (to + 1) * day_w - 1 - x0, bar_h, 4);
        cairo_fill(cr_);
      }
      text_.show(r.label, kMargin + 4, y + 1.5, kBodyPt - 1, false, label_w - 4, kInk, draw_);
      y += rh;
    }
    if (draw_) {  // faint day lines
      cairo_save(cr_);
      cairo_set_source_rgba(cr_, 0, 0, 0, 0.08);
      for (int d = 0; d <= 15; ++d) {
        cairo_rectangle(cr_, grid_x + d * day_w - 0.25, y_ + 16, 0.5, y - y_ - 16);
      }
      cairo_fill(cr_);
      cairo_restore(cr_);
    }
    // The legend: one swatch per kind, then dark and light; wrapped to the width.
    y += 6;
    double x = kMargin;
    const double line_h = 16;
    for (int k = 0; k < 4; ++k) {
      const double w = legend_item_w(c_.strip_legend[k]);
      if (x > kMargin && x + w > kMargin + width_) {
        x = kMargin;
        y += line_h;
      }
      if (draw_) legend_swatch(k, x, y);
      text_.show(c_.strip_legend[k], x + 24, y, kBodyPt - 1, false, width_, kInk, draw_);
      x += w + 16;
    }
    y_ = y + 16;
  }

  void person(double x, double y, double s, Rgb c) const {
    set(cr_, c);
    cairo_new_path(cr_);
    cairo_arc(cr_, x + s / 2, y + s * 0.22, s * 0.19, 0, 2 * M_PI);
    cairo_fill(cr_);
    rounded_rect(cr_, x + s * 0.22, y + s * 0.45, s * 0.56, s * 0.52, s * 0.2);
    cairo_fill(cr_);
  }

  static constexpr double kIcon = 10.0, kIconGap = 3.0;  // pt: one person, and between two
  static constexpr int kIconCols = 20, kIconRows = 5;    // 100 people
  double legend_x() const { return kMargin + kIconCols * (kIcon + kIconGap) + 14; }

  // The grid of 100 people with its legend and `a.beside` (the paragraphs set beside it).
  double icons(const IconArray& a, bool draw) const {
    // 20 × 5 people, left to right by rows (most gain first), the legend beside them, then
    // the paragraphs across the full width.
    const double s = kIcon, pitch = kIcon + kIconGap;
    if (draw) {
      int k = 0;
      for (int row = 0; row < kIconRows; ++row) {
        for (int col = 0; col < kIconCols; ++col, ++k) {
          const Rgb c = k < a.above ? kAbove : k < a.above + a.within ? kWithin : kBelow;
          person(kMargin + col * pitch, y_ + row * pitch, s, c);
        }
      }
    }
    const double lx = legend_x(), lw = width_ - (lx - kMargin);
    double y = y_;
    y += text_.show(a.caption, lx, y, kBodyPt, true, lw, kInk, draw) + 2;
    const std::pair<Rgb, const std::string*> rows[] = {
        {kAbove, &a.above_text}, {kWithin, &a.within_text}, {kBelow, &a.below_text}};
    for (const auto& [c, t] : rows) {
      if (draw) person(lx, y + 1, s + 2, c);
      y += std::max(s, text_.show(*t, lx + s + 10, y, kBodyPt, false, lw - s - 10, kInk, draw)) + 2;
    }
    y = std::max(y, y_ + kIconRows * pitch) + 6;
    for (const std::string& t : a.beside) {
      y += text_.show(t, kMargin, y, kBodyPt, false, width_, kInk, draw) + 5;
    }
    return y - y_ + 2;
  }
  double icons_height(const IconArray& a) const { return icons(a, false); }
  void icons(const IconArray& a) { y_ += icons(a, draw_); }

  cairo_t* cr_;
  Text text_;
  const HandoutContent& c_;
  PaperSize paper_;
  bool draw_;
  int total_;
  double k_;
  double width_ = 0;
  double y_ = kMargin, top_ = kMargin;
  int page_ = 1;
};

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

namespace {

// Pages at gap scale `tight`.
int pages_at(const HandoutContent& content, Paper paper, double tight) {
  cairo_surface_t* s = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, nullptr);
  cairo_t* cr = cairo_create(s);
  const int pages = Layout(cr, content, size_of(paper), false, 0, tight).run();
  cairo_destroy(cr);
  cairo_surface_destroy(s);
  return pages;
}

// The loosest gap scale at which the sheet fits two pages (the tightest when none does).
constexpr double kTightness[] = {1.0, 0.85, 0.7, 0.6};
double fitting_tightness(const HandoutContent& content, Paper paper) {
  for (double t : kTightness) {
    if (pages_at(content, paper, t) <= 2) return t;
  }
  return kTightness[std::size(kTightness) - 1];
}

}  // namespace

int handout_page_count(const HandoutContent& content, Paper paper) {
  return pages_at(content, paper, fitting_tightness(content, paper));
}

Result<std::string> handout_pdf_bytes(const HandoutContent& content, Paper paper) {
  const PaperSize p = size_of(paper);
  const double tight = fitting_tightness(content, paper);
  const int pages = pages_at(content, paper, tight);
  std::string bytes;
  cairo_surface_t* s = cairo_pdf_surface_create_for_stream(append, &bytes, p.w, p.h);
  cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, content.title.c_str());
  cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, "dermaviz");
  cairo_t* cr = cairo_create(s);
  Layout(cr, content, p, true, pages, tight).run();
  cairo_show_page(cr);
  const cairo_status_t drawn = cairo_status(cr);
  cairo_destroy(cr);
  cairo_surface_finish(s);
  const cairo_status_t finished = cairo_surface_status(s);
  cairo_surface_destroy(s);
  if (drawn != CAIRO_STATUS_SUCCESS || finished != CAIRO_STATUS_SUCCESS) {
    return Result<std::string>::error(
        std::string("Cairo could not make the PDF: ") +
        cairo_status_to_string(drawn != CAIRO_STATUS_SUCCESS ? drawn : finished));
  }
  return bytes;
}

Status write_handout_pdf(const std::filesystem::path& path, const HandoutContent& content,
                         Paper paper) {
  auto bytes = handout_pdf_bytes(content, paper);
  if (!bytes) return Status::error(path.string() + ": " + bytes.message());
  return write_file_atomically(path, bytes.value());
}

}  // namespace dv::app
