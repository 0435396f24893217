#include "app/trainee_files.h"

#include <cstdlib>

#include "app/atomic_file.h"
#include "app/quiz_report.h"
#include "app/sweep_cmd.h"
#include "app/workspace.h"

namespace dv::app {
namespace {

void save(const char* path, const std::string& bytes, const char* saved_id, const char* failed_id,
          std::string& status) {
  const Status st = write_file_atomically(path, bytes);
  status =
      st ? ui::trf(saved_id, {{"path", path}}) : ui::trf(failed_id, {{"message", st.message()}});
}

}  // namespace

std::filesystem::path documents_dir() {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (const char* x = std::getenv("XDG_DOCUMENTS_DIR"); x && *x && fs::is_directory(x, ec))
    return x;
  if (const char* home = std::getenv("HOME"); home && *home) {
    const fs::path docs = fs::path(home) / "Documents";
    if (fs::is_directory(docs, ec)) return docs;
    return home;
  }
  return fs::current_path(ec);
}

void apply_trainee(Workspace& w, const ui::Commands& c) {
  if (c.cancel_sweep) w.sweep.cancel();
  if (c.start_sweep) {
    w.flags.sweep.status.clear();
    w.flags.sweep.path[0] = '\0';
    w.sweep.start(w.document.scenario(), *c.start_sweep);
  }
  if (c.save_sweep_csv && w.sweep.result()) {
    save(w.flags.sweep.path.data(), sweep_csv(*w.sweep.result()), "sweep.saved",
         "sweep.save_failed", w.flags.sweep.status);
  }
  if (c.save_quiz_csv) {
    const ui::QuizUi& z = w.flags.quiz;
    save(z.path.data(), quiz_results_csv(z.questions, z.answers, w.strings->text), "quiz.ui.saved",
         "quiz.ui.save_failed", w.flags.quiz.status);
  }
}

}  // namespace dv::app
