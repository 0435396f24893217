// patient_panels.h: the parts of the patient screen (issue 11), each a free function over the
// document; screen.h's patient_screen() lays them out.
#pragma once

#include "doc/document.h"
#include "sim/recovery.h"
#include "ui/commands.h"
#include "ui/fonts.h"

namespace dv::ui {

/// Colours of the patient view: calm, light-on-dark like the other panels.
inline const ImVec4 kPatientAccent{0.55f, 0.80f, 0.90f, 1.0f};  ///< headings
inline const ImVec4 kPatientGood{0.55f, 0.85f, 0.60f, 1.0f};    ///< "fine to treat"
inline const ImVec4 kPatientNote{0.95f, 0.75f, 0.35f, 1.0f};    ///< "not today", "more likely"

/// The session whose recovery the strip shows at `day`: the latest one started (1-based).
int strip_session(const sim::Course& course, double day);
/// The course day shown when strip day `strip_day` is chosen (day 0: an hour after the session,
/// when the channels and any pinpoint bleeding are seen; later days: the same hour).
double strip_seek_day(const sim::RecoveryStrip& strip, const sim::Course& course, int strip_day);

/// "Your plan": the few controls, the needle's real size, blood shown or softened.
void patient_plan_tab(const doc::Document& d, Commands& out);
/// "Results": the outcome range in words and an icon array of 100 people, who and when it
/// applies to, no treatment, the other choices.
void patient_results_tab(const doc::Document& d);
/// "Side effects": common, less common and rare, in the same format as the results.
void patient_risks_tab(const doc::Document& d);
/// "Checklist": the items to tick with the patient, each with its reason, and the advice.
void patient_checks_tab(const doc::Document& d, Commands& out);
/// The advice banner over the tabs (what the checklist means for today).
void patient_advice_banner(const doc::Document& d, Commands& out);

/// The recovery strip (days 0–14 after the current session) over a course bar showing where the
/// strip lies; choosing a day seeks the document. Draws into the current window, `width_px`
/// wide.
void recovery_strip_panel(const doc::Document& d, float width_px, const Fonts& fonts,
                          Commands& out);

}  // namespace dv::ui
